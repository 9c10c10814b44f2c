using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Compilation;
using SahelData.Compiler.Integrity;
using SahelData.Compiler.Model;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// The integrity tests' expected side is the YAML as <see cref="IntegrityReading"/> reads it, never the output of the
/// binder and linker whose work the tests check: a bug there would otherwise sit on both sides of every comparison.
/// </summary>
public sealed class IntegrityCasesTests
{
    private const string Books = """
        - id: things-fall-apart
          title: Things Fall Apart
          genre: novel
          authors: ["chinua-achebe", amadou-hampate-ba]
          published: 1958

        - id: an-anthology
          title: An Anthology
          genre: novel
          authors:
            - amadou-hampate-ba
          published: 1970
        """;

    [Fact]
    public void Expected_ids_and_references_stay_what_the_yaml_says_when_the_linkers_output_is_wrong()
    {
        var (compilation, readings) = Compile();
        var books = compilation.Resolved.Collections.Single(c => c.Spec.Folder == "books");

        // What a linker bug would hand on: every reference lost, the ids in another order.
        var broken = books with
        {
            Keys = books.Keys.Select(k => k with { References = EquatableArray<EquatableArray<LocatedReference>>.Empty }).ToEquatableArray(),
            Ids = books.Ids.Reverse().ToEquatableArray(),
        };

        var expected = IntegrityCasesResolver.Resolve(broken, readings);
        Assert.Equal(new[] { "an-anthology", "things-fall-apart" }, expected.ExpectedIds);
        Assert.Equal(
            new[]
            {
                new ReferenceCase("an-anthology", "authors[0]", "authors", "amadou-hampate-ba"),
                new ReferenceCase("things-fall-apart", "authors[0]", "authors", "chinua-achebe"),
                new ReferenceCase("things-fall-apart", "authors[1]", "authors", "amadou-hampate-ba"),
            },
            expected.References);
        Assert.Equal(IntegrityCasesResolver.Resolve(books, readings), IntegrityCasesResolver.Resolve(books, readings));
    }

    [Fact]
    public void A_reference_is_read_with_its_location_and_null_or_missing_values_are_none()
    {
        var (compilation, readings) = Compile();
        var authors = Assert.Single(readings, r => r.Folder == "authors");
        Assert.Equal(
            new[] { ("ngugi-wa-thiongo", "mentored_by", "chinua-achebe") },
            authors.Entries.SelectMany(e => e.References.Select(r => (e.Id, r.Location, r.TargetId))));
        var reading = IntegrityReading.Read($"{Fixture.DataRoot}/books/more.yaml", "- id: x\n  authors: [~, chinua-achebe]\n- id: y\n  authors: null\n- title: no id\n", compilation.Collections, Fixture.DataRoot, TestContext.Current.CancellationToken)!;
        Assert.Equal(new[] { "x", "y" }, reading.Entries.Select(e => e.Id));
        Assert.Equal(new[] { ("authors[1]", "chinua-achebe") }, reading.Entries[0].References.Select(r => (r.Location, r.TargetId)));
        Assert.Empty(reading.Entries[1].References);
    }

    [Fact]
    public void A_file_the_reader_cannot_read_gives_no_entry_and_no_exception()
    {
        var (compilation, _) = Compile();
        var reading = IntegrityReading.Read($"{Fixture.DataRoot}/books/bad.yaml", "- id: x\n  title: [unclosed\n", compilation.Collections, Fixture.DataRoot, TestContext.Current.CancellationToken)!;
        Assert.Empty(reading.Entries);
        Assert.Null(IntegrityReading.Read($"{Fixture.DataRoot}/nobody/x.yaml", "- id: x\n", compilation.Collections, Fixture.DataRoot, TestContext.Current.CancellationToken));
    }

    private static (DataCompilation Compilation, List<FileReading> Readings) Compile()
    {
        var files = new Dictionary<string, string>
        {
            [$"{Fixture.DataRoot}/authors/authors.yaml"] = Fixture.Authors + "\n- id: ngugi-wa-thiongo\n  name: Ngũgĩ wa Thiong'o\n  mentored_by: chinua-achebe\n",
            [$"{Fixture.DataRoot}/books/books.yaml"] = Books,
        };
        var compilation = DataCompilation.FromTexts(Fixture.DataRoot, files, FixtureSchema(), TestContext.Current.CancellationToken);
        Assert.Empty(compilation.Diagnostics);
        var readings = files.Select(f => IntegrityReading.Read(f.Key, f.Value, compilation.Collections, Fixture.DataRoot, TestContext.Current.CancellationToken)!).ToList();
        return (compilation, readings);
    }
}
