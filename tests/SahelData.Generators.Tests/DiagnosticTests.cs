using System.Linq;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>One test per diagnostic id: the id, the file, the 1-based line and column of the offending node, and the hint.</summary>
public sealed class DiagnosticTests
{
    private const string ValidAuthor = "- id: chinua-achebe\n  name: Chinua Achebe\n";

    /// <summary>Runs the fixture with another authors file, and no books that could refer to the authors it lacks.</summary>
    private static GeneratorRun RunAuthors(string yaml) => RunFixture(authors: yaml, books: "[]");

    [Fact]
    public void Yaml_syntax_error_points_at_the_bad_line()
    {
        var message = DiagnosticAssert.Single(RunAuthors("- id: x\n  name: \"unclosed\n"), "SAHEL0001", "authors/authors.yaml", 2, 9);
        Assert.Contains("not valid YAML", message);
    }

    [Fact]
    public void Tab_indentation_is_a_syntax_error_with_a_hint()
    {
        var message = DiagnosticAssert.Single(RunAuthors("- id: x\n\tname: y\n"), "SAHEL0001", "authors/authors.yaml", 2, 1);
        Assert.Contains("never with tabs", message);
    }

    [Fact]
    public void A_file_that_is_not_a_list_is_reported_at_its_start()
    {
        var message = DiagnosticAssert.Single(RunAuthors("id: x\nname: y\n"), "SAHEL0002", "authors/authors.yaml", 1, 1);
        Assert.Contains("Start each entry with '- '", message);
    }

