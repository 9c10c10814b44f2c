using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Generators.Reporting;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace SahelData.Generators.Tests;

/// <summary>
/// Each way the generator once could throw (and so drop every generated source with CS8785) now ends in a located
/// SAHEL diagnostic, and only what can be compiled flows on; severity and help are facts of each catalog entry.
/// </summary>
public sealed class NeverThrowTests
{
    private const string Books = """
        using SahelData;

        namespace Library.Catalog;

        [Collection("books")]
        public sealed partial record Book
        {
            public required BookId Id { get; init; }
            public required string Title { get; init; }
        }

        """;

    private static readonly string BookFile = "- id: things-fall-apart\n  title: Things Fall Apart\n";

    [Fact]
    public void Two_records_with_one_folder_give_a_located_error_and_the_first_is_still_compiled()
    {
        var schema = Books + """
            [Collection("books")]
            public sealed partial record Novel
            {
                public required NovelId Id { get; init; }
                public required string Title { get; init; }
            }
            """;
        var run = Run(schema, File("books/books.yaml", BookFile));

        AssertNoCrash(run);
        var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SAHEL1002");
        Assert.Contains("already the collection of 'Book'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("/fixture/src/Source0.cs", 11), (error.Location.GetLineSpan().Path, error.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Single(run.Sources, s => s.HintName == "Library.Catalog.Books.g.cs");
        Assert.Contains("ThingsFallApart", run.Source("Library.Catalog.Books.Chunk0.g.cs"));
    }

    [Fact]
    public void Two_folders_that_become_one_class_name_give_a_located_error_not_two_outputs_with_one_name()
    {
        // 'book2' and 'book-2' are both valid folder names, and both become the class Book2.
        var schema = """
            using SahelData;

            namespace Library.Catalog;

            [Collection("book2")]
            public sealed partial record First
            {
                public required FirstId Id { get; init; }
            }

            [Collection("book-2")]
            public sealed partial record Second
            {
                public required SecondId Id { get; init; }
            }
            """;
        var run = Run(schema, File("book2/a.yaml", "- id: a\n"), File("book-2/b.yaml", "- id: b\n"));

        AssertNoCrash(run);
        var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SAHEL1002");
        Assert.Contains("becomes the class 'Library.Catalog.Book2'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual(Location.None, error.Location);
        Assert.Single(run.Sources, s => s.HintName == "Library.Catalog.Book2.g.cs");
    }

    [Fact]
    public void Two_records_with_one_id_type_name_give_a_located_error_instead_of_references_to_either()
    {
        // References name their target by the id type's simple name: two BookIds could not be told apart.
        var source = """
            using SahelData;

            namespace Library.Catalog
            {
                [Collection("books")]
                public sealed partial record Book
                {
                    public required BookId Id { get; init; }
                    public required string Title { get; init; }
                }
            }

            namespace Archive
            {
                [Collection("old-books")]
                public sealed partial record Book
                {
                    public required BookId Id { get; init; }
                }
            }
            """;
        var run = Run(source, File("books/books.yaml", BookFile), File("old-books/a.yaml", "- id: a\n"));

        AssertNoCrash(run);
        var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SAHEL1002");
        Assert.Contains("'BookId'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual(Location.None, error.Location);
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("Archive.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_referenced_dataset_compiled_with_another_schema_format_is_an_error_that_says_rebuild_it()
    {
        var dataset = CSharpCompilation.Create(
            "OldDataset",
            new[] { CSharpSyntaxTree.ParseText("""[assembly: SahelData.Runtime.CompiledCollection(typeof(Old.Book), "books", "sahel-schema-1|books|Old|Book", true)] namespace Old { public sealed record Book; }""", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken) },
            Compilation().References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var image = new System.IO.MemoryStream();
        Assert.True(dataset.Emit(image, cancellationToken: TestContext.Current.CancellationToken).Success);
        var tests = Compilation("namespace Tests { public static class Nothing; }").AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var run = Run(tests, integrityTests: true);

        AssertNoCrash(run);
        var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SAHEL1002");
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'OldDataset'", message);
        Assert.Contains("sahel-schema-1", message);
        Assert.Contains("rebuild 'OldDataset'", message);
    }

    [Theory]
    [InlineData("[Acyclic]\n    public required string Title { get; init; }", "title")]
    [InlineData("[Acyclic]\n    public required ImmutableArray<AuthorId> Authors { get; init; }", "authors")]
    public void Acyclic_where_it_checks_nothing_is_reported_at_its_record_instead_of_ignored(string marked, string key)
    {
        var schema = Fixture.Schema.Replace(marked.Replace("[Acyclic]\n    ", string.Empty), marked);
        Assert.NotEqual(Fixture.Schema, schema);
        var run = Run(schema, File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books));

        AssertNoCrash(run);
        var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SAHEL1002");
        Assert.Contains($"[Acyclic] on '{key}' of 'Book' checks nothing", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual(Location.None, error.Location);

        // Where it does apply (an author's mentor is an author), it is no problem.
        Assert.DoesNotContain(RunFixture().GeneratorDiagnostics, d => d.Id == "SAHEL1002");
    }

    [Fact]
    public void Every_descriptor_links_to_its_own_section_of_the_diagnostics_page()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));
        var anchors = Regex.Matches(docs, @"^## (\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();
        Assert.All(DiagnosticCatalog.All, descriptor =>
        {
            var roslyn = RoslynDiagnostics.ToRoslyn(descriptor);
            Assert.Equal($"docs/diagnostics.md#{descriptor.Id.ToLowerInvariant()}", roslyn.HelpLinkUri);
            Assert.Contains(roslyn.HelpLinkUri.Split('#')[1], anchors);
        });
    }

    [Fact]
    public void Severity_is_the_catalogs_fact_and_reaches_the_build_and_the_log_line()
    {
        Assert.All(DiagnosticCatalog.All, d => Assert.Equal(d.Severity.ToString(), RoslynDiagnostics.ToRoslyn(d).DefaultSeverity.ToString()));
        var warning = DiagnosticCatalog.DanglingReference with { Severity = DiagnosticLevel.Warning };
        Assert.Equal(RoslynSeverity.Warning, RoslynDiagnostics.ToRoslyn(warning).DefaultSeverity);
        Assert.Equal(RoslynSeverity.Error, RoslynDiagnostics.ToRoslyn(DiagnosticCatalog.DanglingReference).DefaultSeverity);
        var line = new DiagnosticInfo(warning, null, new[] { "a", "b", "c" }.ToEquatableArray(), EquatableArray<LocationInfo>.Empty).ToString();
        Assert.StartsWith("warning SAHEL0010: ", line);
    }

    private static void AssertNoCrash(GeneratorRun run)
    {
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "SAHEL9999");
        Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
    }
}
