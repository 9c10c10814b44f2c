using System;
using System.IO;
using System.Text;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// The lookup and folding tests again, in a process with invariant globalization (no ICU), as containers, trimmed
/// and AOT apps run: names must be found exactly as with full Unicode support.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    private const string ProbeVariable = "SAHEL_EXPECT_INVARIANT_GLOBALIZATION";

    [Fact]
    public void Lookups_pass_with_invariant_globalization()
    {
        var assembly = typeof(InvariantGlobalizationTests).Assembly.Location;
        var filter = "FullyQualifiedName~SahelData.Tests.LookupTests|FullyQualifiedName~SahelData.Tests.NameKeyTests|FullyQualifiedName~InvariantGlobalizationTests.Globalization_is_invariant_in_the_child_process";
        var (code, output) = Processes.Run(
            "dotnet",
            $"test \"{assembly}\" --filter \"{filter}\"",
            Path.GetDirectoryName(assembly)!,
            new[] { ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"), (ProbeVariable, "1") },
            TimeSpan.FromMinutes(5));
        Assert.True(code == 0, output);
        Assert.Matches(@"Passed:\s+[1-9]\d+", output);
        Assert.DoesNotMatch(@"Skipped:\s+[1-9]", output);
    }

    /// <summary>
    /// Proves each process runs in the mode it is meant to: without ICU (the child), normalization leaves non-ASCII
    /// text as it is; with it, "i" and a combining diaeresis compose into one character.
    /// </summary>
    [Fact]
    public void Globalization_is_invariant_in_the_child_process()
    {
        var invariant = Environment.GetEnvironmentVariable(ProbeVariable) == "1"
            || Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true"
            || (AppContext.TryGetSwitch("System.Globalization.Invariant", out var on) && on);
        Assert.Equal(invariant ? 2 : 1, "i\u0308".Normalize(NormalizationForm.FormC).Length);
    }
}
