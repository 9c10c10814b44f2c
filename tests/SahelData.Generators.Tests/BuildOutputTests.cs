using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SahelData.Generators.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a consumer project that loads the generator as an analyzer dll (as the package does):
/// its errors are in the format of the compiler problem matcher that CI uses to annotate pull requests, and a
/// .globalconfig can make them warnings while the generated code still compiles.
/// </summary>
public sealed class BuildOutputTests : IDisposable
{
    /// <summary>The C# compiler problem matcher of actions/setup-dotnet.</summary>
    private static readonly Regex ProblemMatcher = new(@"^([^\s].*)\((\d+)(?:,(\d+)|,(\d+),(\d+),(\d+))?\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)\s+\[(.*?)\]$");

    private readonly string project = Path.Combine(Path.GetTempPath(), "sahel-consumer-" + Guid.NewGuid().ToString("N"));

    public BuildOutputTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "data", "things"));
        File.WriteAllText(
            Path.Combine(project, "Consumer.csproj"),
            SahelData.Testing.AnalyzerConsumer.Project("$(MSBuildThisFileDirectory)data", ("TreatWarningsAsErrors", "false")));
        File.WriteAllText(Path.Combine(project, "Thing.cs"), """
            namespace Consumer;

            [SahelData.Collection("things")]
            public sealed partial record Thing
            {
                public required ThingId Id { get; init; }
                public required string Name { get; init; }
                public ThingId? Parent { get; init; }
            }
            """);
        File.WriteAllText(Path.Combine(project, "data", "things", "things.yaml"), "- id: a\n  name: A\n  parent: b\n");
    }

    [Fact]
    public void A_data_error_fails_the_build_in_the_problem_matcher_format()
    {
        var (code, output) = Build();
        Assert.NotEqual(0, code);
        var match = output.Split('\n').Select(l => ProblemMatcher.Match(l.TrimEnd('\r'))).FirstOrDefault(m => m.Success && m.Groups[8].Value == "SAHEL0010");
        Assert.True(match is not null, output);
        Assert.EndsWith(Path.Combine("data", "things", "things.yaml"), match!.Groups[1].Value);
        Assert.Equal(("3", "11", "error"), (match.Groups[2].Value, match.Groups[3].Value, match.Groups[7].Value));
        Assert.Contains("'b' does not match any entry in things/", match.Groups[9].Value);
    }

    [Fact]
    public void A_globalconfig_downgrades_the_error_and_the_code_still_compiles()
    {
        File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.SAHEL0010.severity = warning\n");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Contains(output.Split('\n'), l => ProblemMatcher.Match(l.TrimEnd('\r')) is { Success: true } m && m.Groups[7].Value == "warning" && m.Groups[8].Value == "SAHEL0010");
        Assert.DoesNotContain("CS8785", output);
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    private (int Code, string Output) Build() =>
        SahelData.Testing.Processes.Run("dotnet", "build -nologo -clp:NoSummary -p:UseSharedCompilation=false", project, TimeSpan.FromMinutes(5));
}
