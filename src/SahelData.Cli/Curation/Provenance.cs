using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Runtime;

namespace SahelData.Cli.Curation;

/// <summary>
/// Checks the data against the documents its sources name: each document exists, each quote is in a document its
/// position cites, no text field copies a run of <see cref="CopiedRunWords"/> words from a document, and none nearly
/// copies <see cref="NearCopyWords"/> words with at most <see cref="NearCopyChanges"/> of them changed. Words are
/// compared as names are looked up (<see cref="NameKey.Fold"/>): case, accents, apostrophes and punctuation do not
/// matter, so accented data matches a document printed without accents.
/// </summary>
internal static class Provenance
{
    /// <summary>How many words in a row make a copied sentence.</summary>
    public const int CopiedRunWords = 7;

    /// <summary>How many words in a row, a few of them changed, make a near copy.</summary>
    public const int NearCopyWords = 8;

    /// <summary>How many of those words may differ, in place, for the run still to be a near copy.</summary>
    public const int NearCopyChanges = 2;

    private const string DocumentKey = "document";
    private const string QuoteKey = "quote";

    /// <summary>Keys whose text may repeat a document: names people type, the actor's own words, file names and addresses.</summary>
    private static readonly HashSet<string> ExemptKeys = new(StringComparer.Ordinal)
    {
        "id", "name", "aliases", QuoteKey, DocumentKey, "url", "archived_url", "publisher", "language",
    };

    /// <summary>A word as printed, apostrophes inside it included (won't, N'Daw), so each folds to one key.</summary>
    private static readonly Regex PrintedWord = new(@"[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}]|['\u2019](?=[\p{L}\p{Nd}]))*", RegexOptions.CultureInvariant);

    public static List<DiagnosticInfo> Check(DataSnapshot data, string documentsFolder)
    {
        var problems = new List<DiagnosticInfo>();
        var documentEntries = data.Entries.Where(e => e.Fields.Any(f => f.Key == DocumentKey && f.Value is DataScalar)).ToList();
        var citedFolder = documentEntries.FirstOrDefault()?.Folder;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new Dictionary<string, (string Text, List<FoldedWord> Words)>(StringComparer.Ordinal);
        foreach (var entry in documentEntries)
        {
            var document = (DataScalar)entry.Fields.First(f => f.Key == DocumentKey).Value;
            var path = Path.Combine(documentsFolder, document.Text);
            if (document.Text.Length == 0 || !File.Exists(path))
            {
                problems.Add(Problem(DiagnosticCatalog.DocumentNotFound, document.Location ?? entry.Location, document.Text, documentsFolder));
                continue;
            }

            var original = File.ReadAllText(path);
            texts[entry.Id] = Fold(original);
            documents[entry.Id] = (original, Words(original));
        }

        var runs = new Dictionary<string, string>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), List<(string Document, int At)>>();
        foreach (var (id, (_, words)) in documents)
        {
            for (var i = 0; i + CopiedRunWords <= words.Count; i++)
            {
                runs.TryAdd(string.Join(' ', words.Skip(i).Take(CopiedRunWords).Select(w => w.Key)), id);
            }

            for (var i = 0; i + 1 < words.Count; i++)
            {
                var pair = (words[i].Key, words[i + 1].Key);
                if (!pairs.TryGetValue(pair, out var places))
                {
                    pairs[pair] = places = new List<(string, int)>();
                }

                places.Add((id, i));
            }
        }

