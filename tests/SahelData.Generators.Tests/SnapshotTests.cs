using System;
using System.Linq;
using System.Reflection;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;

namespace SahelData.Generators.Tests;

public sealed class SnapshotTests
{
    [Fact]
    public void Fixture()
    {
        var run = GeneratorHarness.RunFixture();
        DiagnosticAssert.None(run);
        Snapshot.MatchAll(Directory, Prefix(nameof(Fixture)), run.Sources.Select(s => (Name(s.HintName), s.Text)));
    }

    [Fact]
    public void FixtureWithIntegrityTests()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Compilation(Infrastructure.Fixture.Schema),
            integrityTests: true,
            GeneratorHarness.File("authors/authors.yaml", Infrastructure.Fixture.Authors),
            GeneratorHarness.File("books/books.yaml", Infrastructure.Fixture.Books));
        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.MatchAll(
            Directory,
            Prefix(nameof(FixtureWithIntegrityTests)),
            run.Sources.Where(s => s.HintName.Contains("IntegrityTests", StringComparison.Ordinal)).Select(s => (Name(s.HintName), s.Text)));
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_test()
    {
        var tests = typeof(SnapshotTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null && m.Name != nameof(Every_snapshot_belongs_to_a_test))
            .Select(m => Prefix(m.Name))
            .ToList();
        Assert.Empty(Snapshot.Orphans(Directory, tests));
    }

    [Fact]
    public void Versions_are_scrubbed_from_snapshots()
    {
        var scrubbed = Snapshot.Scrub("[global::System.CodeDom.Compiler.GeneratedCode(\"SahelData.Generators\", \"1.2.3.4\")]");
        Assert.Equal("[global::System.CodeDom.Compiler.GeneratedCode(\"SahelData.Generators\", \"{version}\")]", scrubbed);
        Assert.All(
            System.IO.Directory.EnumerateFiles(Directory, "*.verified.cs"),
            f => Assert.DoesNotMatch(@"GeneratedCode\(""SahelData\.Generators"", ""\d", System.IO.File.ReadAllText(f)));
    }

    private static string Directory => System.IO.Path.Combine(RepositoryRoot.SourceDirectory(), "Snapshots");

    private static string Prefix(string test) => $"{nameof(SnapshotTests)}.{test}";

    private static string Name(string hintName) => hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal);
}
