using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using CsCheck;
using Microsoft.CodeAnalysis;
using SahelData.Compiler.Model;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// Pipeline values compare exactly what is emitted: equal values always give identical text (or a cached output
/// could stand for a different one), and two independent drivers over one input agree at every tracked step.
/// </summary>
public sealed class EqualityIsEmissionTests
{
    private static readonly string[] OwnSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    /// <summary>
    /// Two spellings of one decimal as a curator may write them: the same digits and scale, each with its own trailing
    /// zeros, which change the stored scale but not the value.
    /// </summary>
    private static readonly Gen<(string, string)> TwoPrices = Gen.Select(Gen.Int[0, 99_999], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 2], (digits, scale, zerosA, zerosB) =>
    {
        var text = (digits / (decimal)Math.Pow(10, scale)).ToString(CultureInfo.InvariantCulture);
        string Padded(int zeros) => zeros == 0 ? text : text + (text.Contains('.') ? string.Empty : ".") + new string('0', zeros);
        return (Padded(zerosA), Padded(zerosB));
    });

    /// <summary>Floating-point spellings, among them values equal as doubles that are stored differently.</summary>
    private static readonly Gen<string> AnyRating = Gen.OneOf("0.0", "-0.0", "0", "4.5", "4.50", "1e1", "10.0", "-1.25");

    [Theory]
    [InlineData("price: 12.99", "price: 2.5", "price: 2.50")]
    [InlineData("rating: 4.5", "rating: 0.0", "rating: -0.0")]
    public void A_number_edit_that_keeps_the_value_but_changes_its_stored_bits_re_emits_the_chunk(string original, string before, string after)
    {
        var compilation = Compilation(Fixture.Schema);
        var books = File("books/books.yaml", Fixture.Books.Replace(original, before));
        var driver = Driver(new[] { File("authors/authors.yaml", Fixture.Authors), books }).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var edited = driver.ReplaceAdditionalText(books, File("books/books.yaml", Fixture.Books.Replace(original, after))).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var fresh = Driver(new[] { File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books.Replace(original, after)) }).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Equal(Texts(fresh), Texts(edited));
        Assert.NotEqual(Texts(driver)["Library.Catalog.Books.Chunk0.g.cs"], Texts(edited)["Library.Catalog.Books.Chunk0.g.cs"]);
    }

    [Fact]
    public void Equal_pipeline_values_always_produce_identical_text()
    {
        var compilation = Compilation(Fixture.Schema);
        Gen.Select(TwoPrices, AnyRating, AnyRating).Sample(
            (prices, ratingA, ratingB) =>
            {
                var (priceA, priceB) = prices;
                var a = RunBooks(compilation, priceA, ratingA);
                var b = RunBooks(compilation, priceB, ratingB);
                if (Equals(Contents(a), Contents(b)))
                {
                    Assert.Equal(Texts(a), Texts(b));
                }
            },
            iter: 40,
            threads: 1);
    }

    [Fact]
    public void Two_independent_drivers_over_the_same_input_produce_equal_outputs_at_every_tracked_step()
    {
        var first = RunFresh(integrityTests: true);
        var second = RunFresh(integrityTests: true);
        var steps = first.GetRunResult().Results.Single().TrackedSteps;
        var others = second.GetRunResult().Results.Single().TrackedSteps;

        foreach (var step in OwnSteps.Where(steps.ContainsKey))
        {
            var mine = steps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            var theirs = others[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            Assert.True(mine.SequenceEqual(theirs), $"{step}: the two runs' outputs differ");
            Assert.True(mine.Select(v => v?.GetHashCode()).SequenceEqual(theirs.Select(v => v?.GetHashCode())), $"{step}: equal outputs with different hash codes");
        }

        Assert.Equal(Texts(first), Texts(second));
    }

    [Fact]
    public void Rerunning_on_a_clone_of_the_compilation_recomputes_nothing_new()
    {
        var compilation = Compilation(Fixture.Schema);
        var driver = Driver(new[] { File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books) }, integrityTests: true).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var rerun = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in OwnSteps.Where(rerun.TrackedSteps.ContainsKey))
        {
            Assert.All(
                rerun.TrackedSteps[step].SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }
    }

    private static GeneratorDriver RunFresh(bool integrityTests) =>
        Driver(new[] { File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books) }, integrityTests: integrityTests)
            .RunGenerators(Compilation(Fixture.Schema), TestContext.Current.CancellationToken);

    private static GeneratorDriver RunBooks(Compilation compilation, string price, string rating) =>
        Driver(new[] { File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books.Replace("price: 12.99", "price: " + price).Replace("rating: 4.5", "rating: " + rating)) })
            .RunGenerators(compilation, TestContext.Current.CancellationToken);

    /// <summary>What linking and emission read of each file: its content without locations.</summary>
    private static EquatableArray<BoundFile> Contents(GeneratorDriver driver) => driver.GetRunResult().Results.Single()
        .TrackedSteps[TrackingNames.FileContents].SelectMany(s => s.Outputs).Select(o => (BoundFile)o.Value).ToEquatableArray();

    private static Dictionary<string, string> Texts(GeneratorDriver driver) => driver.GetRunResult().Results
        .SelectMany(r => r.GeneratedSources)
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
