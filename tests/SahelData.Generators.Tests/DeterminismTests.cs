using System.Globalization;
using System.Linq;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>Same input, byte-identical output: whatever the culture, whatever the order of the files.</summary>
public sealed class DeterminismTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_culture(string culture)
    {
        var reference = Sources(RunFixture());
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(reference, Sources(RunFixture()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_the_files()
    {
        var split = Fixture.Authors.Split("\n\n");
        var first = Run(Fixture.Schema, File("authors/a.yaml", split[0]), File("authors/b.yaml", split[1]), File("books/books.yaml", Fixture.Books));
        var second = Run(Fixture.Schema, File("books/books.yaml", Fixture.Books), File("authors/b.yaml", split[1]), File("authors/a.yaml", split[0]));
        DiagnosticAssert.None(first);
        Assert.Equal(Sources(first), Sources(second));
    }

    [Fact]
    public void Diagnostics_print_in_the_compiler_format_with_one_based_positions()
    {
        var run = RunFixture(authors: "- id: x\r\n  name: X\r\n  nmae: Y\r\n", books: "[]");
        var printed = Assert.Single(run.GeneratorDiagnostics).ToString();
        Assert.StartsWith("/fixture/data/authors/authors.yaml(3,3): error SAHEL0003: 'nmae' is not a key of an author.", printed);
    }

    private static string[] Sources(GeneratorRun run) => run.Sources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Text).ToArray();
}
