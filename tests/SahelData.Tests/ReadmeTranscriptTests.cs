using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// The README's tool session is what the tool prints on the embedded data today: each <c>$ dotnet run … -- ARGS</c>
/// line of its <c>text</c> blocks is run in-process, and the lines below it must be its output (stdout, then
/// stderr), cut by a trailing <c>| head -N</c>, with an <c>(exit code N)</c> line for a failure.
/// </summary>
public sealed partial class ReadmeTranscriptTests
{
    private const string Prompt = "$ dotnet run --project src/SahelData.Cli -- ";

    public static TheoryData<string> Commands() => new(Transcripts().Keys);

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_readme_shows_what_the_tool_prints(string command)
    {
        var expected = Transcripts()[command];
        var match = HeadPipe().Match(command);
        var arguments = (match.Success ? command[..match.Index] : command).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (code, output, error) = CliTests.Run(arguments);

        var lines = Lines(output);
        if (match.Success)
        {
            lines = lines.Take(int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        }

        lines.AddRange(Lines(error));
        if (code != 0)
        {
            lines.Add($"(exit code {code})");
        }

        var actual = string.Join("\n", lines).TrimEnd('\n');
        Assert.True(expected == actual, $"README.md shows for `{command}`:\n{expected}\n\nThe tool prints:\n{actual}");
    }

    private static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Where((line, i) => i > 0 || line.Length > 0).ToList();

    private static Dictionary<string, string> Transcripts()
    {
        var transcripts = new Dictionary<string, string>(StringComparer.Ordinal);
        var inText = false;
        string? command = null;
        var output = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(CoverageLedgerTests.RepositoryRoot(), "README.md")))
        {
            if (!inText)
            {
                inText = line == "```text";
                continue;
            }

            if (line == "```" || line.StartsWith(Prompt, StringComparison.Ordinal))
            {
                if (command is not null)
                {
                    transcripts.Add(command, string.Join("\n", output).TrimEnd('\n'));
                }

                command = line == "```" ? null : line[Prompt.Length..];
                inText = line != "```";
                output.Clear();
                continue;
            }

            if (command is not null)
            {
                output.Add(line);
            }
        }

        Assert.NotEmpty(transcripts);
        return transcripts;
    }

    [GeneratedRegex(@"\s*\|\s*head\s+-(?<count>\d+)\s*$")]
    private static partial Regex HeadPipe();
}