    [Fact]
    public void A_list_item_that_is_not_an_entry_is_reported_at_the_item()
    {
        DiagnosticAssert.Single(RunAuthors(ValidAuthor + "- just a sentence\n"), "SAHEL0002", "authors/authors.yaml", 3, 3);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        var message = DiagnosticAssert.Single(RunAuthors(ValidAuthor + "  nmae: Y\n"), "SAHEL0003", "authors/authors.yaml", 3, 3);
        Assert.Contains("Did you mean 'name'?", message);
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_entry()
    {
        var message = DiagnosticAssert.Single(RunAuthors("- id: x\n  born: 1900\n"), "SAHEL0004", "authors/authors.yaml", 1, 3);
        Assert.Contains("'name'", message);
    }

    [Fact]
    public void Value_of_the_wrong_kind_is_reported_at_the_value()
    {
        var books = "- id: b\n  title: B\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1958\n  pages: many\n";
        var message = DiagnosticAssert.Single(RunFixture(books: books), "SAHEL0005", "books/books.yaml", 6, 10);
        Assert.Contains("a whole number", message);
    }

    [Fact]
    public void A_single_value_where_a_list_is_expected_says_how_to_write_a_list()
    {
        var books = "- id: b\n  title: B\n  genre: novel\n  authors: chinua-achebe\n  published: 1958\n";
        var message = DiagnosticAssert.Single(RunFixture(books: books), "SAHEL0005", "books/books.yaml", 4, 12);
        Assert.Contains("Write it as a list", message);
    }

    [Fact]
    public void Enum_value_not_allowed_lists_the_allowed_values()
    {
        var books = "- id: b\n  title: B\n  genre: poetry\n  authors: [chinua-achebe]\n  published: 1958\n";
        var message = DiagnosticAssert.Single(RunFixture(books: books), "SAHEL0006", "books/books.yaml", 3, 10);
        Assert.Contains("novel, short-stories, non-fiction", message);
    }

    [Theory]
    [InlineData("2023-02-30", "February 2023 has 28 days")]
    [InlineData("2024-13", "there is no month 13")]
    [InlineData("27 July 2024", "YYYY-MM-DD")]
    [InlineData("0000", "there is no year 0")]
    public void Impossible_or_malformed_date_is_reported_at_the_value(string date, string reason)
    {
        var message = DiagnosticAssert.Single(RunAuthors(ValidAuthor + $"  born: {date}\n"), "SAHEL0007", "authors/authors.yaml", 3, 9);
        Assert.Contains(reason, message);
    }

    [Fact]
    public void Invalid_id_suggests_a_valid_one()
    {
        var message = DiagnosticAssert.Single(RunAuthors("- id: Chinua_Achebe\n  name: A\n"), "SAHEL0008", "authors/authors.yaml", 1, 7);
        Assert.Contains("'chinua-achebe'", message);
    }

    [Fact]
    public void Duplicate_id_points_at_both_places()
    {
        var run = Run(
            Fixture.Schema,
            File("authors/a.yaml", ValidAuthor),
            File("authors/b.yaml", "- id: other\n  name: O\n" + ValidAuthor.Replace("Achebe\n", "A.\n")),
            File("books/books.yaml", "[]"));
        var message = DiagnosticAssert.Single(run, "SAHEL0009", "authors/b.yaml", 3, 7);
        Assert.Contains("a.yaml at line 1", message);
        var additional = Assert.Single(run.GeneratorDiagnostics[0].AdditionalLocations);
        Assert.Equal(($"{Fixture.DataRoot}/authors/a.yaml", 0), (additional.GetLineSpan().Path, additional.GetLineSpan().StartLinePosition.Line));
    }

    [Fact]
    public void Dangling_reference_names_the_collection_and_the_closest_id()
    {
        var books = "- id: b\n  title: B\n  genre: novel\n  authors: [chinua-achebee]\n  published: 1958\n";
        var message = DiagnosticAssert.Single(RunFixture(books: books), "SAHEL0010", "books/books.yaml", 4, 13);
        Assert.Contains("authors/", message);
        Assert.Contains("Did you mean 'chinua-achebe'?", message);
    }

    [Theory]
    [InlineData("- id: x\n  name: &who X\n", 2, 9, "Anchors")]
    [InlineData("- id: x\n  name: X\n- id: y\n  name: *who\n", 4, 9, "Aliases")]
    [InlineData("- id: x\n  name: !custom X\n", 2, 9, "Tags")]
    [InlineData("- id: x\n  name: X\n---\n- id: y\n  name: Y\n", 3, 1, "Several documents")]
    [InlineData("- id: x\n  name: X\n  <<: {born: 1900}\n", 3, 3, "Merge keys")]
    public void Unsupported_yaml_features_are_refused_where_they_stand(string yaml, int line, int column, string feature)
    {
        var message = DiagnosticAssert.Single(RunAuthors(yaml), "SAHEL0011", "authors/authors.yaml", line, column);
        Assert.Contains(feature, message);
    }

    [Fact]
    public void Key_written_twice_is_reported_at_the_second()
    {
        var message = DiagnosticAssert.Single(RunAuthors(ValidAuthor + "  name: Other\n"), "SAHEL0012", "authors/authors.yaml", 3, 3);
        Assert.Contains("first at line 2", message);
    }

    [Fact]
    public void File_outside_a_collection_folder_is_reported_not_dropped()
    {
        var run = Run(Fixture.Schema, File("authors/a.yaml", ValidAuthor), File("books/b.yaml", "[]"), File("writers/w.yaml", ValidAuthor));
        var message = DiagnosticAssert.Single(run, "SAHEL0013", "writers/w.yaml", 1, 1);
        Assert.Contains("authors/, books/", message);
    }

    [Fact]
    public void Reference_cycle_in_an_acyclic_field_is_reported()
    {
        var authors = "- id: a\n  name: A\n  mentored_by: b\n- id: b\n  name: B\n  mentored_by: a\n";
        var message = DiagnosticAssert.Single(RunAuthors(authors), "SAHEL0014", "authors/authors.yaml", 6, 16);
        Assert.Contains("a → b → a", message);
    }

    [Fact]
    public void Unpaired_surrogate_in_the_text_is_reported_and_replaced()
    {
        DiagnosticAssert.Single(RunAuthors("- id: x\n  name: half \uD800 a character\n"), "SAHEL0015", "authors/authors.yaml", 2, 9);
    }

    [Fact]
    public void Unpaired_surrogate_escape_is_a_syntax_error_with_a_hint()
    {
        var message = DiagnosticAssert.Single(RunAuthors("- id: x\n  name: \"\\uD800 broken\"\n"), "SAHEL0001", "authors/authors.yaml", 2, 9);
        Assert.Contains("followed by its pair", message);
    }

    [Fact]
    public void Id_that_would_clash_with_a_generated_member_is_reported()
    {
        var message = DiagnosticAssert.Single(RunAuthors(ValidAuthor + "- id: all\n  name: Everyone\n"), "SAHEL0016", "authors/authors.yaml", 3, 7);
        Assert.Contains("Authors", message);
    }

    [Theory]
    [InlineData("- id: all\n  name: Everyone\n")]
    [InlineData("- id: a-1\n  name: X\n- id: a1\n  name: Y\n")]
    public void Ids_whose_member_names_would_clash_are_fine_when_no_members_are_generated(string yaml)
    {
        var files = new[] { File("authors/authors.yaml", ValidAuthor + yaml), File("books/books.yaml", "[]") };
        _ = Driver(files).RunGeneratorsAndUpdateCompilation(Compilation(Fixture.Schema), out _, out var reported, TestContext.Current.CancellationToken);
        Assert.Contains(reported, d => d.Id == "SAHEL0016");

        Driver(files, namedMembers: false).RunGeneratorsAndUpdateCompilation(Compilation(Fixture.Schema), out var output, out var diagnostics, TestContext.Current.CancellationToken);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void Number_out_of_range_gives_the_range()
    {
        var books = "- id: b\n  title: B\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1958\n  pages: 99999999999\n";
        var message = DiagnosticAssert.Single(RunFixture(books: books), "SAHEL0017", "books/books.yaml", 6, 10);
        Assert.Contains("2147483647", message);
    }

    [Fact]
    public void Unsupported_property_type_is_reported_in_the_record()
    {
        var schema = Fixture.Schema.Replace("public int Pages { get; init; }", "public System.Collections.Generic.List<int> Pages { get; init; } = new();");
        var run = Run(schema, File("authors/a.yaml", ValidAuthor));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SAHEL1001");
        Assert.Contains("ImmutableArray<T>", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith(".cs", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Collection_without_an_id_is_reported_in_the_record()
    {
        var schema = Fixture.Schema.Replace("public required AuthorId Id { get; init; }", "public required string Key { get; init; }");
        var run = Run(schema, File("authors/a.yaml", ValidAuthor));
        var diagnostic = run.GeneratorDiagnostics.First(d => d.Id == "SAHEL1002");
        Assert.Contains("public required AuthorId Id", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((7, 29), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void Every_catalog_id_is_documented_for_curators()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));
        var ids = SahelData.Compiler.Diagnostics.DiagnosticCatalog.All.Select(d => d.Id).ToList();
        Assert.True(ids.Count >= 20, $"the catalog lists only {ids.Count} descriptors");
        Assert.All(ids, id => Assert.Contains($"## {id}", docs));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var documented = System.Text.RegularExpressions.Regex.Matches(docs, @"^## (SAHEL\d{4})", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Empty(documented.Except(ids));
    }

    [Fact]
    public void Release_notes_list_every_catalog_id_with_its_category_and_title()
    {
        var folder = System.IO.Path.Combine(RepositoryRoot.Path, "compiler", "SahelData.Compiler", "Diagnostics");
        var notes = System.IO.File.ReadAllText(System.IO.Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            + System.IO.File.ReadAllText(System.IO.Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        Assert.All(
            SahelData.Compiler.Diagnostics.DiagnosticCatalog.All,
            d => Assert.Contains($"{d.Id} | {d.Category} | {d.Severity} | {d.Title}", notes));
    }

    [Fact]
    public void A_failure_inside_the_generator_is_a_diagnostic_not_a_crash()
    {
        var run = Run(Fixture.Schema, new ThrowingText($"{Fixture.DataRoot}/authors/broken.yaml"), File("books/books.yaml", "[]"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SAHEL9999", diagnostic.Id);
        Assert.Contains("disk on fire", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
    }

    private sealed class ThrowingText(string path) : Microsoft.CodeAnalysis.AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            throw new System.IO.IOException("disk on fire");
    }
}
