using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using SahelData.Generators.Emission;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// What the first lookup in a collection pays for the collection's chunks: it must not grow with their number, or a
/// large dataset starts slower than a small one. Two costs did: the compiler's struct type for each distinct length of
/// literal data, all loaded by the runtime with the first literal read, and a text table per chunk made with the class.
/// </summary>
public sealed class ChunkStartCostTests
{
    private const int Chunks = 64;

    /// <summary>
    /// Books whose titles and tags vary in length from one to the next, so that no two chunks would hold data of the same
    /// length by chance.
    /// </summary>
    private static AdditionalText[] BooksOfVaryingLengths() =>
    [
        File("authors/authors.yaml", Fixture.Authors),
        // Files of 1,024 entries (eight chunks each), well under the limit on a file's size.
        .. Enumerable.Range(0, Chunks / 8).Select(file => File($"books/books-{file}.yaml", string.Join("\n", Enumerable.Range(file * 1024, 1024).Select(i =>
            $"- id: book-{i:00000}\n  title: Book {new string('x', Scatter(i) % 61)}\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1958\n  tags: [tag-{new string('y', Scatter(i + 1) % 13)}]\n")))),
    ];

    /// <summary>A number that looks random but follows from <paramref name="i"/>, so the test reads the same data each time.</summary>
    private static int Scatter(int i) => (int)((uint)i * 2654435761u >> 16);

    [Fact]
    public void The_literal_data_of_many_chunks_comes_in_far_fewer_lengths_than_chunks()
    {
        var run = Run(Compilation(Fixture.Schema), BooksOfVaryingLengths());
        Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
        using var image = new MemoryStream();
        Assert.True(run.Output.Emit(image, cancellationToken: TestContext.Current.CancellationToken).Success);
        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();

        // The compiler's own layout, read back with the metadata reader: one nested struct per distinct length of data.
        var details = metadata.TypeDefinitions.Single(t => metadata.GetString(metadata.GetTypeDefinition(t).Name) == "<PrivateImplementationDetails>");
        var lengthTypes = metadata.GetTypeDefinition(details).GetNestedTypes().Length;

        // Each chunk holds four literals; without size classes most had a length of their own (105 lengths here).
        Assert.InRange(lengthTypes, 1, Chunks / 2);
    }

    [Fact]
    public void A_size_class_holds_its_length_pads_it_by_at_most_a_sixteenth_and_takes_16_lengths_an_octave()
    {
        for (var length = 0; length <= 1 << 20; length++)
        {
            var padded = Literals.SizeClass(length);
            Assert.InRange(padded, length, Math.Max(length, length + (length / 16)));
        }

        for (var octave = 64; octave <= 1 << 20; octave *= 2)
        {
            Assert.Equal(16, Enumerable.Range(octave + 1, octave).Select(Literals.SizeClass).Distinct().Count());
        }
    }

    [Fact]
    public void A_chunks_texts_are_made_when_one_of_its_entries_is_first_read()
    {
        var run = Run(Compilation(Fixture.Schema), BooksOfVaryingLengths());
        var states = Load(run.Output, assembly =>
        {
            var books = assembly.GetType("Library.Catalog.Books")!;
            bool Made(int chunk) => books.GetField($"Data_Chunk{chunk}Texts", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null) is not null;
            var at = books.GetMethod("At", BindingFlags.Public | BindingFlags.Static)!;
            var before = (Made(0), Made(7));
            var first = at.Invoke(null, [0])!;
            var title = (string)first.GetType().GetProperty("Title")!.GetValue(first)!;
            var afterFirst = (Made(0), Made(7));
            at.Invoke(null, [7 * 128]);
            return (before, afterFirst, Made(7), title);
        });

        Assert.Equal(((false, false), (true, false), true, "Book"), states);
    }
}
