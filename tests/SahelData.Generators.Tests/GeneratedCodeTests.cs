using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>The generated code compiles without warnings, and running it returns exactly the values of the YAML.</summary>
public sealed class GeneratedCodeTests
{
    /// <summary>Code written against the generated API: it must compile, and what it prints is checked below.</summary>
    private const string Probe = """
        using System.Linq;
        using Library.Catalog;

        public static class Probe
        {
            public static string Run()
            {
                var book = Books.ThingsFallApart;
                var wangrin = Books.Get(new BookId("l-etrange-destin-de-wangrin"));
                var lines = new[]
                {
                    $"count={Books.Count},{Authors.Count}",
                    $"all={string.Join("|", Books.All.Select(b => b.Id.Value))}",
                    $"title={book.Title}",
                    $"genre={book.Genre}",
                    $"author={book.Authors[0].Resolve().Name}",
                    $"published={book.Published}|{wangrin.Published}|{wangrin.Published.Precision}",
                    $"pages={book.Pages}|{wangrin.Pages}",
                    $"copies={book.Copies}|{wangrin.Copies?.ToString() ?? "null"}",
                    $"rating={book.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{wangrin.Rating?.ToString() ?? "null"}",
                    $"price={book.Price?.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                    $"in_print={book.InPrint}|{wangrin.InPrint}",
                    $"secondary={book.SecondaryGenre?.ToString() ?? "null"}|{wangrin.SecondaryGenre}",
                    $"editions={string.Join("|", book.Editions.Select(e => $"{e.Year}:{e.Isbn ?? "null"}"))}",
                    $"first={book.FirstEdition?.Year}|{wangrin.FirstEdition?.Year.ToString() ?? "null"}",
                    $"tags={string.Join("|", book.Tags)}",
                    $"find={Authors.Find("HAMPATE BA")?.Id}|{Authors.Find("Amadou Hampate Ba")?.Id}|{Authors.Find("nobody")?.Id.Value ?? "null"}",
                    $"written_by={string.Join("|", Books.WrittenBy(Authors.ChinuaAchebe.Id).Select(b => b.Id.Value))}",
                    $"references={string.Join("|", Authors.ReferencesTo(new AuthorId("amadou-hampate-ba")))}",
                    $"missing={Books.TryGet(new BookId("nope"), out _)}|{new BookId("nope").Exists}|{Books.IndexOf(new BookId("things-fall-apart"))}",
                    $"by_id={Books.ById[new BookId("things-fall-apart")].Title}",
                    $"same={ReferenceEquals(Books.ThingsFallApart, Books.All[1])}",
                };
                return string.Join("\n", lines);
            }
        }
        """;

    [Fact]
    public void Valid_data_compiles_without_any_warning()
    {
        var run = RunFixture();
        DiagnosticAssert.None(run);
        Assert.Equal(
            new[] { "Library.Catalog.Authors.Chunk0.g.cs", "Library.Catalog.Authors.Facts.g.cs", "Library.Catalog.Authors.g.cs", "Library.Catalog.Books.Chunk0.g.cs", "Library.Catalog.Books.Facts.g.cs", "Library.Catalog.Books.g.cs" },
            run.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
    }

    [Fact]
    public void Generated_code_returns_exactly_the_values_of_the_yaml()
    {
        var output = Execute(Compilation(Fixture.Schema, Probe), File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books));
        Assert.Equal(
            """
            count=2,2
            all=l-etrange-destin-de-wangrin|things-fall-apart
            title=Things Fall Apart
            genre=Novel
            author=Chinua Achebe
            published=1958|1973-06|Month
            pages=209|0
            copies=20000000|null
            rating=4.5|null
            price=12.99
            in_print=True|False
            secondary=null|NonFiction
            editions=1958:0-435-90526-8|1994:null
            first=1958|null
            tags=classic|quotes " and \ backslashes
            find=amadou-hampate-ba|amadou-hampate-ba|null
            written_by=things-fall-apart
            references=books/l-etrange-destin-de-wangrin authors[]
            missing=False|False|1
            by_id=Things Fall Apart
            same=True
            """,
            output);
    }

