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
        foreach (var (hintName, text) in run.Sources)
        {
            Snapshot.Match(
                System.IO.Path.Combine(RepositoryRoot.SourceDirectory(), "Snapshots"),
                $"{nameof(SnapshotTests)}.{nameof(Fixture)}#{hintName.Replace(".g.cs", string.Empty)}",
                text);
        }
    }
}
