using System;
using System.Linq;
using System.Text;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// The compiled hash tables against an oracle: hundreds of keys, so that probes run through collisions; ids and names
/// of every length, from one character to well past the lookup's stack buffer; names outside ASCII; names shared by
/// several entries; and near misses of every key, which must find nothing.
/// </summary>
public sealed class LookupTableTests
{
    private const int Count = 400;

    /// <summary>Looks up every query through the generated tables and through dictionaries built from <c>All</c>; prints each disagreement.</summary>
    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Library.Catalog;
        using SahelData.Runtime;

        public static class Probe
        {
            public static string Run()
            {
                var byId = new Dictionary<string, int>(StringComparer.Ordinal);
                var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                for (var i = 0; i < Authors.All.Length; i++)
                {
                    var author = Authors.All[i];
                    byId.Add(author.Id.Value, i);
                    foreach (var key in author.Aliases.Prepend(author.Name).Select(NameKey.Fold).Where(k => k.Length > 0).Distinct())
                    {
                        if (!byKey.TryGetValue(key, out var ids))
                        {
                            byKey.Add(key, ids = new List<string>());
                        }

                        ids.Add(author.Id.Value);
                    }
                }

                var problems = new List<string>();
                var idQueries = byId.Keys.SelectMany(id => new[] { id, id + "x", id.Substring(0, id.Length - 1), "x" + id, id.ToUpperInvariant(), id.Replace('-', '_') })
                    .Concat(new[] { "", "-", "\u00e9", new string('a', 300) });
                foreach (var query in idQueries)
                {
                    var expected = byId.TryGetValue(query, out var index) ? index : -1;
                    var actual = Authors.IndexOf(new AuthorId(query));
                    var found = Authors.TryGet(new AuthorId(query), out var entry);
                    if (actual != expected || found != expected >= 0 || (found && !ReferenceEquals(entry, Authors.All[expected])))
                    {
                        problems.Add($"id '{query}': {actual}, expected {expected}");
                    }
                }

                var names = Authors.All.SelectMany(a => a.Aliases.Prepend(a.Name)).ToList();
                var nameQueries = names.SelectMany(n => new[] { n, n.ToUpperInvariant(), n.ToLowerInvariant(), " -- " + n + " ?! ", n + " q", n.Substring(0, n.Length - 1), n.Replace(' ', '\'') })
                    .Concat(new[] { "", "   ", "'", "\u00e9", new string('a', 300) });
                foreach (var query in nameQueries)
                {
                    var expected = byKey.TryGetValue(NameKey.Fold(query), out var ids) ? ids : new List<string>();
                    var actual = Authors.FindAll(query).Select(a => a.Id.Value).ToList();
                    if (!actual.SequenceEqual(expected))
                    {
                        problems.Add($"name '{query}': [{string.Join(",", actual)}], expected [{string.Join(",", expected)}]");
                    }

                    // Find reads a name's one entry from beside the probe text, and reports a name several entries carry.
                    string? single;
                    try
                    {
                        single = Authors.Find(query)?.Id.Value;
                    }
                    catch (AmbiguousNameException)
                    {
                        single = "(ambiguous)";
                    }

                    var expectedSingle = expected.Count switch { 0 => null, 1 => expected[0], _ => "(ambiguous)" };
                    if (single != expectedSingle)
                    {
                        problems.Add($"Find '{query}': {single ?? "null"}, expected {expectedSingle ?? "null"}");
                    }
                }

                return problems.Count == 0 ? "ok" : string.Join("\n", problems.Take(20));
            }
        }
        """;

    [Fact]
    public void Every_id_and_name_is_found_and_near_misses_are_not()
    {
        var output = GeneratedCodeTests.Execute(Compilation(Infrastructure.Fixture.Schema, Probe), File("authors/authors.yaml", Authors()), File("books/books.yaml", "[]"));
        Assert.Equal("ok", output);
    }

    [Fact]
    public void Spellings_the_name_hash_cannot_tell_from_a_key_leave_the_table_perfect_and_are_found()
    {
        // Spellings the name table's hash (bit 5 of every code unit set) reads as their key: Greek capitals, and Cyrillic
        // ones up to П (Р and after have bit 5 set already, so "ПУТИН" hashes apart and is kept); and spellings that
        // differ from another only by bit 5 without being the same letters in another case (Ā and Ġ). Kept beside the
        // text they hash as, they would share its every slot and leave the table no perfect layout.
        var yaml = new StringBuilder();
        for (var i = 0; i < 60; i++)
        {
            yaml.Append($"- id: a{i}\n  name: \"путин {i}\"\n  aliases: [\"Путин {i}\", \"ПУТИН {i}\", \"Путин-{i}\", \"ΑΘΗΝΑ {i}\", \"αθηνα {i}\", \"x\u0100y {i}\", \"x\u0120y {i}\"]\n");
        }

        var run = Run(Compilation(Infrastructure.Fixture.Schema), File("authors/authors.yaml", yaml.ToString()), File("books/books.yaml", "[]"));
        Assert.Empty(run.CompilationProblems);
        var probe = run.Source("Library.Catalog.Authors.g.cs");
        var ignoringCase = probe[probe.IndexOf("private static int Data_ProbeNameIgnoringCase", StringComparison.Ordinal)..];
        Assert.Contains("PerfectHash.Slot(", ignoringCase[..ignoringCase.IndexOf("\n        }\n", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Equal("ok", GeneratedCodeTests.Execute(Compilation(Infrastructure.Fixture.Schema, Probe), File("authors/authors.yaml", yaml.ToString()), File("books/books.yaml", "[]")));
    }

    /// <summary>Entries whose ids and names cover short, long, non-ASCII and shared keys.</summary>
    private static string Authors()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            var id = (i % 4) switch
            {
                0 => $"a{i}",
                1 => $"author-{i:0000}",
                2 => string.Concat(Enumerable.Repeat("long-", 40)) + i,
                _ => i < 26 * 4 ? ((char)('a' + (i / 4))).ToString() : $"n{i}",
            };
            var name = (i % 5) switch
            {
                0 => $"Amadou Hampâté Bâ {i}",
                1 => $"Ελλάδα Москва {i}",
                2 => string.Concat(Enumerable.Repeat("A Very Long Name, ", 12)) + i,
                3 => $"N’Daw {i}",
                _ => $"{(char)('A' + (i % 26))}",
            };

            // Every alias is carried by two entries, so that one key leads to several.
            yaml.Append($"- id: {id}\n  name: \"{name}\"\n  aliases: [\"Shared Alias {i / 2}\", \"ßtraße {i}\"]\n");
        }

        return yaml.ToString();
    }
}
