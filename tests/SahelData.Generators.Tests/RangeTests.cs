using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Schema;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// Ranges declared on the model's properties: refused in the data with a located error, carried in the schema the
/// assembly holds for tools, and written into the JSON Schemas for editors; allowed values explained from the docs.
/// </summary>
public sealed class RangeTests
{
    private const string Book = "- id: b\n  title: B\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1958\n";

    private static readonly string RangedSchema = Fixture.Schema
        .Replace("public int Pages { get; init; }", "[ValueRange(Minimum = 1)]\n    public int Pages { get; init; }")
        .Replace("public double? Rating { get; init; }", "[ValueRange(0, 5)]\n    public double? Rating { get; init; }")
        .Replace("public decimal? Price { get; init; }", "[ValueRange(Maximum = 1000)]\n    public decimal? Price { get; init; }")
        .Replace("public required PartialDate Published { get; init; }", "[ValueRange(1450, 2100)]\n    public required PartialDate Published { get; init; }")
        .Replace("public required int Year { get; init; }", "[ValueRange(1450, 2100)]\n    public required int Year { get; init; }")
        .Replace("    Novel,", "    /// <summary>A long work of fiction.</summary>\n    Novel,")
        .Replace("    NonFiction,", "    /// <summary>Facts, \"told as they are\".</summary>\n    NonFiction,");

