using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using SahelData.Cli.Commands;

namespace SahelData.Cli;

/// <summary>The <c>sahel</c> command-line tool over the embedded dataset.</summary>
internal static class SahelTool
{
    /// <summary>Help text wraps here so that it reads in any terminal and in a pipe.</summary>
    public const int HelpWidth = 80;

    /// <summary>
    /// Runs the tool; 0 on success, 1 on a usage or lookup error, 2 when a file or folder cannot be read or written.
    /// <c>check</c> and <c>diff</c> keep 1 for data errors and return 2 on usage errors too.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new ToolContext(output, error);
        var root = new RootCommand("sahel: the SahelData dataset of events, actors, places and claims around the 2024 rupture between the Sahel juntas and Ukraine, and Russia's rise in Mali.")
        {
            TimelineCommand.Create(context),
            ShowCommand.Create(context),
            ClaimsCommand.Create(context),
            StatsCommand.Create(context),
            ExportCommand.Create(context),
            SchemaCommand.Create(context),
            SiteCommand.Create(context),
            CheckCommand.Create(context),
            DiffCommand.Create(context),
            LspCommand.Create(context),
        };
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpAction { MaxWidth = HelpWidth };
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // The errors alone, on the error stream: help text on the output would pollute a pipe.
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine("sahel: " + problem.Message);
            }

            error.WriteLine($"Run '{string.Join(' ', CommandPath(parsed.CommandResult))} --help' for usage.");

            // check and diff run in scripts and hooks, where 1 must mean "the data has errors".
            return parsed.CommandResult.Command.Name is CheckCommand.Name or DiffCommand.Name ? 2 : 1;
        }

        if (parsed.Action is HelpAction)
        {
            // The help builder pads its columns with trailing spaces; a pipe gets the lines without them.
            var help = new StringWriter();
            var code = parsed.Invoke(new InvocationConfiguration { Output = help, Error = error });
            foreach (var line in help.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            {
                output.WriteLine(line.TrimEnd());
            }

            return code;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return context.FailIo(e);
        }
    }

    private static System.Collections.Generic.IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult? result) =>
        result is null ? [] : CommandPath(result.Parent as System.CommandLine.Parsing.CommandResult).Append(result.Command is RootCommand ? "sahel" : result.Command.Name);
}

/// <summary>Where commands write: data to the output, messages to the error writer.</summary>
internal sealed record ToolContext(TextWriter Output, TextWriter Error)
{
    /// <summary>Reports a lookup or usage error and returns the exit code for it.</summary>
    public int Fail(string message)
    {
        Error.WriteLine("sahel: " + message);
        return 1;
    }

    /// <summary>Reports, on one line, a file or folder that cannot be read or written, and returns the exit code for it.</summary>
    public int FailIo(Exception problem)
    {
        var message = problem switch
        {
            DirectoryNotFoundException => "a folder on the path does not exist: " + problem.Message,
            UnauthorizedAccessException => "not allowed: " + problem.Message,
            _ => problem.Message,
        };
        Error.WriteLine("sahel: " + message.ReplaceLineEndings(" "));
        return 2;
    }
}
