using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SahelData.Compiler.Resolving;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// Named members by collection size: up to the limit a collection gets them, above it none and an info that says so;
/// the switch on <c>[Collection]</c> decides instead, either way, and silences the info.
/// </summary>
public sealed class NamedMembersLimitTests
{
    private const string Authors = "[Collection(\"authors\")]";

    [Fact]
    public void A_collection_at_the_limit_keeps_its_members()
    {
        var run = RunAuthors(NamedMembersPolicy.DefaultLimit, Authors);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "SAHEL1003");
        Assert.True(HasMember(run, "A1"));
    }

    [Fact]
    public void A_collection_over_the_limit_goes_without_and_says_so()
    {
        var run = RunAuthors(NamedMembersPolicy.DefaultLimit + 1, Authors);
        var info = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SAHEL1003");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("authors/", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(HasMember(run, "A1"));

        // Still found by id and by name.
        Assert.Contains(run.Output.SyntaxTrees, t => t.ToString().Contains("Data_FindName", System.StringComparison.Ordinal));
        Assert.DoesNotContain(run.Output.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_collections_switch_decides_over_the_limit()
    {
        var always = RunAuthors(NamedMembersPolicy.DefaultLimit + 1, "[Collection(\"authors\", NamedMembers = true)]");
        Assert.DoesNotContain(always.GeneratorDiagnostics, d => d.Id == "SAHEL1003");
        Assert.True(HasMember(always, "A1"));

        var never = RunAuthors(3, "[Collection(\"authors\", NamedMembers = false)]");
        Assert.DoesNotContain(never.GeneratorDiagnostics, d => d.Id == "SAHEL1003");
        Assert.False(HasMember(never, "A1"));
    }

    private static GeneratorRun RunAuthors(int count, string attribute)
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            yaml.Append("- id: a").Append(i).Append("\n  name: Author ").Append(i).Append('\n');
        }

        var schema = Fixture.Schema.Replace(Authors, attribute, System.StringComparison.Ordinal);
        Assert.Contains(attribute, schema, System.StringComparison.Ordinal);
        return Run(schema, File("authors/authors.yaml", yaml.ToString()), File("books/books.yaml", "[]"));
    }

    private static bool HasMember(GeneratorRun run, string name) =>
        run.Output.GetTypeByMetadataName("Library.Catalog.Authors")!.GetMembers(name).Any();
}
