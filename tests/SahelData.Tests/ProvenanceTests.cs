using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// <c>sahel check --documents DIR</c>: documents exist, quotes are verbatim (up to typography), no text copies seven
/// words in a row. Proved on a tiny independent fixture whose every problem is known by line and column, then run on
/// the real data against the real documents when they are at hand.
/// </summary>
public sealed class ProvenanceTests : IDisposable
{
    /// <summary>A made-up document: typographic quotes, an apostrophe and a dash, as real documents print them.</summary>
    private const string Document =
        "The river council met at dawn and agreed to share the northern wells with every village.\n"
        + "Its chair said: \u201CWe won\u2019t sell the water \u2014 not to anyone.\u201D\n";

    private const string Sources = """
        - id: river-notes
          title: The river council met at dawn and agreed to share the northern wells
          document: river.txt
          kind: news-article
        - id: lost-notes
          title: Lost notes
          document: lost.txt
          kind: news-article

        """;

    private const string Actors = """
        - id: river-council
          name: River Council
          kind: state
          description: The council met at dawn and agreed to share the northern wells with every village.

        """;

    private const string Claims = """
        - id: water-not-for-sale
          statement: The council will keep the water for the villages.
          positions:
            - actor: river-council
              stance: asserts
              quote: "We won't sell the water - not to anyone"
              sources: [river-notes]
            - actor: river-council
              stance: asserts
              quote: We will sell the water to anyone
              sources: [river-notes]

        """;

    private readonly string root = Directory.CreateTempSubdirectory("sahel-provenance-").FullName;

