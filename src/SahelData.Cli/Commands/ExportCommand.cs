using System;
using System.CommandLine;
using System.IO;
using SahelData.Cli.Exports;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel export FORMAT [-o FILE]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(ToolContext context)
    {
        var format = Choices.StringArgument("format", "json (the whole dataset), jsonl (one entry per line), csv (events in ACLED's columns) or graphml (actors, events, claims and places as a network).", Exporters.ByFormat.Keys);
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of the standard output.", HelpName = "file" };
        var command = new Command("export", "Export the dataset for other tools.") { format, file };
        command.SetAction(result =>
        {
            var export = Exporters.ByFormat[result.GetValue(format)!];
            if (result.GetValue(file) is { } target)
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
