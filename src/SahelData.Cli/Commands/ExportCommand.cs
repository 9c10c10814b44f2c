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
        var format = new Argument<string>("format") { Description = "json (the whole dataset), jsonl (one entry per line), csv (events, ACLED-style columns) or graphml (actors, events and claims as a network)." };
        format.AcceptOnlyFromAmong(Exporters.ByFormat.Keys.ToArray());
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of the standard output." };
        var command = new Command("export", "Export the dataset for other tools.") { format, file };
        command.SetAction(result =>
        {
            var export = Exporters.ByFormat[result.GetValue(format)!];
            if (result.GetValue(file) is { } target)
            {
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
