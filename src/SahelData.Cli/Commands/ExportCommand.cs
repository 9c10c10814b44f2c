using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using SahelData.Cli.Exports;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel export FORMAT [-o FILE]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(ToolContext context)
    {
        var format = Choices.StringArgument(
            "format",
            "json (the whole dataset), jsonl (one entry per line), csv (events in ACLED's columns), graphml or gexf (the network, for networkx or Gephi), "
            + "datapackage (a folder: related tables as CSV with a Frictionless descriptor), sqlite (a database file) or parquet (a folder: one file per table).",
            Exporters.ByFormat.Keys.Concat(Exporters.ToPath.Keys));
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (or, for datapackage and parquet, this folder) instead of the standard output.", HelpName = "path" };
        var command = new Command("export", "Export the dataset for other tools.") { format, file };
        command.SetAction(result =>
        {
            var name = result.GetValue(format)!;
            var target = result.GetValue(file);
            if (Exporters.ToPath.TryGetValue(name, out var toPath))
            {
                if (target is null)
                {
                    return context.Fail($"{name} writes {(toPath.Folder ? "a folder" : "a file")}: give it with -o");
                }

                if (toPath.Folder ? File.Exists(target.FullName) : Directory.Exists(target.FullName))
                {
                    return context.FailIo(new IOException($"'{target.FullName}' is a {(toPath.Folder ? "file" : "folder")}; give {(toPath.Folder ? "a folder" : "a file name")} for -o"));
                }

                if (Path.GetDirectoryName(target.FullName) is { } parent && !Directory.Exists(parent))
                {
                    return context.FailIo(new DirectoryNotFoundException(parent));
                }

                toPath.Write(target.FullName);
                context.Error.WriteLine($"wrote {target.FullName}");
                return 0;
            }

            var export = Exporters.ByFormat[name];
            if (target is not null)
            {
                if (Directory.Exists(target.FullName))
                {
                    return context.FailIo(new IOException($"'{target.FullName}' is a folder; give a file name for -o"));
                }

                using var stream = target.Create();
                export(stream);
                context.Error.WriteLine($"wrote {target.FullName}");
            }
            else
            {
                using var buffer = new MemoryStream();
                export(buffer);
                context.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                context.Output.Flush();
            }

            return 0;
        });
        return command;
    }
}
