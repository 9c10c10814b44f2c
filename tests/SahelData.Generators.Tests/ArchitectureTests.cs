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

    // The stages whose output the integrity tests check; their expected side must be read without them.
    private static readonly Regex StageUnderTest = new(@"\b(?:YamlFileParser|YamlPrescan|EntryBinder|DatasetLinker|BoundValue|LinkedFile|EntryKeys|DataStages)\b");

    [Fact]
    public void The_integrity_tests_expected_side_is_read_without_the_stages_they_check()
    {
        var reading = Path.Combine(RepositoryRoot.Path, "compiler", "SahelData.Compiler", "Integrity", "IntegrityReading.cs");
        var offenders = File.ReadAllLines(reading)
            .Select((line, i) => (Line: i + 1, Text: line))
            .Where(l => !l.Text.TrimStart().StartsWith("///", System.StringComparison.Ordinal) && StageUnderTest.IsMatch(l.Text))
            .Select(l => $"IntegrityReading.cs:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("var file = YamlFileParser.Parse(path, read, limits, token);")]
    [InlineData("var bound = EntryBinder.Bind(file, schema, root, token);")]
    [InlineData("var keys = DatasetLinker.KeysOf(file, schema);")]
    public void The_independence_rule_sees_each_stage(string line) => Assert.Matches(StageUnderTest, line);

    [Theory]
    [InlineData("var paths = ReferencePaths.Of(spec);")]
    [InlineData("var key = Naming.ToSnakeCase(name);")]
    [InlineData("var folded = NameKey.Fold(name);")]
    public void The_rule_sees_each_kind_of_derivation(string line) => Assert.Matches(Derivation, line);
}
