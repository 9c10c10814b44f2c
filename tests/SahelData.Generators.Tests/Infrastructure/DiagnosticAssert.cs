using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SahelData.Generators.Tests.Infrastructure;

internal static class DiagnosticAssert
{
    /// <summary>
    /// Asserts that the run reported exactly one diagnostic, with this id, in this file, at this 1-based line and
    /// column (as dotnet build prints them), and returns its message.
    /// </summary>
    public static string Single(GeneratorRun run, string id, string file, int line, int column)
    {
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal($"{Fixture.DataRoot}/{file}", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        return diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void None(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }
}
