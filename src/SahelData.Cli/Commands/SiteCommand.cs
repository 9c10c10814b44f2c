using System.CommandLine;
using System.Diagnostics;
using System.IO;
using SahelData.Cli.Site;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel site -o DIR</c>: writes the static site of the dataset.</summary>
internal static class SiteCommand
{
    public static Command Create(ToolContext context)
    {
        var folder = new Option<string>("--output", "-o") { Description = "The folder to write the site into (created if missing; files are overwritten).", HelpName = "folder", Required = true };
        var command = new Command("site", "Write a static site of the dataset: open index.html, or publish the folder on any static host.") { folder };
        command.SetAction(result =>
        {
            var target = result.GetValue(folder)!;
            if (File.Exists(target))
            {
                return context.FailIo(new IOException($"'{target}' is a file; give a folder for -o"));
            }

            var clock = Stopwatch.StartNew();
            var files = SiteWriter.Write(target);
            context.Error.WriteLine($"wrote {files} files to {Path.GetFullPath(target)} in {clock.ElapsedMilliseconds} ms");
            return 0;
        });
        return command;
    }
}