    [Fact]
    public void Named_members_can_be_left_out_for_very_large_datasets()
    {
        var driver = Driver(new[] { File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books) }, namedMembers: false)
            .RunGeneratorsAndUpdateCompilation(Compilation(Fixture.Schema), out var output, out var diagnostics, TestContext.Current.CancellationToken);
        Assert.Empty(diagnostics);
        var authors = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Library.Catalog.Authors.g.cs").SourceText.ToString();
        Assert.DoesNotContain("ChinuaAchebe", authors);
        Assert.Contains("public static global::Library.Catalog.Author Get(", authors);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Named_members_are_non_nullable_to_consumers_though_their_region_has_no_nullable_warnings()
    {
        Driver(new[] { File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books) })
            .RunGeneratorsAndUpdateCompilation(Compilation(Fixture.Schema), out var output, out _, TestContext.Current.CancellationToken);
        var member = output.GetTypeByMetadataName("Library.Catalog.Authors")!.GetMembers("ChinuaAchebe").OfType<IPropertySymbol>().Single();
        Assert.Equal(NullableAnnotation.NotAnnotated, member.Type.NullableAnnotation);
    }

    [Theory]
    [InlineData("quotes \" and 'single'")]
    [InlineData("back\\slash \\n not a newline")]
    [InlineData("*/ #error { } \"\"\" $\"{x}\"")]
    [InlineData("line\u2028separator\u2029paragraph\u0085next\r\nwindows")]
    [InlineData("nul\0inside")]
    [InlineData("emoji 🇲🇱 and Ελληνικά and Кириллица")]
    public void Hostile_text_compiles_and_round_trips_exactly(string text)
    {
        var escaped = string.Concat(text.Select(c => c < 0x20 || c is '\u2028' or '\u2029' or '\u0085' || c == '"' || c == '\\' ? $"\\u{(int)c:X4}" : c.ToString()));
        var authors = $"- id: a\n  name: \"{escaped}\"\n  description: \"{escaped}\"\n";
        var probe = "public static class Probe { public static string Run() => Library.Catalog.Authors.A.Name + \"|\" + Library.Catalog.Authors.A.Description; }";
        var output = Execute(Compilation(Fixture.Schema, probe), File("authors/authors.yaml", authors), File("books/books.yaml", "[]"));
        Assert.Equal(text + "|" + text, output);
    }

    [Fact]
    public void Every_key_and_value_of_the_fixture_yaml_is_compiled_and_nothing_else()
    {
        var root = Path.Combine(Path.GetTempPath(), "sahel-roundtrip-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (folder, yaml) in new[] { ("authors", Fixture.Authors), ("books", Fixture.Books) })
            {
                Directory.CreateDirectory(Path.Combine(root, folder));
                System.IO.File.WriteAllText(Path.Combine(root, folder, folder + ".yaml"), yaml);
            }

            var differences = Load(Compilation(Fixture.Schema), assembly => SahelData.Testing.YamlRoundTrip.Differences(root, assembly, "Library.Catalog"),
                File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books));
            Assert.Empty(differences);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Entries read back from many chunks: a file longer than a chunk, and one file per entry for the rest, so that ids
    /// interleave across files and chunks and the chunks (152) are more than one switch takes. Every entry must come
    /// back with its own values, in id order.
    /// </summary>
    [Fact]
    public void Entries_spread_over_files_and_chunks_come_back_with_their_own_values()
    {
        const int count = 300;
        var even = Fixture.ManyBooks(Enumerable.Range(0, count).Where(i => i % 2 == 0));
        var odd = Enumerable.Range(0, count).Where(i => i % 2 == 1).Select(i => File($"books/book-{i:000}.yaml", Fixture.ManyBooks(new[] { i })));
        const string probe = """
            using System.Linq;
            using Library.Catalog;

            public static class Probe
            {
                public static string Run() => string.Join("\n", new[]
                {
                    string.Join("|", Books.All.Select(b => $"{b.Id}:{b.Title}:{b.Pages}:{b.Published.Year}:{b.Tags[0]}:{b.Authors[0]}")),
                    string.Join("|", Enumerable.Range(0, Books.Count).Select(i => Books.Get(new BookId($"book-{i:000}")).Pages)),
                    $"{Books.Book299.Title}|{Books.Count}|{Books.WrittenBy(new AuthorId("chinua-achebe")).Length}",
                });
            }
            """;

        var output = Execute(Compilation(Fixture.Schema, probe), new[] { File("authors/authors.yaml", Fixture.Authors), File("books/even.yaml", even) }.Concat(odd).ToArray());

        var expected = string.Join("\n", new[]
        {
            string.Join("|", Enumerable.Range(0, count).Select(i => $"book-{i:000}:Book {i}:{i * 7}:{1900 + (i % 100)}:tag-{i}:{(i % 3 == 0 ? "chinua-achebe" : "amadou-hampate-ba")}")),
            string.Join("|", Enumerable.Range(0, count).Select(i => i * 7)),
            $"Book 299|{count}|{Enumerable.Range(0, count).Count(i => i % 3 == 0)}",
        });
        Assert.Equal(expected, output);
    }

    /// <summary>Runs the generator, compiles the result, loads it and returns what <c>Probe.Run()</c> returns.</summary>
    internal static string Execute(Compilation compilation, params AdditionalText[] files) =>
        Load(compilation, assembly => (string)assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!, files);

    /// <summary>Runs the generator, compiles the result, loads it, and inspects it with <paramref name="inspect"/>.</summary>
    private static T Load<T>(Compilation compilation, Func<Assembly, T> inspect, params AdditionalText[] files)
    {
        var run = GeneratorHarness.Run(compilation, files);
        Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
        return GeneratorHarness.Load(run.Output, inspect);
    }
}
