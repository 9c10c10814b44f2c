using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using SahelData.Model;
using Xunit;

namespace SahelData.Tests;

/// <summary>The <c>sahel</c> tool as a user runs it: a separate process, its output redirected as in a pipe.</summary>
public sealed class ToolProcessTests
{
    [Fact]
    public void Version_is_the_package_version()
    {
        var version = typeof(Actor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var (code, output, _) = Sahel("--version");
        Assert.Equal(0, code);
        Assert.Equal(version, output.Trim());
        // SemVer: the package version, then the commit it was built from as build metadata.
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9a-f]+)?$", output.Trim());
    }

    [Fact]
    public void Place_accepts_a_country_and_lists_the_events_in_it()
    {
        var (code, output, _) = Sahel("timeline", "--place", "Mali");
        Assert.Equal(0, code);
        var ids = EventIds(output);
        Assert.Equal(Events.Timeline(new TimelineQuery { Country = Actors.Mali.Id }).Select(e => e.Id.Value), ids);
        Assert.Contains("tinzaouaten-ambush", ids);
    }

    [Fact]
    public void Timeline_output_is_plain_lines_with_whole_ids()
    {
        var (code, output, _) = Sahel("timeline");
        Assert.Equal(0, code);
        Assert.False(output.StartsWith('\n') || output.StartsWith(' '), "no leading blank line or padding");
        Assert.DoesNotContain(output.Split('\n'), line => line.EndsWith(' '));
        Assert.Equal(Events.Timeline(new TimelineQuery()).Select(e => e.Id.Value), EventIds(output));
        var longest = output.Split('\n').Max(l => l.Length);
        Assert.NotEqual(120, longest);
    }

    [Fact]
    public void Help_lines_fit_80_columns()
    {
        foreach (var command in new[] { new[] { "--help" }, ["timeline", "--help"], ["show", "--help"], ["claims", "--help"], ["stats", "--help"], ["export", "--help"], ["schema", "--help"], ["site", "--help"], ["check", "--help"], ["diff", "--help"] })
        {
            var (code, output, _) = Sahel(command);
            Assert.Equal(0, code);
            Assert.Contains("Usage:", output);
            Assert.All(output.Split('\n'), line => Assert.True(line.Length <= 80 && !line.EndsWith(' '), $"{string.Join(' ', command)}: {line.Length} columns: '{line}'"));
        }
    }

    [Fact]
    public void Usage_errors_exit_1_with_one_message()
    {
        foreach (var args in new[]
        {
            new[] { "timeline", "--from", "2024-08", "--to", "2024-07" },
            ["show", ""],
            ["show", "  "],
            ["show", "actors/"],
            ["timeline", "--actor", ""],
            ["timeline", "--kind", "picnic"],
        })
        {
            var (code, output, error) = Sahel(args);
            Assert.True(code == 1, $"{string.Join(' ', args)} exited {code}: {error}");
            Assert.DoesNotContain("Did you mean", error);
            Assert.DoesNotContain("   at ", error);
            Assert.Equal(string.Empty, output.Trim());
        }

        Assert.Contains("swap", Sahel("timeline", "--from", "2024-08", "--to", "2024-07").Error);
        Assert.Contains("empty", Sahel("show", "").Error);
    }

    [Fact]
    public void Show_accepts_the_collection_slash_id_form_the_tool_prints()
    {
        foreach (var text in new[] { "actors/mali", "Actors/Mali", "mali" })
        {
            var (code, output, _) = Sahel("show", text);
            Assert.Equal(0, code);
            Assert.StartsWith("actors/mali — Mali", output);
        }

        var (_, events, _) = Sahel("show", "events/tinzaouaten-ambush");
        Assert.StartsWith("events/tinzaouaten-ambush", events);
        Assert.Equal(1, Sahel("show", "places/wagner-group").Code);
    }

    [Fact]
    public void Allowed_values_are_case_insensitive()
    {
        var lower = Sahel("timeline", "--kind", "diplomatic-break");
        var upper = Sahel("timeline", "--kind", "Diplomatic-Break");
        Assert.Equal(0, upper.Code);
        Assert.Equal(lower.Output, upper.Output);
        var (code, csv, _) = Sahel("export", "CSV");
        Assert.Equal(0, code);
        Assert.StartsWith("event_id_cnty,", csv);
    }

    [Fact]
    public void File_system_errors_print_one_line_and_exit_2()
    {
        var folder = Directory.CreateTempSubdirectory("sahel-io-").FullName;
        try
        {
            var file = Path.Combine(folder, "a-file");
            File.WriteAllText(file, "x");
            foreach (var args in new[]
            {
                new[] { "export", "csv", "-o", folder },
                ["export", "csv", "-o", Path.Combine(folder, "missing", "events.csv")],
                ["export", "sqlite", "-o", folder],
                ["export", "parquet", "-o", file],
                ["export", "datapackage", "-o", Path.Combine(folder, "missing", "package")],
                ["schema", file],
                ["site", "-o", file],
            })
            {
                var (code, _, error) = Sahel(args);
                Assert.True(code == 2, $"{string.Join(' ', args)} exited {code}: {error}");
                Assert.Single(error.Trim().Split('\n'));
                Assert.StartsWith("sahel: ", error);
                Assert.DoesNotContain("Exception", error);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_tool_process_prints_what_the_tool_prints_in_process()
    {
        // Show and the exports read records by reflection, and the site writes JSON: a trimmed or NativeAOT tool that
        // lost a property or a type would print less than the tool run in-process.
        foreach (var args in new[]
        {
            new[] { "stats" },
            ["show", "tinzaouaten-ambush"],
            ["show", "wagner-group"],
            ["show", "ukraine-involved-in-tinzaouaten-ambush"],
            ["show", "tinzaouaten"],
            ["claims", "--disputed"],
            ["timeline", "--place", "Mali"],
            ["export", "json"],
            ["export", "jsonl"],
            ["export", "csv"],
            ["export", "graphml"],
            ["export", "gexf"],
        })
        {
            var expected = CliTests.Run(args);
            var actual = Sahel(args);
            Assert.Equal(0, expected.Code);
            Assert.True(actual.Code == 0, $"{string.Join(' ', args)} exited {actual.Code}: {actual.Error}");
            Assert.Equal(expected.Output.Replace("\r\n", "\n"), actual.Output);
        }

        var folder = Directory.CreateTempSubdirectory("sahel-site-").FullName;
        try
        {
            // The site, and the analysts' tables (SQLite's native library and Parquet's writer included), file by file.
            foreach (var (command, format, output) in new[] { ("site", (string?)null, "search-index.js"), ("export", "datapackage", "datapackage.json"), ("export", "parquet", "positions.parquet"), ("export", "sqlite", "sahel.sqlite") })
            {
                var (inProcess, byTool) = (Path.Combine(folder, command + format, "in-process"), Path.Combine(folder, command + format, "tool"));
                string[] Args(string target) => format is null ? [command, "-o", target] : format == "sqlite" ? [command, format, "-o", Path.Combine(target, output)] : [command, format, "-o", target];
                Directory.CreateDirectory(inProcess);
                Directory.CreateDirectory(byTool);
                Assert.Equal(0, CliTests.Run(Args(inProcess)).Code);
                var tool = Sahel(Args(byTool));
                Assert.True(tool.Code == 0, tool.Error);
                var files = Directory.GetFiles(inProcess, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(inProcess, f)).Order(StringComparer.Ordinal).ToList();
                Assert.Contains(output, files.Select(Path.GetFileName));
                Assert.Equal(files, Directory.GetFiles(byTool, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(byTool, f)).Order(StringComparer.Ordinal));
                Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(inProcess, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(byTool, f))), f + " differs"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Runs the tool as built beside the tests, or the executable SAHEL_TOOL_EXE names (the NativeAOT tool:
    /// build/test-native-tool.sh), so that every test here holds for both.
    /// </summary>
    internal static (int Code, string Output, string Error) Sahel(params string[] args) => SahelIn(null, args);

    /// <summary>Runs the tool from <paramref name="directory"/> (null: the test's own).</summary>
    internal static (int Code, string Output, string Error) SahelIn(string? directory, params string[] args)
    {
        var native = Environment.GetEnvironmentVariable("SAHEL_TOOL_EXE");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(native) ? "dotnet" : native) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

        if (string.IsNullOrEmpty(native))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sahel.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sahel " + string.Join(' ', args) + " did not finish");
        }

        return (process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }

    /// <summary>The ids the timeline prints, in order, read from the first line of each block.</summary>
    private static List<string> EventIds(string output) =>
        output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0]) && l.Contains("  events/", StringComparison.Ordinal)).Select(l => l[(l.LastIndexOf("events/", StringComparison.Ordinal) + "events/".Length)..]).ToList();
}