    private static GeneratorRun RunBooks(string books) => Run(RangedSchema, File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", books));

    [Theory]
    [InlineData("  pages: 0\n", 6, 10, "a whole number of 1 or more")]
    [InlineData("  pages: -84\n", 6, 10, "a whole number of 1 or more")]
    [InlineData("  rating: 5.5\n", 6, 11, "a number from 0 to 5")]
    [InlineData("  rating: -0.1\n", 6, 11, "a number from 0 to 5")]
    [InlineData("  price: 1000.01\n", 6, 10, "a number of 1000 or less")]
    [InlineData("  editions:\n    - year: 1200\n", 7, 13, "a whole number from 1450 to 2100")]
    public void A_number_outside_its_range_is_reported_at_the_value(string line, int row, int column, string expected)
    {
        var message = DiagnosticAssert.Single(RunBooks(Book + line), "SAHEL0017", "books/books.yaml", row, column);
        Assert.Contains($"Write {expected}.", message);
    }

    [Fact]
    public void A_date_outside_its_range_of_years_is_reported_at_the_value()
    {
        var message = DiagnosticAssert.Single(RunBooks(Book.Replace("published: 1958", "published: 1066-10-14")), "SAHEL0017", "books/books.yaml", 5, 14);
        Assert.Contains("a date with a year from 1450 to 2100", message);
    }

    [Fact]
    public void Values_on_the_bounds_are_accepted()
    {
        DiagnosticAssert.None(RunBooks(Book.Replace("1958", "1450") + "  pages: 1\n  rating: 5\n  price: 1000\n  editions:\n    - year: 2100\n"));
        DiagnosticAssert.None(RunBooks(Book + "  rating: 0\n"));
    }

    [Fact]
    public void The_json_schema_carries_the_ranges()
    {
        var schema = RunBooks(Book).Source("Library.Catalog.Books.g.cs");
        Assert.Contains("\\\"pages\\\": { \\\"type\\\": \\\"integer\\\", \\\"minimum\\\": 1, \\\"maximum\\\": 2147483647 }", schema);
        Assert.Contains("\\\"type\\\": \\\"number\\\", \\\"minimum\\\": 0, \\\"maximum\\\": 5 }", schema);
        Assert.Contains("\\\"type\\\": \\\"number\\\", \\\"maximum\\\": 1000 }", schema);
        Assert.Contains("\\\"minimum\\\": 1450, \\\"maximum\\\": 2100", schema);
    }

    [Fact]
    public void The_json_schema_explains_each_allowed_value_from_the_docs()
    {
        var schema = RunBooks(Book).Source("Library.Catalog.Books.g.cs");
        Assert.Contains("'novel': A long work of fiction. 'short-stories': (no description). 'non-fiction': Facts,", schema);
    }

    [Fact]
    public void The_schema_compiled_into_the_assembly_carries_ranges_and_value_descriptions()
    {
        var run = RunBooks(Book);
        var collections = ((EquatableArray<CollectionSpec>)run.Result.Results.Single().TrackedSteps[TrackingNames.ValidSchema].Single().Outputs.Single().Value).ToList();
        var books = collections.Single(c => c.Folder == "books");
        Assert.Equal(new NumberRange(0, 5), books.Fields.Single(f => f.Key == "rating").Type.Range);
        Assert.Equal("A long work of fiction.", books.Fields.Single(f => f.Key == "genre").Type.Members[0].Description);

        var readBack = DatasetSchema.Parse(collections.Select(SchemaDescription.Write)).Collections;
        Assert.Equal(collections, readBack.Select(c => c with { IsReferenced = false }));
        var files = new Dictionary<string, string>
        {
            [$"{Fixture.DataRoot}/authors/authors.yaml"] = Fixture.Authors,
            [$"{Fixture.DataRoot}/books/books.yaml"] = Book + "  rating: 9\n",
        };
        Assert.Equal("SAHEL0017", Assert.Single(DataCheck.Run(Fixture.DataRoot, files, DatasetSchema.Parse(collections.Select(SchemaDescription.Write)), TestContext.Current.CancellationToken)).Id);
    }

    [Theory]
    [InlineData("[ValueRange(0, 5)]\n    public required string Title { get; init; }", "only to numbers")]
    [InlineData("[ValueRange(5, 0)]\n    public double? Rating { get; init; }", "minimum is larger than its maximum")]
    public void A_range_that_cannot_apply_is_reported_in_the_record(string declaration, string expected)
    {
        var schema = Fixture.Schema
            .Replace("public required string Title { get; init; }", "PLACEHOLDER_TITLE")
            .Replace("public double? Rating { get; init; }", "PLACEHOLDER_RATING");
        schema = declaration.Contains("Title", StringComparison.Ordinal)
            ? schema.Replace("PLACEHOLDER_TITLE", declaration).Replace("PLACEHOLDER_RATING", "public double? Rating { get; init; }")
            : schema.Replace("PLACEHOLDER_RATING", declaration).Replace("PLACEHOLDER_TITLE", "public required string Title { get; init; }");
        var run = Run(schema, File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Book));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SAHEL1002", diagnostic.Id);
        Assert.Contains(expected, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith(".cs", diagnostic.Location.GetLineSpan().Path);
    }

    /// <summary>The model of this repository: what the issue found compiling must now be refused, by the tool as by the build.</summary>
    [Theory]
    [InlineData("places", "kind: ", "latitude: 200")]
    [InlineData("places", "kind: ", "longitude: -180.5")]
    [InlineData("events", "count: ", "count: -84")]
    [InlineData("events", "date: ", "date: 1066")]
    public void The_models_ranges_refuse_impossible_values(string folder, string besideKey, string line)
    {
        var data = Path.Combine(RepositoryRoot.Path, "data");
        var files = Directory.EnumerateFiles(data, "*.yaml", SearchOption.AllDirectories).ToDictionary(p => p, System.IO.File.ReadAllText);
        var schema = DatasetSchema.Of(typeof(SahelData.Model.Place).Assembly);
        Assert.Empty(DataCheck.Run(data, files, schema, TestContext.Current.CancellationToken));

        // The line is written below the first line holding besideKey, at its indentation, replacing it when the keys are the same.
        var target = files.Keys.Where(p => p.Contains(Path.DirectorySeparatorChar + folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .First(p => files[p].Contains("  " + besideKey, StringComparison.Ordinal));
        var lines = files[target].Split('\n').ToList();
        var index = lines.FindIndex(l => l.TrimStart(' ', '-').StartsWith(besideKey, StringComparison.Ordinal) && l.StartsWith("  ", StringComparison.Ordinal));
        var indentation = lines[index].Substring(0, lines[index].Length - lines[index].TrimStart(' ').Length);
        var replace = line.StartsWith(besideKey, StringComparison.Ordinal);
        var row = replace ? index : index + 1;
        if (replace)
        {
            lines[index] = lines[index].Substring(0, lines[index].IndexOf(besideKey, StringComparison.Ordinal)) + line;
        }
        else
        {
            lines.Insert(row, indentation + line);
        }

        files[target] = string.Join("\n", lines);
        var problem = Assert.Single(DataCheck.Run(data, files, schema, TestContext.Current.CancellationToken));
        Assert.Equal("SAHEL0017", problem.Id);
        Assert.Equal(target, problem.Location!.FilePath);
        Assert.Equal(row + 1, problem.Location.Line);
    }
}
