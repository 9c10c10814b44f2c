using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// The generator knows no domain: no word of SahelData's own data (an entry id, a collection folder, a model type)
/// appears in the generator, the compiler core, or the code generated for a consumer with other data (books).
/// </summary>
public sealed class DomainFreeTests
{
    /// <summary>Model type names that are also ordinary English words a compiler uses in their ordinary sense.</summary>
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "event", "events", "place", "position", "role", "figure", "qualifier", "schema", "source", "sources",
    };

    private static readonly Regex IdLine = new(@"^- id: ([a-z0-9-]+)", RegexOptions.Multiline);
    private static readonly Regex TypeDeclaration = new(@"\b(?:record|enum|class|struct)\s+(\w+)");

    public static TheoryData<string> DomainWords()
    {
        var data = Path.Combine(RepositoryRoot.Path, "data");
        var ids = Directory.EnumerateFiles(data, "*.yaml", SearchOption.AllDirectories)
            .SelectMany(f => IdLine.Matches(System.IO.File.ReadAllText(f)).Select(m => m.Groups[1].Value));
        var folders = Directory.EnumerateDirectories(data).Select(Path.GetFileName).Select(f => f!);
        var types = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", "SahelData", "Model"), "*.cs")
            .SelectMany(f => TypeDeclaration.Matches(System.IO.File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .SelectMany(t => new[] { t, t + "Id" });
        var words = new TheoryData<string>();
        foreach (var word in ids.Concat(folders).Concat(types).Where(w => !OrdinaryWords.Contains(w)).Distinct().OrderBy(w => w, StringComparer.Ordinal))
        {
            words.Add(word);
        }

        return words;
    }

    [Fact]
    public void The_word_list_holds_the_data_s_own_names()
    {
        var words = DomainWords().Select(row => row.Data).ToList();
        Assert.Contains("wagner-group", words);
        Assert.Contains("ActorId", words);
        Assert.Contains("actors", words);
        Assert.True(words.Count > 150, $"only {words.Count} words");
    }

    [Theory]
    [MemberData(nameof(DomainWords))]
    public void No_domain_word_in_the_generator_the_core_or_the_books_output(string word)
    {
        var pattern = new Regex(@"(?<![A-Za-z0-9-])" + Regex.Escape(word) + "(?![A-Za-z0-9-])", RegexOptions.IgnoreCase);
        var found = Texts.Where(t => pattern.IsMatch(t.Text)).Select(t => t.Name).ToList();
        Assert.True(found.Count == 0, $"'{word}' appears in {string.Join(", ", found)}");
    }

    /// <summary>The data's names that are also ordinary words: these may stand in prose, never in code.</summary>
    public static TheoryData<string> OrdinaryDomainWords()
    {
        var data = Path.Combine(RepositoryRoot.Path, "data");
        var folders = Directory.EnumerateDirectories(data).Select(Path.GetFileName).Select(f => f!);
        var words = new TheoryData<string>();
        foreach (var word in OrdinaryWords.Concat(folders).Where(OrdinaryWords.Contains).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(w => w, StringComparer.Ordinal))
        {
            words.Add(word);
        }

        return words;
    }

    [Theory]
    [MemberData(nameof(OrdinaryDomainWords))]
    public void An_ordinary_word_that_names_the_data_is_in_no_string_literal_of_the_generator_or_the_core(string word)
    {
        // Exempt by occurrence, not by word: "events" may stand in prose, even in generated docs, but
        // `folder == "events"` or a path "…/events/…" may not.
        var literal = Literal(word);
        var found = Texts
            .Where(t => t.Name.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(t => t.Text.Split('\n').Select((line, i) => (t.Name, Line: i + 1, Code: line.TrimStart())))
            .Where(l => !l.Code.StartsWith("//", StringComparison.Ordinal) && literal.IsMatch(l.Code))
            .Select(l => $"{l.Name}:{l.Line}")
            .ToList();
        Assert.True(found.Count == 0, $"'{word}' stands in code at {string.Join(", ", found)}");
    }

    [Fact]
    public void The_occurrence_rule_sees_a_folder_name_in_code()
    {
        var literal = Literal("events");
        Assert.Matches(literal, "if (folder == \"events\")");
        Assert.Matches(literal, "var path = \"data/events/\";");
        Assert.DoesNotMatch(literal, "writer.Line(\"/// <summary>The events of the day.</summary>\");");
    }

    /// <summary>A string literal that is the word, or a path with the word as one of its segments.</summary>
    private static Regex Literal(string word) =>
        new("\"(?:[^\"\\s]*/)?" + Regex.Escape(word) + "(?:/[^\"\\s]*)?\"", RegexOptions.IgnoreCase);

    private static readonly Lazy<List<(string Name, string Text)>> AllTexts = new(() =>
    {
        var sources = new[] { "generators", "compiler" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, d), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
            .Select(f => (Path.GetRelativePath(RepositoryRoot.Path, f), System.IO.File.ReadAllText(f)));
        var run = Run(Compilation(Fixture.Schema), integrityTests: true, File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books));
        Assert.Empty(run.GeneratorDiagnostics);
        return sources.Concat(run.Sources.Select(s => ("generated " + s.HintName, s.Text))).ToList();
    });

    private static List<(string Name, string Text)> Texts => AllTexts.Value;
}
