using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>Caching: an unrelated edit recomputes nothing; a YAML edit re-parses only that file; no step holds Roslyn objects.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] OwnSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Unrelated_code_edit_leaves_every_step_and_output_cached()
    {
        var (driver, compilation) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in OwnSteps.Where(result.TrackedSteps.ContainsKey))
        {
            Assert.All(
                result.TrackedSteps[step].SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        Assert.NotEmpty(result.TrackedOutputSteps);
        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_yaml_file_reparses_only_that_file()
    {
        var (driver, compilation) = FirstRun();
        var changed = File("books/books.yaml", Fixture.Books.Replace("pages: 209", "pages: 210"));
        driver = driver.ReplaceAdditionalText(booksFile, changed);
        var result = driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.BoundFiles].SelectMany(s => s.Outputs.Select(o => (Path: ((SahelData.Compiler.Model.BoundFileWithParse)o.Value).File.Path, o.Reason))).ToList();
        Assert.Equal(2, parsed.Count);
        Assert.Contains(parsed, p => p.Path.EndsWith("books/books.yaml", StringComparison.Ordinal) && p.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(parsed, p => p.Path.EndsWith("authors/authors.yaml", StringComparison.Ordinal) && p.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_or_location()
    {
        var (driver, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();
        foreach (var (name, steps) in result.TrackedSteps.Where(s => OwnSteps.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                AssertPlainData(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    /// <summary>
    /// The driver keeps every step's last outputs for as long as the build runs, so a step that kept each file's parsed
    /// tree would keep the largest thing the generator makes (at 10,000 entries, 46 MB of the 123 MB a run leaves alive).
    /// </summary>
    [Fact]
    public void No_step_output_keeps_a_files_parsed_tree()
    {
        var (driver, _) = FirstRun(integrityTests: true);
        var result = driver.GetRunResult().Results.Single();
        foreach (var (name, steps) in result.TrackedSteps.Where(s => OwnSteps.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                AssertPlainData(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), forbidParsedTrees: true);
            }
        }
    }

    private static void AssertPlainData(object? value, string path, HashSet<object> visited, bool forbidParsedTrees = false)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return;
        }

        Assert.False(value is Microsoft.CodeAnalysis.Compilation or ISymbol or SyntaxNode or Location or SemanticModel or SyntaxTree, $"{path} holds a {value.GetType().Name}");
        Assert.False(forbidParsedTrees && value is SahelData.Compiler.Model.YamlNode or SahelData.Compiler.Model.ParsedFile, $"{path} holds a {value.GetType().Name}");
        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertPlainData(item, $"{path}[{i++}]", visited, forbidParsedTrees);
            }

            return;
        }

        if (value is SahelData.Compiler.Diagnostics.DiagnosticDescriptor)
        {
            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPlainData(field.GetValue(value), $"{path}.{field.Name}", visited, forbidParsedTrees);
        }
    }

    /// <summary>
    /// Steps from linking on: after an edit that changes no generated text, none may be recomputed to something new.
    /// Linking is among them, so an edit that only moves text re-links nothing.
    /// </summary>
    private static readonly string[] EmissionSteps =
    {
        TrackingNames.SchemaSet, TrackingNames.ValidSchema, TrackingNames.FileIds, TrackingNames.IdIndex, TrackingNames.FileContents, TrackingNames.LinkedFiles,
        TrackingNames.FileKeys, TrackingNames.LinkedCollections, TrackingNames.Resolved, TrackingNames.ResolvedChunks,
        TrackingNames.CollectionOutputs, TrackingNames.EmittedCollections, TrackingNames.EmittedChunks, TrackingNames.IntegrityReadings,
        TrackingNames.IntegrityCases, TrackingNames.CollectionFacts,
    };

    /// <summary>Steps that read ids, names or references only: a value edit leaves every one of their outputs as it was.</summary>
    private static readonly string[] IndexSteps =
    {
        TrackingNames.FileIds, TrackingNames.IdIndex, TrackingNames.FileKeys, TrackingNames.LinkedCollections, TrackingNames.Resolved,
        TrackingNames.CollectionOutputs, TrackingNames.EmittedCollections, TrackingNames.IntegrityReadings, TrackingNames.IntegrityCases,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Whitespace_edit_in_a_model_file_re_emits_nothing(bool integrityTests)
    {
        var (driver, compilation) = FirstRun(integrityTests);
        var before = driver.GetRunResult();
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("\n\n   \n" + tree.GetText(TestContext.Current.CancellationToken))));
        driver = driver.RunGenerators(edited, TestContext.Current.CancellationToken);

        AssertNothingReEmitted(before, driver.GetRunResult(), integrityTests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Comment_and_whitespace_edit_in_a_yaml_file_re_emits_nothing(bool integrityTests)
    {
        var (driver, compilation) = FirstRun(integrityTests);
        var before = driver.GetRunResult();
        var moved = "# A comment on top moves every line down.\n\n" + Fixture.Books.Replace("\n- id:", "\n\n   # between entries\n- id:");
        driver = driver.ReplaceAdditionalText(booksFile, File("books/books.yaml", moved)).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var after = driver.GetRunResult();
        Assert.Contains(after.Results.Single().TrackedSteps[TrackingNames.BoundFiles].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        AssertNothingReEmitted(before, after, integrityTests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Comment_and_whitespace_edit_in_a_yaml_file_re_links_nothing(bool integrityTests)
    {
        var (driver, compilation) = FirstRun(integrityTests);
        var moved = "# A comment on top moves every line down.\n\n" + Fixture.Books.Replace("\n- id:", "\n\n   # between entries\n- id:");
        var result = driver.ReplaceAdditionalText(booksFile, File("books/books.yaml", moved)).RunGenerators(compilation, TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.BoundFiles].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        foreach (var step in new[] { TrackingNames.IdIndex, TrackingNames.LinkedFiles, TrackingNames.LinkedCollections })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Editing_a_value_in_one_file_re_emits_only_that_files_chunk(bool integrityTests)
    {
        var (driver, compilation) = FirstRun(integrityTests, moreBooksFile);
        var before = driver.GetRunResult();
        driver = driver.ReplaceAdditionalText(booksFile, File("books/books.yaml", Fixture.Books.Replace("pages: 209", "pages: 210"))).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = driver.GetRunResult();
        Assert.Empty(after.Diagnostics);
        var result = after.Results.Single();

        AssertUnchanged(result, IndexSteps);
        var linked = Outputs(result, TrackingNames.LinkedFiles, o => ((SahelData.Compiler.Model.LinkedFile)o).Path);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(linked, o => o.Key.EndsWith("books/books.yaml", StringComparison.Ordinal)).Reason);
        Assert.All(linked.Where(o => !o.Key.EndsWith("books/books.yaml", StringComparison.Ordinal)), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        var chunks = Outputs(result, TrackingNames.ResolvedChunks, o => ((SahelData.Compiler.Resolving.ChunkResult)o).Chunk!.Spec.Folder + "/" + ((SahelData.Compiler.Resolving.ChunkResult)o).Chunk!.Chunk);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(chunks, o => o.Key == "books/0").Reason);
        Assert.All(chunks.Where(o => o.Key != "books/0"), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // books.yaml is the first of the books files: its chunk alone is new; the collection's main file, the other
        // file's chunk and the integrity tests are the very same texts.
        var reEmitted = Sources(before).Where(s => !ReferenceEquals(s.Value, Sources(after)[s.Key])).Select(s => s.Key);
        Assert.Equal(new[] { "Library.Catalog.Books.Chunk0.g.cs" }, reEmitted);
        Assert.Equal(integrityTests ? 9 : 7, Sources(after).Count);
    }

    [Fact]
    public void Editing_one_entry_of_a_long_file_re_emits_only_the_chunk_that_holds_it()
    {
        var compilation = Compilation(Fixture.Schema);
        var books = File("books/books.yaml", Fixture.ManyBooks(Enumerable.Range(0, 300)));
        var driver = Driver(new[] { File("authors/authors.yaml", Fixture.Authors), books }).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var before = driver.GetRunResult();
        Assert.Empty(before.Diagnostics);

        // book-200 is the 201st entry of the file: the second chunk holds it.
        var edited = File("books/books.yaml", Fixture.ManyBooks(Enumerable.Range(0, 300)).Replace("pages: 1400\n", "pages: 1401\n", StringComparison.Ordinal));
        var after = driver.ReplaceAdditionalText(books, edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();

        Assert.Contains("Library.Catalog.Books.Chunk2.g.cs", Sources(after).Keys);
        var reEmitted = Sources(before).Where(s => !ReferenceEquals(s.Value, Sources(after)[s.Key])).Select(s => s.Key);
        Assert.Equal(new[] { "Library.Catalog.Books.Chunk1.g.cs" }, reEmitted);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Editing_a_value_in_one_collection_leaves_the_other_collections_outputs_cached(bool integrityTests)
    {
        var (driver, compilation) = FirstRun(integrityTests);
        var before = driver.GetRunResult();
        driver = driver.ReplaceAdditionalText(booksFile, File("books/books.yaml", Fixture.Books.Replace("pages: 209", "pages: 210"))).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = driver.GetRunResult();

        AssertAuthorsCached(before, after, integrityTests);
        var books = Sources(before).Where(s => s.Key.Contains("Books.Chunk", StringComparison.Ordinal)).ToList();
        Assert.All(books, s => Assert.NotSame(s.Value, Sources(after)[s.Key]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Adding_an_entry_to_one_collection_leaves_the_other_collections_outputs_cached(bool integrityTests)
    {
        var (driver, compilation) = FirstRun(integrityTests);
        var before = driver.GetRunResult();
        var added = Fixture.Books + "\n\n- id: arrow-of-god\n  title: Arrow of God\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1964\n";
        driver = driver.ReplaceAdditionalText(booksFile, File("books/books.yaml", added)).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = driver.GetRunResult();
        Assert.Empty(after.Diagnostics);

        Assert.Contains(after.Results.Single().TrackedSteps[TrackingNames.IdIndex].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        AssertAuthorsCached(before, after, integrityTests);

        // The books' registry reads the schema alone: it is the one books text a new entry leaves as it was.
        var books = Sources(before).Where(s => s.Key.Contains("Books", StringComparison.Ordinal)).ToList();
        Assert.All(books.Where(s => !s.Key.Contains(".Facts.", StringComparison.Ordinal)), s => Assert.NotSame(s.Value, Sources(after)[s.Key]));
        Assert.Same(Assert.Single(books, s => s.Key.Contains(".Facts.", StringComparison.Ordinal)).Value, Sources(after)["Library.Catalog.Books.Facts.g.cs"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Adding_an_entry_to_a_referenced_collection_leaves_the_referencing_collections_outputs_cached(bool integrityTests)
    {
        // Books refer to authors; a new author sorted first would shift every author's position.
        var authorsFile = File("authors/authors.yaml", Fixture.Authors);
        var compilation = Compilation(Fixture.Schema);
        var driver = Driver(new[] { authorsFile, booksFile }, integrityTests: integrityTests).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var before = driver.GetRunResult();
        var added = "- id: aaron-first\n  name: Aaron First\n\n" + Fixture.Authors;
        driver = driver.ReplaceAdditionalText(authorsFile, File("authors/authors.yaml", added)).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var after = driver.GetRunResult();
        Assert.Empty(after.Diagnostics);

        var books = Sources(before).Where(s => s.Key.Contains("Books", StringComparison.Ordinal)).ToList();
        Assert.Equal(integrityTests ? 4 : 3, books.Count);
        Assert.All(books, s => Assert.Same(s.Value, Sources(after)[s.Key]));
        Assert.All(Sources(before).Where(s => s.Key.Contains("Authors.g.cs", StringComparison.Ordinal)), s => Assert.NotSame(s.Value, Sources(after)[s.Key]));
    }

    /// <summary>Every generated text of the authors collection is the very same object, and its resolve steps were not recomputed to something new.</summary>
    private static void AssertAuthorsCached(GeneratorDriverRunResult before, GeneratorDriverRunResult after, bool integrityTests)
    {
        var authors = Sources(before).Where(s => s.Key.Contains("Authors", StringComparison.Ordinal)).ToList();
        Assert.Equal(integrityTests ? 4 : 3, authors.Count);
        Assert.All(authors, s => Assert.Same(s.Value, Sources(after)[s.Key]));

        var result = after.Results.Single();

        // The registries read the schema alone: no data edit recomputes them.
        AssertUnchanged(result, new[] { TrackingNames.CollectionFacts });
        var resolved = Outputs(result, TrackingNames.Resolved, o => ((SahelData.Compiler.Resolving.ResolveResult)o).Collection!.Spec.Folder);
        Assert.Contains(resolved, r => r.Key == "authors" && r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        var chunks = Outputs(result, TrackingNames.ResolvedChunks, o => ((SahelData.Compiler.Resolving.ChunkResult)o).Chunk!.Spec.Folder);
        Assert.Contains(chunks, r => r.Key == "books" && r.Reason == IncrementalStepRunReason.Modified);
        Assert.All(chunks.Where(r => r.Key == "authors"), r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"authors chunk: {r.Reason}"));
    }

    private static List<(string Key, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step, Func<object, string> key) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (key(o.Value), o.Reason)).ToList();

    private static void AssertUnchanged(GeneratorRunResult result, IEnumerable<string> steps)
    {
        foreach (var step in steps.Where(result.TrackedSteps.ContainsKey))
        {
            Assert.All(
                result.TrackedSteps[step].SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }
    }

    private static void AssertNothingReEmitted(GeneratorDriverRunResult before, GeneratorDriverRunResult after, bool integrityTests)
    {
        var result = after.Results.Single();
        Assert.All(EmissionSteps, step => Assert.True(result.TrackedSteps.ContainsKey(step) || step is TrackingNames.IntegrityReadings or TrackingNames.IntegrityCases && !integrityTests, $"{step} did not run"));
        AssertUnchanged(result, EmissionSteps);

        var sources = Sources(before);
        Assert.Equal(integrityTests ? 8 : 6, sources.Count);
        Assert.All(sources, s => Assert.Same(s.Value, Sources(after)[s.Key]));
    }

    /// <summary>Generated texts by hint name; a cached output hands back the very same text object.</summary>
    private static Dictionary<string, SourceText> Sources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);

    private readonly AdditionalText booksFile = File("books/books.yaml", Fixture.Books);

    // A second books file whose entry sorts between the two of books.yaml.
    private readonly AdditionalText moreBooksFile = File("books/more-books.yaml", "- id: no-longer-at-ease\n  title: No Longer at Ease\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1960\n");

    private (GeneratorDriver Driver, Compilation Compilation) FirstRun(bool integrityTests = false, params AdditionalText[] moreFiles)
    {
        var compilation = Compilation(Fixture.Schema);
        var driver = Driver(new[] { File("authors/authors.yaml", Fixture.Authors), booksFile }.Concat(moreFiles).ToArray(), integrityTests: integrityTests).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation);
    }
}