        foreach (var entry in data.Entries)
        {
            CheckQuotes(entry.Fields, citedFolder, texts, problems);
            foreach (var (key, text) in Texts(entry.Fields))
            {
                // A source's title is the document's own title, so it may repeat it.
                if (entry.Folder == citedFolder && key == "title")
                {
                    continue;
                }

                var words = Words(text.Text).Select(w => w.Key).ToList();
                var copied = false;
                for (var i = 0; i + CopiedRunWords <= words.Count; i++)
                {
                    if (runs.TryGetValue(string.Join(' ', words.Skip(i).Take(CopiedRunWords)), out var document))
                    {
                        var context = string.Join(' ', words.Skip(Math.Max(0, i - 2)).Take(CopiedRunWords + 4));
                        problems.Add(Problem(DiagnosticCatalog.CopiedProse, text.Location ?? entry.Location, key, CopiedRunWords.ToString(CultureInfo.InvariantCulture), document, context));
                        copied = true;
                        break;
                    }
                }

                if (!copied && NearCopy(words, pairs, documents) is { } near)
                {
                    problems.Add(Problem(
                        DiagnosticCatalog.NearlyCopiedProse,
                        text.Location ?? entry.Location,
                        key,
                        NearCopyWords.ToString(CultureInfo.InvariantCulture),
                        near.Document,
                        near.Changed.ToString(CultureInfo.InvariantCulture),
                        near.Passage));
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// The first run of <see cref="NearCopyWords"/> words of <paramref name="words"/> that a document prints with one
    /// or two of them changed, in place, between a first and a last word that are the document's: the document, how
    /// many changed, and the document's passage as printed.
    /// Two changes in eight words leave two words in a row unchanged, so each candidate starts from a shared pair.
    /// </summary>
    private static (string Document, int Changed, string Passage)? NearCopy(
        List<string> words,
        Dictionary<(string, string), List<(string Document, int At)>> pairs,
        Dictionary<string, (string Text, List<FoldedWord> Words)> documents)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!pairs.TryGetValue((words[i], words[i + 1]), out var places))
            {
                continue;
            }

            foreach (var (document, at) in places)
            {
                var printed = documents[document].Words;
                for (var start = Math.Max(0, i - (NearCopyWords - 2)); start <= i && start + NearCopyWords <= words.Count; start++)
                {
                    var from = at - (i - start);
                    if (from < 0 || from + NearCopyWords > printed.Count)
                    {
                        continue;
                    }

                    var changed = 0;
                    for (var k = 0; k < NearCopyWords && changed <= NearCopyChanges; k++)
                    {
                        changed += words[start + k] == printed[from + k].Key ? 0 : 1;
                    }

                    // A run that begins and ends as the document's does, with a word or two swapped inside it: a shorter
                    // exact run with other words around it is no near copy.
                    if (changed is > 0 and <= NearCopyChanges && words[start] == printed[from].Key && words[start + NearCopyWords - 1] == printed[from + NearCopyWords - 1].Key)
                    {
                        var text = documents[document].Text;
                        var passage = text.Substring(printed[from].Start, printed[from + NearCopyWords - 1].End - printed[from].Start);
                        return (document, changed, string.Join(' ', passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The text as its words' lookup keys, one space between them and one at each end, so that a quote is found as
    /// whole words: what typography, case, accents and punctuation change does not count.
    /// </summary>
    public static string Fold(string text) => " " + string.Join(' ', Words(text).Select(w => w.Key)) + " ";

    /// <summary>Each printed word with its lookup key and where it stands in the text.</summary>
    private static List<FoldedWord> Words(string text)
    {
        var words = new List<FoldedWord>();
        foreach (Match match in PrintedWord.Matches(text))
        {
            foreach (var key in NameKey.Fold(match.Value).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(new FoldedWord(key, match.Index, match.Index + match.Length));
            }
        }

        return words;
    }

    private static void CheckQuotes(IReadOnlyList<DataField> fields, string? citedFolder, Dictionary<string, string> texts, List<DiagnosticInfo> problems)
    {
        if (fields.FirstOrDefault(f => f.Key == QuoteKey)?.Value is DataScalar { Kind: DataScalarKind.Text } quote)
        {
            var cited = References(fields, citedFolder).Where(texts.ContainsKey).Distinct().ToList();
            var folded = Fold(quote.Text);
            if (cited.Count > 0 && folded.Trim().Length > 0 && !cited.Any(id => texts[id].Contains(folded, StringComparison.Ordinal)))
            {
                var shown = quote.Text.Length > 80 ? quote.Text[..80] + "…" : quote.Text;
                problems.Add(Problem(DiagnosticCatalog.QuoteNotVerbatim, quote.Location, string.Join(", ", cited), shown));
            }
        }

        foreach (var field in fields)
        {
            foreach (var nested in Records(field.Value))
            {
                CheckQuotes(nested.Fields, citedFolder, texts, problems);
            }
        }
    }

    private static IEnumerable<string> References(IReadOnlyList<DataField> fields, string? folder) =>
        fields.SelectMany(f => f.Value switch
        {
            DataReference r when r.Folder == folder => [r.Id],
            DataList list => list.Items.OfType<DataReference>().Where(r => r.Folder == folder).Select(r => r.Id),
            _ => Enumerable.Empty<string>(),
        });

    private static IEnumerable<DataRecord> Records(DataValue value) => value switch
    {
        DataRecord record => [record],
        DataList list => list.Items.SelectMany(Records),
        _ => [],
    };

    private static IEnumerable<(string Key, DataScalar Text)> Texts(IReadOnlyList<DataField> fields)
    {
        foreach (var field in fields.Where(f => !ExemptKeys.Contains(f.Key)))
        {
            foreach (var text in Texts(field.Value, field.Key))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<(string Key, DataScalar Text)> Texts(DataValue value, string key) => value switch
    {
        DataScalar { Kind: DataScalarKind.Text } text => [(key, text)],
        DataList list => list.Items.SelectMany(item => Texts(item, key)),
        DataRecord record => Texts(record.Fields),
        _ => [],
    };

    /// <summary>A word's lookup key, and the place of the printed word it comes from.</summary>
    private readonly record struct FoldedWord(string Key, int Start, int End);

    private static DiagnosticInfo Problem(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray(), EquatableArray<LocationInfo>.Empty);
}
