using System.Collections.Generic;
using System.Linq;

namespace SahelData.Generators.Tests.Infrastructure;

/// <summary>
/// A small dataset with nothing of SahelData's domain in it (books and authors), proving the generator knows no domain.
/// It uses every kind of value the generator supports.
/// </summary>
internal static class Fixture
{
    public const string DataRoot = "/fixture/data";

    public const string Schema = """
        using System.Collections.Immutable;
        using SahelData;

        namespace Library.Catalog;

        /// <summary>A writer.</summary>
        [Collection("authors")]
        public sealed partial record Author
        {
            public required AuthorId Id { get; init; }
            public required string Name { get; init; }
            public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;
            public PartialDate? Born { get; init; }
            [Acyclic]
            public AuthorId? MentoredBy { get; init; }
            public string? Description { get; init; }
        }

        /// <summary>A book.</summary>
        [Collection("books")]
        public sealed partial record Book
        {
            public required BookId Id { get; init; }
            public required string Title { get; init; }
            public required Genre Genre { get; init; }
            [ReverseIndex("WrittenBy")]
            public required ImmutableArray<AuthorId> Authors { get; init; }
            public required PartialDate Published { get; init; }
            public int Pages { get; init; }
            public long? Copies { get; init; }
            public double? Rating { get; init; }
            public decimal? Price { get; init; }
            public bool InPrint { get; init; }
            public Genre? SecondaryGenre { get; init; }
            public ImmutableArray<Edition> Editions { get; init; } = ImmutableArray<Edition>.Empty;
            public Edition? FirstEdition { get; init; }
            public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;
        }

        public sealed record Edition
        {
            public required int Year { get; init; }
            public string? Isbn { get; init; }
            public AuthorId? Translator { get; init; }
        }

        public enum Genre
        {
            Novel,
            ShortStories,
            NonFiction,
        }
        """;

    public const string Authors = """
        - id: chinua-achebe
          name: Chinua Achebe
          aliases: [Albert Chinualumogu Achebe]
          born: 1930-11-16
          description: Nigerian novelist.

        - id: amadou-hampate-ba
          name: Amadou Hampâté Bâ
          aliases: [Hampate Ba]
          born: 1901
        """;

    public const string Books = """
        - id: things-fall-apart
          title: Things Fall Apart
          genre: novel
          authors: [chinua-achebe]
          published: 1958
          pages: 209
          copies: 20000000
          rating: 4.5
          price: 12.99
          in_print: true
          editions:
            - year: 1958
              isbn: "0-435-90526-8"
            - year: 1994
          first_edition:
            year: 1958
          tags: [classic, "quotes \" and \\ backslashes"]

        - id: l-etrange-destin-de-wangrin
          title: "L'Étrange Destin de Wangrin"
          genre: novel
          authors: [amadou-hampate-ba]
          published: 1973-06
          secondary_genre: non-fiction
        """;

    /// <summary>Books numbered <paramref name="numbers"/> (<c>book-000</c> …), each with values that follow from its number.</summary>
    public static string ManyBooks(IEnumerable<int> numbers) => string.Join("\n", numbers.Select(i =>
        $"- id: book-{i:000}\n  title: Book {i}\n  genre: novel\n  authors: [{(i % 3 == 0 ? "chinua-achebe" : "amadou-hampate-ba")}]\n  published: {1900 + (i % 100)}\n  pages: {i * 7}\n  tags: [tag-{i}]\n"));
}
