using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using SahelData.Compiler.Compilation;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Parsing;

namespace SahelData.Compiler.Checking;

/// <summary>
/// Checks a data directory against a dataset schema with exactly the rules of the build, without compiling anything:
/// a shortcut for <see cref="DataCompilation.Diagnostics"/>.
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
    public static IReadOnlyList<DiagnosticInfo> Run(string dataDirectory, DatasetSchema schema, CancellationToken cancellationToken = default) =>
        Run(dataDirectory, schema, DataLimits.Default, cancellationToken);

    /// <summary>Every problem under <paramref name="dataDirectory"/>, with the limits a project sets (<c>SahelDataMaxTextLength</c>, <c>SahelDataMaxFileSize</c>).</summary>
    /// <param name="dataDirectory">The data folder.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="limits">The limits the build of the data uses.</param>
    /// <param name="cancellationToken">Stops the check between files.</param>
    public static IReadOnlyList<DiagnosticInfo> Run(string dataDirectory, DatasetSchema schema, DataLimits limits, CancellationToken cancellationToken = default) =>
        DataCompilation.FromDirectory(dataDirectory, schema, limits, cancellationToken).Diagnostics;

    /// <summary>
    /// Checks files given as texts (for example unsaved editor buffers) under <paramref name="dataDirectory"/>;
    /// the paths decide the collection of each file, as in the build.
    /// </summary>
    /// <param name="dataDirectory">The data folder the paths lie in.</param>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="cancellationToken">Stops the check between files.</param>
    public static IReadOnlyList<DiagnosticInfo> Run(string dataDirectory, IEnumerable<KeyValuePair<string, string>> files, DatasetSchema schema, CancellationToken cancellationToken = default) =>
        Run(dataDirectory, files, schema, DataLimits.Default, cancellationToken);

    /// <summary>Checks files given as texts, with the limits a project sets.</summary>
    /// <param name="dataDirectory">The data folder the paths lie in.</param>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="limits">The limits the build of the data uses.</param>
    /// <param name="cancellationToken">Stops the check between files.</param>
    public static IReadOnlyList<DiagnosticInfo> Run(string dataDirectory, IEnumerable<KeyValuePair<string, string>> files, DatasetSchema schema, DataLimits limits, CancellationToken cancellationToken = default) =>
        DataCompilation.FromTexts(dataDirectory, files, schema, limits, cancellationToken).Diagnostics;
}