    public ProvenanceTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "documents"));
        File.WriteAllText(Path.Combine(root, "documents", "river.txt"), Document);
        Write("sources", Sources);
        Write("actors", Actors);
        Write("claims", Claims);
    }

    private string Data => Path.Combine(root, "data");

    private string Documents => Path.Combine(root, "documents");

    [Fact]
    public void The_fixture_is_valid_data_so_every_error_below_comes_from_the_documents()
    {
        var (code, output, _) = ToolProcessTests.Sahel("check", Data);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void A_missing_document_a_mangled_quote_and_a_copied_run_are_reported_at_their_lines()
    {
        var (code, output, _) = ToolProcessTests.Sahel("check", Data, "--documents", Documents);
        Assert.Equal(1, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(
            new[]
            {
                $"{Path.Combine(Data, "actors", "a.yaml")}(4,16): error SAHEL0203: 'description' repeats 7 words in a row from river-notes: '… the council met at dawn and agreed to share the northern …'. Say it in your own words; a speaker's own words belong in a quote.",
                $"{Path.Combine(Data, "claims", "a.yaml")}(10,14): error SAHEL0202: This quote is not found word for word in river-notes: 'We will sell the water to anyone'. Copy the words exactly as the document prints them (quotation marks, dashes, case and spacing may differ), or quote a shorter part that is.",
                $"{Path.Combine(Data, "sources", "a.yaml")}(7,13): error SAHEL0201: The document 'lost.txt' is not in {Documents}. Check the file name, or add the document to that folder.",
                $"sahel check: 3 errors in 3 data files against the documents in {Documents}",
            },
            lines);
    }

    [Fact]
    public void Fixed_data_passes_the_source_s_own_title_may_repeat_the_document()
    {
        var (code, output) = CheckDescription("At a dawn meeting the council opened the northern wells to all villages.");
        Assert.True(code == 0, output);
    }

    [Fact]
    public void A_copied_run_is_reported_when_only_its_accents_differ_from_the_document()
    {
        var (code, output) = CheckDescription("The cöuncil met at dawn and agréed to share the northern wells.");
        Assert.Equal(1, code);
        Assert.Contains("error SAHEL0203: 'description' repeats 7 words in a row from river-notes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Six_words_in_a_row_are_not_a_copy()
    {
        var (code, output) = CheckDescription("Its members agreed to share the northern wells, one of them said.");
        Assert.True(code == 0, output);
    }

    /// <summary>Words are compared as names are looked up: an accented, upper-case copy of an unaccented document is a copy.</summary>
    [Fact]
    public void Accents_and_case_are_folded_as_names_are()
    {
        File.WriteAllText(Path.Combine(Documents, "river.txt"), Document + "The EU blacklisted Goita and his inner circle after the coup.\n");
        var (code, output) = CheckDescription("Then the EU blacklisted Goïta and his inner circle.", quote: "WE WON\u2019T SELL THE WATER");
        Assert.Equal(1, code);
        Assert.Equal(
            $"{Path.Combine(Data, "actors", "a.yaml")}(4,16): error SAHEL0203: 'description' repeats 7 words in a row from river-notes: '… then the eu blacklisted goita and his inner circle …'. Say it in your own words; a speaker's own words belong in a quote.\n"
            + $"sahel check: 1 error in 3 data files against the documents in {Documents}\n",
            output);
    }

    /// <summary>A run of eight words with one or two of them swapped is a warning that quotes the document as printed.</summary>
    [Fact]
    public void A_near_copy_is_a_warning_that_quotes_the_document_s_passage()
    {
        var (code, output) = CheckDescription("Its chair said they won\u2019t sell the water to anyone, not even now.");
        Assert.Equal(0, code);
        Assert.Equal(
            $"{Path.Combine(Data, "actors", "a.yaml")}(4,16): warning SAHEL0204: 'description' repeats a run of 8 words from river-notes with only 1 of them changed; the document reads: 'Its chair said: \u201CWe won\u2019t sell the water'. Say it in your own words; a speaker's own words belong in a quote, exactly as printed.\n"
            + $"sahel check: no errors in 3 data files against the documents in {Documents}, 1 warning\n",
            output);

        // Six words in place between two that differ are no near copy: the run must begin and end as the document's.
        (code, output) = CheckDescription("In short, agreed to share the northern wells at once.");
        Assert.True(code == 0 && !output.Contains("SAHEL0204", StringComparison.Ordinal), output);
    }

    /// <summary>Without a folder, --documents reads SAHEL_SEEDS_DIR, the variable the tests read.</summary>
    [Fact]
    public void Documents_without_a_folder_are_the_ones_SAHEL_SEEDS_DIR_names()
    {
        var (code, output) = SahelData.Testing.Processes.Run(
            "dotnet",
            $"\"{Path.Combine(AppContext.BaseDirectory, "sahel.dll")}\" check \"{Data}\" --documents",
            root,
            new[] { ("SAHEL_SEEDS_DIR", Documents) });
        Assert.Equal(1, code);
        Assert.EndsWith($"sahel check: 3 errors in 3 data files against the documents in {Documents}\n", output);
    }

    [SeedDocumentsFact]
    public void The_curated_data_passes_against_the_documents_in_SAHEL_SEEDS_DIR()
    {
        var (code, output, error) = ToolProcessTests.Sahel("check", Path.Combine(CoverageLedgerTests.RepositoryRoot(), "data"), "--documents", SeedDocuments.Folder!);
        Assert.True(code == 0, output + error);
        // A near copy is a warning that does not stop a curator's check, but the curated data holds none: every text
        // is said in its own words (docs/curating.md), so the check ends with no warning either.
        Assert.Matches($@"^sahel check: no errors in \d+ data files against the documents in {System.Text.RegularExpressions.Regex.Escape(SeedDocuments.Folder!)}\n$", output);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>
    /// Checks against the documents a data folder whose source names a document that exists and whose claim quotes it
    /// (<paramref name="quote"/>), with the actor's description written as <paramref name="description"/>.
    /// </summary>
    private (int Code, string Output) CheckDescription(string description, string quote = "We won\u2019t sell the water")
    {
        Write("sources", Sources.Replace("document: lost.txt", "document: river.txt", StringComparison.Ordinal));
        Write("claims", Claims.Replace("We will sell the water to anyone", quote, StringComparison.Ordinal));
        Write("actors", Actors.Replace("The council met at dawn and agreed to share the northern wells with every village.", description, StringComparison.Ordinal));
        var (code, output, _) = ToolProcessTests.Sahel("check", Data, "--documents", Documents);
        return (code, output);
    }

    private void Write(string folder, string text)
    {
        Directory.CreateDirectory(Path.Combine(Data, folder));
        File.WriteAllText(Path.Combine(Data, folder, "a.yaml"), text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
