using System.Linq;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;

namespace SahelData.Generators.Tests;

public sealed class SnapshotTests
{
    [Fact]
    public void Fixture() => MatchAll(nameof(Fixture), GeneratorHarness.RunFixture());

    [Fact]
    public void FixtureWithIntegrityTests()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Compilation(Infrastructure.Fixture.Schema),
            integrityTests: true,
            GeneratorHarness.File("authors/authors.yaml", Infrastructure.Fixture.Authors),
            GeneratorHarness.File("books/books.yaml", Infrastructure.Fixture.Books));
        Assert.Empty(run.GeneratorDiagnostics);
        foreach (var (hintName, text) in run.Sources.Where(s => s.HintName.Contains("IntegrityTests", System.StringComparison.Ordinal)))
        {
            Snapshot.Match(Directory, $"{nameof(SnapshotTests)}.{nameof(FixtureWithIntegrityTests)}#{hintName.Replace(".g.cs", string.Empty)}", text);
        }
    }

    private static string Directory => System.IO.Path.Combine(RepositoryRoot.SourceDirectory(), "Snapshots");

    private static void MatchAll(string test, GeneratorRun run)
    {
        DiagnosticAssert.None(run);
        foreach (var (hintName, text) in run.Sources)
        {
            Snapshot.Match(Directory, $"{nameof(SnapshotTests)}.{test}#{hintName.Replace(".g.cs", string.Empty)}", text);
        }
    }
}
