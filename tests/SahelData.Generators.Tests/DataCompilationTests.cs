using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Compilation;
using SahelData.Compiler.Model;
using SahelData.Compiler.Schema;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// The one compilation object tools drive: its entries carry the place of every value, recorded at bind time, and
/// its stages are computed once, lazily, by the same stage functions the generator calls.
/// </summary>
public sealed class DataCompilationTests
{
    private static readonly string BooksPath = $"{Fixture.DataRoot}/books/books.yaml";

    [Fact]
    public void Every_value_of_an_entry_is_located_where_the_text_writes_it()
    {
        var compilation = Compile(Fixture.Books);
        var book = compilation.Entries.Single(e => e.Id == "things-fall-apart");
        var editions = Assert.IsType<DataList>(book.Fields.Single(f => f.Key == "editions").Value);
        var second = Assert.IsType<DataRecord>(editions.Items[1]);
        var year = Assert.IsType<DataScalar>(second.Fields.Single(f => f.Key == "year").Value);

        // The expected place is found in the text itself, independently of the parser.
        Assert.Equal(Position(Fixture.Books, "- year: 1994", "1994"), (year.Location!.Line, year.Location.Column));
        var tag = Assert.IsType<DataScalar>(Assert.IsType<DataList>(book.Fields.Single(f => f.Key == "tags").Value).Items[1]);
        Assert.Equal(Position(Fixture.Books, "tags: [classic, ", "\"quotes"), (tag.Location!.Line, tag.Location.Column));
        Assert.Equal(Position(Fixture.Books, "- id: things-fall-apart", "- id: things-fall-apart").Line, book.Location.Line);
    }

    [Fact]
    public void An_entry_without_an_id_still_has_the_places_of_its_values()
    {
        // Nothing to match by id here: the places come from the binder, not from a search over the tree.
        var yaml = "- title: Nameless\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1958\n";
        var entry = Assert.Single(Compile(yaml).Entries, e => e.Folder == "books");
        var title = Assert.IsType<DataScalar>(entry.Fields.Single(f => f.Key == "title").Value);
        Assert.Equal((1, 10), (title.Location!.Line, title.Location.Column));
    }

    [Fact]
    public void The_check_and_the_reader_are_the_same_compilation_and_agree()
    {
        var files = Files(Fixture.Books.Replace("genre: novel", "genre: novle"));
        var schema = Schema();
        var compilation = DataCompilation.FromTexts(Fixture.DataRoot, files, schema, TestContext.Current.CancellationToken);
        Assert.Equal(
            DataCheck.Run(Fixture.DataRoot, files, schema, TestContext.Current.CancellationToken).Select(d => d.ToString()),
            compilation.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(
            DataReader.Read(Fixture.DataRoot, files, schema, TestContext.Current.CancellationToken).Entries.Select(e => (e.Id, e.Location)),
            compilation.Entries.Select(e => (e.Id, e.Location)));
        Assert.Equal(2, compilation.Diagnostics.Count(d => d.Id == "SAHEL0006"));
    }

    [Fact]
    public void Each_stage_is_computed_once_and_diagnostics_need_no_resolving()
    {
        var compilation = Compile(Fixture.Books);
        Assert.Empty(compilation.Diagnostics);
        Assert.Same(compilation.Bound, compilation.Bound);
        Assert.Same(compilation.Entries, compilation.Entries);
        Assert.Same(compilation.Diagnostics, compilation.Diagnostics);
        Assert.False(compilation.IsResolved);
        Assert.Equal(2, compilation.Resolved.Collections.Count);
        Assert.True(compilation.IsResolved);
    }

    [Fact]
    public void A_compilation_made_from_another_finds_what_a_fresh_one_finds_and_keeps_the_unchanged_files_stages()
    {
        var schema = Schema();
        var token = TestContext.Current.CancellationToken;
        var before = DataCompilation.FromTexts(Fixture.DataRoot, Files(Fixture.Books), schema, token);
        Assert.Empty(before.Diagnostics);
        var authorsPath = $"{Fixture.DataRoot}/authors/authors.yaml";

        // A change to one file: a misspelt word and a reference to an author that does not exist.
        var changed = Files(Fixture.Books.Replace("genre: novel", "genre: novle").Replace("[chinua-achebe]", "[chinua-achbe]"));
        var after = before.WithTexts(changed, token);
        var fresh = DataCompilation.FromTexts(Fixture.DataRoot, changed, schema, token);
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), after.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(after.Diagnostics, d => d.Id == "SAHEL0010");
        Assert.Equal(fresh.Entries.Select(e => (e.Folder, e.Id, e.Title, e.Location)), after.Entries.Select(e => (e.Folder, e.Id, e.Title, e.Location)));
        Assert.Equal(1, after.CarriedFileCount);
        Assert.Same(before.Bound.Single(f => f.Path == authorsPath), after.Bound.Single(f => f.Path == authorsPath));

        // A change to the other file only: the books file, unchanged since, keeps its stages, and its references are
        // checked again against the ids the changed file now declares (the cross-file rules always run in full).
        var renamed = new Dictionary<string, string>(changed) { [authorsPath] = Fixture.Authors.Replace("id: chinua-achebe", "id: chinua-achbe") };
        var again = after.WithTexts(renamed, token);
        Assert.Equal(
            DataCompilation.FromTexts(Fixture.DataRoot, renamed, schema, token).Diagnostics.Select(d => d.ToString()),
            again.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(again.Diagnostics, d => d.Id == "SAHEL0010");
        Assert.Same(after.Bound.Single(f => f.Path == BooksPath), again.Bound.Single(f => f.Path == BooksPath));
    }

    [Fact]
    public void A_compilation_that_has_not_parsed_yet_passes_nothing_on()
    {
        var token = TestContext.Current.CancellationToken;
        var unread = DataCompilation.FromTexts(Fixture.DataRoot, Files(Fixture.Books), Schema(), token);
        var next = unread.WithTexts(Files(Fixture.Books), token);
        Assert.Empty(next.Diagnostics);
        Assert.Equal(0, next.CarriedFileCount);
        Assert.Equal(2, next.WithTexts(Files(Fixture.Books), token).CarriedFileCount);
    }

    private static DataCompilation Compile(string books) =>
        DataCompilation.FromTexts(Fixture.DataRoot, Files(books), Schema(), TestContext.Current.CancellationToken);

    private static Dictionary<string, string> Files(string books) => new()
    {
        [$"{Fixture.DataRoot}/authors/authors.yaml"] = Fixture.Authors,
        [BooksPath] = books,
    };

    private static DatasetSchema Schema() => FixtureSchema();

    /// <summary>The 1-based line and column of <paramref name="target"/>, searched from the line holding <paramref name="lineText"/>.</summary>
    private static (int Line, int Column) Position(string text, string lineText, string target)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(lineText, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(target, StringComparison.Ordinal) + 1);
    }
}
