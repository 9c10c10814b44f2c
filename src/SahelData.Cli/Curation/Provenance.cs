using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;

namespace SahelData.Cli.Curation;

/// <summary>
/// Checks the data against the documents its sources name: each document exists, each quote is in a document its
/// position cites, and no text field copies a run of <see cref="CopiedRunWords"/> words from a document.
/// </summary>
internal static class Provenance
{
    /// <summary>How many words in a row make a copied sentence.</summary>
    public const int CopiedRunWords = 7;

    private const string DocumentKey = "document";
    private const string QuoteKey = "quote";

    /// <summary>Keys whose text may repeat a document: names people type, the actor's own words, file names and addresses.</summary>
    private static readonly HashSet<string> ExemptKeys = new(StringComparer.Ordinal)
    {
        "id", "name", "aliases", QuoteKey, DocumentKey, "url", "archived_url", "publisher", "language",
    };

    private static readonly Regex Word = new(@"\w+", RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    private static readonly (string From, string To)[] Typography =
    [
        ("\u2019", "'"), ("\u2018", "'"), ("\u201C", "\""), ("\u201D", "\""), ("\u00AB", "\""), ("\u00BB", "\""),
        ("\u2013", "-"), ("\u2014", "-"), ("\u2026", "..."),
    ];

    public static List<DiagnosticInfo> Check(DataSnapshot data, string documentsFolder)
    {
        var problems = new List<DiagnosticInfo>();
        var documentEntries = data.Entries.Where(e => e.Fields.Any(f => f.Key == DocumentKey && f.Value is DataScalar)).ToList();
        var citedFolder = documentEntries.FirstOrDefault()?.Folder;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in documentEntries)
        {
            var document = (DataScalar)entry.Fields.First(f => f.Key == DocumentKey).Value;
            var path = Path.Combine(documentsFolder, document.Text);
            if (document.Text.Length == 0 || !File.Exists(path))
            {
                problems.Add(Problem(DiagnosticCatalog.DocumentNotFound, document.Location ?? entry.Location, document.Text, documentsFolder));
                continue;
            }

            texts[entry.Id] = Fold(File.ReadAllText(path));
        }

        var runs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in texts)
        {
            var words = Words(text);
            for (var i = 0; i + CopiedRunWords <= words.Count; i++)
            {
                runs.TryAdd(string.Join(' ', words.Skip(i).Take(CopiedRunWords)), id);
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

                var words = Words(Fold(text.Text));
                for (var i = 0; i + CopiedRunWords <= words.Count; i++)
                {
                    if (runs.TryGetValue(string.Join(' ', words.Skip(i).Take(CopiedRunWords)), out var document))
                    {
                        var context = string.Join(' ', words.Skip(Math.Max(0, i - 2)).Take(CopiedRunWords + 4));
                        problems.Add(Problem(DiagnosticCatalog.CopiedProse, text.Location ?? entry.Location, key, CopiedRunWords.ToString(System.Globalization.CultureInfo.InvariantCulture), document, context));
                        break;
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Folds what typography changes without changing the words: quotation marks, dashes, case, spacing and accents
    /// (a document may print "Goita" where the data writes "Goïta": the words are the same).
    /// </summary>
    public static string Fold(string text)
    {
        var folded = Normalize(text);
        foreach (var (from, to) in Typography)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }

        folded = folded.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        return Spaces.Replace(folded, " ").Trim().ToLowerInvariant();
    }

    private static string Normalize(string text)
    {
        try
        {
            var decomposed = text.Normalize(NormalizationForm.FormKD);
            return string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
        }
        catch (PlatformNotSupportedException)
        {
            return text;
        }
    }

    private static List<string> Words(string folded) => Word.Matches(folded).Select(m => m.Value).ToList();

    private static void CheckQuotes(IReadOnlyList<DataField> fields, string? citedFolder, Dictionary<string, string> texts, List<DiagnosticInfo> problems)
    {
        if (fields.FirstOrDefault(f => f.Key == QuoteKey)?.Value is DataScalar { Kind: DataScalarKind.Text } quote)
        {
            var cited = References(fields, citedFolder).Where(texts.ContainsKey).Distinct().ToList();
            var folded = Fold(quote.Text);
            if (cited.Count > 0 && !cited.Any(id => texts[id].Contains(folded, StringComparison.Ordinal)))
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

    private static DiagnosticInfo Problem(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray(), EquatableArray<LocationInfo>.Empty);
}
