using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// <c>sahel check</c> as a curator runs it, in a separate process: the build's own lines, a summary, exit codes
/// 0 / 1 / 2, and the JSON form. The oracle for "the build's lines" is a real <c>dotnet build</c>.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string copy = Directory.CreateTempSubdirectory("sahel-check-").FullName;

    public CheckCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(RealData, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, "data", Path.GetRelativePath(RealData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RealData => Path.Combine(CoverageLedgerTests.RepositoryRoot(), "data");

    private string Data => Path.Combine(copy, "data");

    [Fact]
    public void The_curated_data_is_clean_and_the_repository_s_data_folder_is_found_from_a_sub_folder()
    {
        var (code, output, error) = ToolProcessTests.SahelIn(Path.Combine(CoverageLedgerTests.RepositoryRoot(), "docs"), "check");
        Assert.True(code == 0, output + error);
        var files = Directory.EnumerateFiles(RealData, "*.yaml", SearchOption.AllDirectories).Count();
        Assert.Equal($"sahel check: no errors in {files} data files\n", output);
    }

    [Fact]
    public void Broken_data_prints_the_core_s_lines_then_a_summary_and_exits_1()
    {
        Break();

        // The expected lines are read off the breakage itself, not from the checker: where each broken value stands,
        // in the order of the files. (While places/sahel.yaml cannot be read, no reference into places/ is reported.)
        var places = Path.Combine(Data, "places", "sahel.yaml");
        var unclosedLine = Array.FindIndex(File.ReadAllLines(places), l => l.Contains("name: \"Unclosed", StringComparison.Ordinal)) + 1;
        var expected = new[]
        {
            $"{Path.Combine(Data, "actors", "zz-broken.yaml")}(4,12): error SAHEL0010: 'no-such-actor' does not match any entry in actors/.",
            $"{Path.Combine(Data, "actors", "zz-broken.yaml")}(7,9): error SAHEL0006: 'alien' is not an allowed value of 'kind'.",
            $"{places}({unclosedLine},9): error SAHEL0001: This line is not valid YAML:",
        };
        var (code, output, _) = ToolProcessTests.Sahel("check", Data);
        Assert.Equal(1, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(expected.Length + 1, lines.Length);
        Assert.All(expected.Zip(lines), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Equal($"sahel check: {expected.Length} errors in {Directory.GetFiles(Data, "*.yaml", SearchOption.AllDirectories).Length} data files", lines[^1]);
    }

    /// <summary>
    /// The check reads SahelDataMaxTextLength and SahelDataMaxFileSize where the build does (here the repository's
    /// Directory.Build.props), and options of the same names override them.
    /// </summary>
    [Fact]
    public void Limits_are_read_where_the_build_reads_them_and_options_of_the_same_names_override_them()
    {
        WriteLargeText();
        var (code, output, error) = ToolProcessTests.Sahel("check", Data);
        Assert.True(code == 1, output + error);
        Assert.Contains("error SAHEL0021: ", output);

        File.WriteAllText(Path.Combine(copy, "Directory.Build.props"), RaisedLimits(maxTextLength: 5_000_000, maxFileSize: 8 * 1024 * 1024));
        (code, output, error) = ToolProcessTests.Sahel("check", Data);
        Assert.True(code == 0, output + error);

        (code, output, _) = ToolProcessTests.Sahel("check", Data, "--SahelDataMaxTextLength", "10000");
        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(Data, "events", "large.yaml") + "(3,16): error SAHEL0020: This text is 4,194,304 characters long; a text may hold at most 10,000.", output);

        (code, output, _) = ToolProcessTests.Sahel("check", Data, "--SahelDataMaxFileSize", "1048576");
        Assert.Equal(1, code);
        Assert.Contains("error SAHEL0021: ", output);
    }

    /// <summary>A name that looks meant as data is not read, and the check says so in a warning, without failing.</summary>
    [Fact]
    public void A_near_miss_file_name_is_a_warning_that_names_the_file_to_write()
    {
        File.WriteAllText(Path.Combine(Data, "claims", "new-claim.yaml.txt"), "- id: a-claim\n");
        File.WriteAllText(Path.Combine(Data, "claims", "New-Claim.YAML"), "- id: a-claim\n");
        var (code, output, error) = ToolProcessTests.Sahel("check", Data);
        Assert.True(code == 0, output + error);
        Assert.Contains(Path.Combine(Data, "claims", "new-claim.yaml.txt") + "(1,1): warning SAHEL0023: 'new-claim.yaml.txt' is not read: only files whose names end in '.yaml' or '.yml', in lower case, are data. If it holds entries, rename it to 'new-claim.yaml';", output);
        Assert.Contains("warning SAHEL0023: 'New-Claim.YAML' is not read: only files whose names end in '.yaml' or '.yml', in lower case, are data. If it holds entries, rename it to 'New-Claim.yaml';", output);
        Assert.EndsWith(", 2 warnings\n", output);
    }

    [Fact]
    public void Its_lines_are_the_lines_a_real_build_prints_for_the_same_broken_data()
    {
        Break();

        // Where the build reads limits, a raised file size: the 4 MB text is then too long a text for both.
        File.WriteAllText(Path.Combine(copy, "Directory.Build.props"), RaisedLimits(maxFileSize: 8 * 1024 * 1024));
        WriteLargeText();
        File.WriteAllText(Path.Combine(Data, "claims", "new-claim.yaml.txt"), "- id: a-claim\n");
        File.WriteAllText(Path.Combine(Data, "claims", "New-Claim.YAML"), "- id: a-claim\n");

        // A consumer that compiles the very model of the library (in its own namespace) over the broken copy.
        var project = Path.Combine(copy, "consumer");
        Directory.CreateDirectory(project);
        foreach (var model in Directory.EnumerateFiles(Path.Combine(CoverageLedgerTests.RepositoryRoot(), "src", "SahelData", "Model"), "*.cs"))
        {
            var text = File.ReadAllText(model).Replace("namespace SahelData.Model;", "using SahelData;\n\nnamespace Consumer.Model;", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(project, Path.GetFileName(model)), text);
        }

        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), AnalyzerConsumer.Project(Data, ("TreatWarningsAsErrors", "false"), ("NoWarn", "CS1591")));
        var (buildCode, buildOutput) = Processes.Run("dotnet", "build -nologo -clp:NoSummary -p:UseSharedCompilation=false", project, TimeSpan.FromMinutes(5));
        Assert.True(buildCode != 0, buildOutput);
        var built = buildOutput.Replace("\r\n", "\n").Split('\n')
            .Where(l => l.Contains(": error SAHEL", StringComparison.Ordinal) || l.Contains(": warning SAHEL", StringComparison.Ordinal))
            .Select(l => l[..l.LastIndexOf(" [", StringComparison.Ordinal)].Trim())
            .Select(WithoutHelpLink)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        var (code, output, _) = ToolProcessTests.Sahel("check", Data);
        Assert.Equal(1, code);
        var checkedLines = output.TrimEnd('\n').Split('\n')[..^1].Order(StringComparer.Ordinal).ToList();
        Assert.True(built.Count >= 6, buildOutput);
        Assert.Contains(built, l => l.Contains("error SAHEL0020: This text is 4,194,304 characters long", StringComparison.Ordinal));
        Assert.Equal(2, built.Count(l => l.Contains("warning SAHEL0023: ", StringComparison.Ordinal)));
        Assert.Equal(built, checkedLines);
    }

    [Fact]
    public void Json_gives_each_problem_with_its_place_and_the_build_s_line()
    {
        Break();
        var (code, output, _) = ToolProcessTests.Sahel("check", Data, "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(Data, root.GetProperty("dataDirectory").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("documentsDirectory").ValueKind);
        Assert.Equal(Directory.GetFiles(Data, "*.yaml", SearchOption.AllDirectories).Length, root.GetProperty("files").GetInt32());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("errors").GetInt32(), diagnostics.Count);
        var dangling = diagnostics.Single(d => d.GetProperty("id").GetString() == "SAHEL0010" && d.GetProperty("message").GetString()!.Contains("no-such-actor", StringComparison.Ordinal));
        Assert.Equal(Path.Combine(Data, "actors", "zz-broken.yaml"), dangling.GetProperty("file").GetString());
        Assert.Equal((4, 12), (dangling.GetProperty("line").GetInt32(), dangling.GetProperty("column").GetInt32()));
        Assert.Equal("error", dangling.GetProperty("severity").GetString());
        Assert.Equal("SahelData.Data", dangling.GetProperty("category").GetString());
        Assert.StartsWith(Path.Combine(Data, "actors", "zz-broken.yaml") + "(4,12): error SAHEL0010: ", dangling.GetProperty("text").GetString());
    }

    [Fact]
    public void Usage_and_file_system_errors_exit_2_with_one_message()
    {
        foreach (var args in new[]
        {
            new[] { "check", Path.Combine(copy, "no-such-folder") },
            ["check", Data, "--format", "xml"],
            ["check", Data, "--documents", Path.Combine(copy, "no-such-documents")],
            ["check", Data, "--no-such-option"],
        })
        {
            var (code, output, error) = ToolProcessTests.Sahel(args);
            Assert.True(code == 2, $"{string.Join(' ', args)} exited {code}: {error}");
            Assert.StartsWith("sahel: ", error);
            Assert.Equal(string.Empty, output);
        }

        var outside = Directory.CreateTempSubdirectory("sahel-nowhere-").FullName;
        try
        {
            var (code, _, error) = ToolProcessTests.SahelIn(outside, "check");
            Assert.Equal(2, code);
            Assert.Contains("pass it: sahel check path/to/data", error);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(copy, recursive: true);

    private static string RaisedLimits(int? maxTextLength = null, int? maxFileSize = null) =>
        "<Project>\n  <PropertyGroup>\n"
        + (maxTextLength is { } text ? $"    <SahelDataMaxTextLength>{text}</SahelDataMaxTextLength>\n" : "")
        + (maxFileSize is { } file ? $"    <SahelDataMaxFileSize>{file}</SahelDataMaxFileSize>\n" : "")
        + "  </PropertyGroup>\n</Project>\n";

    /// <summary>An event whose note is 4 MiB of text: over the default file size, and over the default text length.</summary>
    private void WriteLargeText() =>
        File.WriteAllText(
            Path.Combine(Data, "events", "large.yaml"),
            "- id: large-event\n  title: Large\n  description: " + new string('a', 4 * 1024 * 1024) + "\n  kind: statement\n  date: 2024\n  sources: [niger-cuts-ties-report]\n");

    /// <summary>
    /// The build's line without the help link MSBuild appends to it (" (docs/diagnostics.md#sahel0010)"); the link
    /// must be the descriptor's own, which is checked here too.
    /// </summary>
    private static string WithoutHelpLink(string line)
    {
        var id = System.Text.RegularExpressions.Regex.Match(line, @"(?:error|warning) (SAHEL\d{4}):").Groups[1].Value;
        var link = $" (docs/diagnostics.md#{id.ToLowerInvariant()})";
        Assert.EndsWith(link, line, StringComparison.Ordinal);
        return line[..^link.Length];
    }

    /// <summary>Three kinds of problem: a dangling reference, a value not allowed, a syntax error.</summary>
    private void Break()
    {
        File.WriteAllText(Path.Combine(Data, "actors", "zz-broken.yaml"), "- id: broken-actor\n  name: Broken\n  kind: person\n  country: no-such-actor\n- id: other-actor\n  name: Other\n  kind: alien\n");
        var places = Path.Combine(Data, "places", "sahel.yaml");
        File.AppendAllText(places, "\n- id: broken-place\n  name: \"Unclosed\n");
    }
}
