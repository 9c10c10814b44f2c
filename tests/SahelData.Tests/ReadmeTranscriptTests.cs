using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// The README's tool session is what the tool prints on the embedded data today: each <c>$ dotnet run … -- ARGS</c>
/// line of its <c>text</c> blocks is run in-process, and the lines below it must be its output (stdout, then
/// stderr), cut by a trailing <c>| head -N</c>, with an <c>(exit code N)</c> line for a failure. It is real output, so a
/// valid change to the data can change it: the failure then names the one command that writes it anew.
/// </summary>
public sealed partial class ReadmeTranscriptTests
{
    private const string Prompt = "$ dotnet run --project src/SahelData.Cli -- ";

    /// <summary>The one command that writes the tool's output into the README, named by every failure.</summary>
    private const string UpdateCommand = "build/update-readme-session.sh";

    public static TheoryData<string> Commands() => new(Transcripts(ReadmePath).Keys);

    private static string ReadmePath => Path.Combine(CoverageLedgerTests.RepositoryRoot(), "README.md");

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_readme_shows_what_the_tool_prints(string command)
    {
        var problem = Mismatch(command, Transcripts(ReadmePath)[command]);
        Assert.True(problem is null, problem);
    }

    /// <summary>A session gone stale after a valid change to the data fails with the command that brings it up to date.</summary>
    [Fact]
    public void A_stale_session_names_the_command_that_writes_the_tool_s_output_into_the_readme()
    {
        var problem = Mismatch("stats", "SahelData: 1 entries in 5 collections");
        Assert.NotNull(problem);
        Assert.Contains("run " + UpdateCommand, problem);
    }

    /// <summary>The command named by the failures brings a stale README back to what the tool prints, and touches nothing else.</summary>
    [Fact]
    public void The_update_command_writes_what_the_tool_prints()
    {
        var folder = Directory.CreateTempSubdirectory("sahel-readme-").FullName;
        try
        {
            var readme = Path.Combine(folder, "README.md");
            var original = File.ReadAllText(ReadmePath);
            var stale = Regex.Replace(original, @"(?m)^SahelData: \d+ entries in", "SahelData: 1 entries in");
            stale = Regex.Replace(stale, @"(?m)^\d+ events$", "0 events");
            Assert.NotEqual(original, stale);
            File.WriteAllText(readme, stale);

            var root = CoverageLedgerTests.RepositoryRoot();
            var (code, output) = Processes.Run(
                "bash",
                $"\"{Path.Combine(root, UpdateCommand)}\" \"{readme}\"",
                root,
                new[] { ("SAHEL", $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "sahel.dll")}\"") });
            Assert.True(code == 0, output);
            Assert.All(Transcripts(readme), t => Assert.Null(Mismatch(t.Key, t.Value)));
            Assert.Equal(original, File.ReadAllText(readme));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Null when <paramref name="expected"/> is what the tool prints for <paramref name="command"/>; else what differs and how to fix it.</summary>
    private static string? Mismatch(string command, string expected)
    {
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
        return expected == actual
            ? null
            : $"README.md shows for `{command}`:\n{expected}\n\nThe tool prints:\n{actual}\n\n"
                + $"If the data changed, run {UpdateCommand} to write what the tool prints into README.md, and commit it.";
    }

    private static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Where((line, i) => i > 0 || line.Length > 0).ToList();

    private static Dictionary<string, string> Transcripts(string readme)
    {
        var transcripts = new Dictionary<string, string>(StringComparer.Ordinal);
        var inText = false;
        string? command = null;
        var output = new List<string>();
        foreach (var line in File.ReadLines(readme))
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
