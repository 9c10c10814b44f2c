using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SahelData.Model;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// The coverage ledgers under docs/coverage/ account for every paragraph of every source document
/// (format in docs/coverage/README.md). The ledgers alone are checked on every run; their paragraph counts are checked
/// against the documents themselves where the documents are available (SAHEL_SEEDS_DIR, default ../shared/seeds).
/// </summary>
public sealed class CoverageLedgerTests
{
    public static TheoryData<string> SourceIds => new(Sources.All.Select(s => s.Id.Value));

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void The_ledger_has_one_line_per_paragraph_naming_existing_entries_or_a_reason(string sourceId)
    {
        var ledger = Ledger.Read(sourceId);
        Assert.Equal(Sources.Get(new SourceId(sourceId)).Document, ledger.Document);
        Assert.True(ledger.Paragraphs > 0, $"{ledger.Path}: the header must give the document's paragraph count");
        Assert.Equal(Enumerable.Range(1, ledger.Paragraphs), ledger.Lines.Select(l => l.Paragraph));

        var known = KnownIds();
        foreach (var line in ledger.Lines)
        {
            Assert.All(line.References, r => Assert.True(known.Contains(r), $"{ledger.Path}, paragraph {line.Paragraph}: '{r}' is not an entry in data/"));
            Assert.True(
                line.References.Count > 0 || line.Reason.Length > 0,
                $"{ledger.Path}, paragraph {line.Paragraph}: name the entries that carry it, or write 'nothing — ' and why");
        }
    }

    [Fact]
    public void Every_ledger_belongs_to_a_source()
    {
        var ledgers = Directory.EnumerateFiles(Ledger.Folder, "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "README");
        Assert.Equal(Sources.All.Select(s => s.Id.Value).Order(), ledgers.Order());
    }

    [Fact]
    public void The_ledger_reader_rejects_a_missing_paragraph_an_unknown_id_and_an_empty_line()
    {
        var broken = Ledger.Parse("broken.md", "document: `x.txt` · paragraphs: 3\n\n- 1: events/no-such-event\n- 3: \n");
        Assert.Equal(new[] { 1, 3 }, broken.Lines.Select(l => l.Paragraph));
        Assert.DoesNotContain("events/no-such-event", KnownIds());
        Assert.Empty(broken.Lines[1].References);
        Assert.Equal("", broken.Lines[1].Reason);
    }

    [SeedDocumentsFact]
    public void Source_documents_in_SAHEL_SEEDS_DIR_have_the_paragraph_counts_their_ledgers_give()
    {
        var folder = SeedDocuments.Folder!;
        Assert.All(Sources.All, source =>
        {
            var path = Path.Combine(folder, source.Document);
            Assert.True(File.Exists(path), $"{path} is missing from the seed documents folder");
            var ledger = Ledger.Read(source.Id.Value);
            Assert.True(
                SeedDocuments.CountParagraphs(File.ReadAllText(path)) == ledger.Paragraphs,
                $"{ledger.Path} counts {ledger.Paragraphs} paragraphs, {source.Document} has {SeedDocuments.CountParagraphs(File.ReadAllText(path))}");
        });
    }

    [Fact]
    public void Paragraphs_are_non_empty_lines_whether_or_not_blank_lines_separate_them()
    {
        Assert.Equal(3, SeedDocuments.CountParagraphs("one\ntwo\n\nthree\n"));
        Assert.Equal(2, SeedDocuments.CountParagraphs("\n\none\r\n   \r\ntwo"));
    }

    private static HashSet<string> KnownIds() =>
        Sources.All.Select(e => "sources/" + e.Id)
            .Concat(Actors.All.Select(e => "actors/" + e.Id))
            .Concat(Places.All.Select(e => "places/" + e.Id))
            .Concat(Events.All.Select(e => "events/" + e.Id))
            .Concat(Claims.All.Select(e => "claims/" + e.Id))
            .ToHashSet(StringComparer.Ordinal);

    internal static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}

/// <summary>A coverage ledger: the document it covers, its paragraph count, and one line per paragraph.</summary>
internal sealed record Ledger(string Path, string Document, int Paragraphs, IReadOnlyList<LedgerLine> Lines)
{
    public static string Folder => System.IO.Path.Combine(CoverageLedgerTests.RepositoryRoot(), "docs", "coverage");

    public static Ledger Read(string sourceId)
    {
        var path = System.IO.Path.Combine(Folder, sourceId + ".md");
        Assert.True(File.Exists(path), $"docs/coverage/{sourceId}.md is missing: every source has a coverage ledger");
        return Parse(path, File.ReadAllText(path));
    }

    public static Ledger Parse(string path, string text)
    {
        var header = Regex.Match(text, @"document: `(?<doc>[^`]+)` · paragraphs: (?<n>\d+)");
        var lines = Regex.Matches(text, @"^- (?<n>\d+): ?(?<rest>.*)$", RegexOptions.Multiline)
            .Select(m =>
            {
                var rest = m.Groups["rest"].Value.TrimEnd('\r').Trim();
                var references = Regex.Matches(rest, @"\b(?:sources|actors|places|events|claims)/[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
                    .Select(r => r.Value).ToList();
                var reason = Regex.Match(rest, @"^nothing\s+—\s+(?<why>\S.*)$");
                return new LedgerLine(int.Parse(m.Groups["n"].Value), references, reason.Success ? reason.Groups["why"].Value : "");
            })
            .ToList();
        return new Ledger(path, header.Groups["doc"].Value, header.Success ? int.Parse(header.Groups["n"].Value) : 0, lines);
    }
}

/// <summary>One paragraph's line: the entries that carry it, or why nothing does.</summary>
internal sealed record LedgerLine(int Paragraph, IReadOnlyList<string> References, string Reason);

/// <summary>Where the source documents are: SAHEL_SEEDS_DIR (relative paths from the repository root), else ../shared/seeds.</summary>
internal static class SeedDocuments
{
    public const string Variable = "SAHEL_SEEDS_DIR";

    public static string? Setting => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? Path.GetFullPath(Path.Combine(CoverageLedgerTests.RepositoryRoot(), value))
        : null;

    /// <summary>The folder, or null when none is set and the default is absent.</summary>
    public static string? Folder
    {
        get
        {
            if (Setting is { } set)
                return set;   // an explicit setting is used even when wrong, so that the test fails instead of skipping
            var fallback = Path.GetFullPath(Path.Combine(CoverageLedgerTests.RepositoryRoot(), "..", "shared", "seeds"));
            return Directory.Exists(fallback) ? fallback : null;
        }
    }

    /// <summary>A paragraph is a non-empty line: some documents separate paragraphs by blank lines, others by line breaks.</summary>
    public static int CountParagraphs(string text) =>
        text.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line));
}

/// <summary>A test that needs the source documents; reported as skipped, with the reason, when they are absent.</summary>
internal sealed class SeedDocumentsFactAttribute : FactAttribute
{
    public SeedDocumentsFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (SeedDocuments.Folder is null)
            Skip = $"The source documents were not found (set {SeedDocuments.Variable}, or place them at ../shared/seeds beside the repository): "
                + "the ledgers' paragraph counts were NOT checked against the documents.";
    }
}
