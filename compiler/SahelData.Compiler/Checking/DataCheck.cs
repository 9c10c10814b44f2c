using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using SahelData.Compiler.Binding;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Linking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;
using SahelData.Compiler.Resolving;
using SahelData.Compiler.Schema;

namespace SahelData.Compiler.Checking;

/// <summary>
/// Checks a data directory against a dataset schema with exactly the rules of the build (the same parser, binder,
/// linker and resolver the source generator runs), without compiling anything: the entry point of tools such as
/// <c>sahel check</c>.
/// </summary>
public static class DataCheck
{
    /// <summary>
    /// Every problem in the YAML files under <paramref name="dataDirectory"/>, sorted by file, line and column.
    /// Paths are full paths, as the build reports them; <see cref="DiagnosticInfo.ToString"/> prints each one as
    /// the build does: <c>file(line,col): error SAHEL####: message</c>.
    /// </summary>
    /// <param name="dataDirectory">The data folder: one sub-folder per collection, holding <c>*.yaml</c> or <c>*.yml</c> files.</param>
    /// <param name="schema">The collections, usually read from a compiled assembly with <see cref="DatasetSchema.Of(Assembly)"/>.</param>
    /// <param name="cancellationToken">Stops the check between files.</param>
    public static IReadOnlyList<DiagnosticInfo> Run(string dataDirectory, DatasetSchema schema, CancellationToken cancellationToken = default)
    {
        if (dataDirectory is null)
        {
            throw new ArgumentNullException(nameof(dataDirectory));
        }

        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        var root = Path.GetFullPath(dataDirectory);
        var paths = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(p => DataFolders.IsDataFile(p, root)).OrderBy(p => p, StringComparer.Ordinal).ToList()
            : new List<string>();
        return Run(root, paths.Select(p => (p, (Func<string?>)(() => Read(p)))), schema, cancellationToken);
    }

    /// <summary>
    /// Checks files given as texts (for example unsaved editor buffers) under <paramref name="dataDirectory"/>;
    /// the paths decide the collection of each file, as in the build.
    /// </summary>
    /// <param name="dataDirectory">The data folder the paths lie in.</param>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="cancellationToken">Stops the check between files.</param>
    public static IReadOnlyList<DiagnosticInfo> Run(string dataDirectory, IEnumerable<KeyValuePair<string, string>> files, DatasetSchema schema, CancellationToken cancellationToken = default) =>
        Run(dataDirectory, files.Select(f => (f.Key, (Func<string?>)(() => f.Value))), schema, cancellationToken);

    private static IReadOnlyList<DiagnosticInfo> Run(string dataDirectory, IEnumerable<(string Path, Func<string?> Text)> files, DatasetSchema schema, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(SchemaValidator.Validate(schema.Collections, Array.Empty<RecordLocation>()));
        var collections = SchemaValidator.Accepted(schema.Collections);
        var bound = ImmutableArray.CreateBuilder<BoundFile>();
        foreach (var (path, text) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!DataFolders.IsDataFile(path, dataDirectory))
            {
                continue;
            }

            var parsed = YamlFileParser.Parse(path, text, cancellationToken);
            diagnostics.AddRange(parsed.Diagnostics);
            var file = EntryBinder.Bind(parsed, collections, dataDirectory, cancellationToken);
            diagnostics.AddRange(file.Diagnostics);
            bound.Add(file);
        }

        var boundFiles = bound.ToImmutable();
        var linked = DatasetLinker.Link(boundFiles, collections, cancellationToken);
        diagnostics.AddRange(linked.Diagnostics);
        diagnostics.AddRange(DatasetResolver.Resolve(linked, collections, OutputSettings.Default with { NamedMembers = schema.NamedMembers }, cancellationToken).Diagnostics);
        if (schema.NamedMembers)
        {
            diagnostics.AddRange(DatasetLinker.NameClashes(boundFiles, linked.Index, collections));
        }
        return diagnostics
            .OrderBy(d => d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Start ?? -1)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads a file as the compiler reads an additional file: UTF-8 unless a byte-order mark says otherwise.</summary>
    private static string Read(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
