using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using SahelData.Cli.Curation;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Compilation;
using SahelData.Compiler.Diagnostics;

namespace SahelData.Cli.Commands;

/// <summary>
/// <c>sahel check [DATA_DIR]</c>: the build's data diagnostics (parse, bind, link, names) without compiling C#, in
/// the build's own format, so the same problem matcher reads them. Exit 0 clean, 1 data errors, 2 usage or I/O.
/// </summary>
internal static class CheckCommand
{
    public const string Name = "check";

    public static Command Create(ToolContext context)
    {
        var folder = new Argument<string?>("data-dir")
        {
            Description = "The data folder (default: the data/ folder of the repository you are in).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "text (the build's lines, then a summary) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var documents = new Option<string?>("--documents")
        {
            Description = "Also check the data against the source documents in this folder (alone: $SAHEL_SEEDS_DIR, else ../shared/seeds beside the repository): documents exist, quotes are verbatim, no copied sentences.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var maxTextLength = new Option<int?>("--" + BuildLimits.MaxTextLengthProperty)
        {
            Description = "The longest text, in characters (default: as the build sets it, else 10000).",
        };
        var maxFileSize = new Option<int?>("--" + BuildLimits.MaxFileSizeProperty)
        {
            Description = "The largest data file, in bytes (default: as the build sets it, else 1048576).",
        };
        var command = new Command(Name, "Check the data files with the build's own rules, in under a second. Exit 0: clean, 1: data errors, 2: usage or I/O error.")
        {
            folder, format, documents, maxTextLength, maxFileSize,
        };
        command.SetAction(result =>
        {
            var root = result.GetValue(folder) is { } given ? Path.GetFullPath(given) : DataFolder.Find(Directory.GetCurrentDirectory());
            if (root is null)
            {
                context.Error.WriteLine("sahel: " + DataFolder.NotFound);
                return 2;
            }

            if (!Directory.Exists(root))
            {
                context.Error.WriteLine($"sahel: the data folder '{root}' does not exist");
                return 2;
            }

            var documentsFolder = result.GetValue(documents) is { } d ? Path.GetFullPath(d)
                : result.GetResult(documents) is not null ? DefaultDocuments(root)
                : null;
            if (documentsFolder is not null && !Directory.Exists(documentsFolder))
            {
                context.Error.WriteLine($"sahel: the documents folder '{documentsFolder}' does not exist (docs/curating.md, Citing sources, says where the documents come from)");
                return 2;
            }

            if (result.GetValue(maxTextLength) is <= 0 || result.GetValue(maxFileSize) is <= 0)
            {
                context.Error.WriteLine("sahel: a limit must be a positive number");
                return 2;
            }

            // One compilation, with the limits the build uses: the documents check reads the entries the check bound.
            var limits = BuildLimits.Override(BuildLimits.Read(root), result.GetValue(maxTextLength), result.GetValue(maxFileSize));
            var compilation = DataCompilation.FromDirectory(root, DataFolder.Schema, limits);
            var problems = compilation.Diagnostics.ToList();
            if (documentsFolder is not null)
            {
                problems = problems.Concat(Provenance.Check(DataSnapshot.Of(compilation), documentsFolder))
                    .OrderBy(p => p.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
                    .ThenBy(p => p.Location?.Start ?? -1)
                    .ThenBy(p => p.Id, StringComparer.Ordinal)
                    .ToList();
            }

            var files = DataFolder.Files(root).Count;
            if (result.GetValue(format) == "json")
            {
                WriteJson(context.Output, root, documentsFolder, files, problems);
            }
            else
            {
                foreach (var problem in problems)
                {
                    context.Output.WriteLine(problem.ToString());
                }

                context.Output.WriteLine(Summary(problems.Count(p => p.IsError), problems.Count(p => !p.IsError), files, documentsFolder));
            }

            WarnOfStaleSchemas(context.Error, root);
            return problems.Any(p => p.IsError) ? 1 : 0;
        });
        return command;
    }

    /// <summary>Where the source documents are when no folder is given: <c>$SAHEL_SEEDS_DIR</c>, else <c>../shared/seeds</c> beside the repository.</summary>
    private static string DefaultDocuments(string dataFolder)
    {
        var repository = Path.GetDirectoryName(dataFolder.TrimEnd(Path.DirectorySeparatorChar)) ?? dataFolder;
        return Environment.GetEnvironmentVariable("SAHEL_SEEDS_DIR") is { Length: > 0 } variable
            ? Path.GetFullPath(variable, repository)
            : Path.GetFullPath(Path.Combine(repository, "..", "shared", "seeds"));
    }

    /// <summary>
    /// A warning, on the error stream so that the output stays the build's lines, for each schema in the data's
    /// schema folder that no longer lists the data's ids and titles (or the model's keys): editors would complete
    /// and check against an old list.
    /// </summary>
    private static void WarnOfStaleSchemas(TextWriter error, string root)
    {
        var schemaFolder = Path.Combine(root, "schema");
        if (!Directory.Exists(schemaFolder))
        {
            return;
        }

        foreach (var folder in SchemaFiles.Stale(schemaFolder, root))
        {
            error.WriteLine($"sahel check: warning: {SchemaFiles.PathOf(schemaFolder, folder)} is out of date (ids, titles or keys changed since it was written), so editors offer old ids: run '{SchemaFiles.RegenerateCommand(schemaFolder)}'");
        }
    }

    private static string Summary(int errors, int warnings, int files, string? documentsFolder)
    {
        var checkedWhat = $"{files} data file{(files == 1 ? "" : "s")}" + (documentsFolder is null ? "" : $" against the documents in {documentsFolder}");
        var warned = warnings == 0 ? string.Empty : $", {warnings} warning{(warnings == 1 ? "" : "s")}";
        return errors == 0
            ? $"sahel check: no errors in {checkedWhat}{warned}"
            : $"sahel check: {errors} error{(errors == 1 ? "" : "s")} in {checkedWhat}{warned}";
    }

    private static void WriteJson(TextWriter output, string root, string? documentsFolder, int files, IReadOnlyList<DiagnosticInfo> problems)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("dataDirectory", root);
            if (documentsFolder is null)
            {
                json.WriteNull("documentsDirectory");
            }
            else
            {
                json.WriteString("documentsDirectory", documentsFolder);
            }

            json.WriteNumber("files", files);
            json.WriteNumber("errors", problems.Count(p => p.IsError));
            json.WriteNumber("warnings", problems.Count(p => !p.IsError));
            json.WriteStartArray("diagnostics");
            foreach (var problem in problems)
            {
                json.WriteStartObject();
                json.WriteString("id", problem.Id);
                json.WriteString("severity", problem.Descriptor.SeverityWord);
                json.WriteString("category", problem.Descriptor.Category);
                json.WriteString("title", problem.Descriptor.Title);
                json.WriteString("message", problem.Message);
                if (problem.Location is { } location)
                {
                    json.WriteString("file", location.FilePath);
                    json.WriteNumber("line", location.Line);
                    json.WriteNumber("column", location.Column);
                    json.WriteNumber("endLine", location.EndLine + 1);
                    json.WriteNumber("endColumn", location.EndColumn + 1);
                }

                json.WriteString("text", problem.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
