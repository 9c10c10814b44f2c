using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;

namespace SahelData.Generators.Tests;

/// <summary>Emitters only write what resolve decided: they never derive reference paths, names or folded keys themselves.</summary>
public sealed class ArchitectureTests
{
    private static readonly Regex Derivation = new(@"\b(?:ReferencePaths\s*\.|Naming\s*\.\s*To\w*Case|NameKey\s*\.\s*Fold)\b");

    [Fact]
    public void No_emitter_derives_reference_paths_names_or_folded_keys()
    {
        var emission = Path.Combine(RepositoryRoot.Path, "generators", "SahelData.Generators", "Emission");
        var offenders = Directory.EnumerateFiles(emission, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (File: Path.GetFileName(file), Line: i + 1, Text: line)))
            .Where(l => Derivation.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("var paths = ReferencePaths.Of(spec);")]
    [InlineData("var key = Naming.ToSnakeCase(name);")]
    [InlineData("var folded = NameKey.Fold(name);")]
    public void The_rule_sees_each_kind_of_derivation(string line) => Assert.Matches(Derivation, line);
}
