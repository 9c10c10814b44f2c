using System.CommandLine;
using System.IO;
using SahelData.Cli.Commands;
using Spectre.Console;

namespace SahelData.Cli;

/// <summary>The <c>sahel</c> command-line tool over the embedded dataset.</summary>
internal static class SahelTool
{
    /// <summary>Runs the tool; 0 on success, 1 on a usage or lookup error.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            console.Profile.Width = 120;
        }

        var context = new ToolContext(console, output, error);
        var root = new RootCommand("sahel — the SahelData dataset: events, actors, places and claims around the 2024 rupture between the Sahel juntas and Ukraine, and Russia's rise in Mali.")
        {
            TimelineCommand.Create(context),
            ShowCommand.Create(context),
            ClaimsCommand.Create(context),
            StatsCommand.Create(context),
            ExportCommand.Create(context),
            SchemaCommand.Create(context),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

/// <summary>Where commands write: a Spectre console for tables, the raw writers for data and errors.</summary>
internal sealed record ToolContext(IAnsiConsole Console, TextWriter Output, TextWriter Error)
{
    /// <summary>Reports a lookup or usage error and returns the exit code for it.</summary>
    public int Fail(string message)
    {
        Error.WriteLine("sahel: " + message);
        return 1;
    }
}
