using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// Every data file comes from a pull request. Each hostile file here must end in exactly the expected located
/// diagnostics (or none), never in a crash, a hang, a stack overflow or a silently dropped value.
/// </summary>
public sealed class HostileInputTests
{
    private const string Valid = "- id: x\n  name: X\n";

    /// <summary>Name, file bytes, and the diagnostics expected, each as <c>ID(line,col)</c>.</summary>
    public static TheoryData<string, byte[], string[]> Corpus => new()
    {
        { "empty file", Utf8(""), Array.Empty<string>() },
        { "comments only", Utf8("# nothing yet\n"), Array.Empty<string>() },
        { "empty list", Utf8("[]\n"), Array.Empty<string>() },
        { "byte-order mark and CRLF", Bytes(0xEF, 0xBB, 0xBF).Concat(Utf8("- id: x\r\n  name: X\r\n  nmae: Y\r\n")).ToArray(), new[] { "SAHEL0003(3,3)" } },
        { "CR only line ends", Utf8("- id: x\r  name: X\r  nmae: Y\r"), new[] { "SAHEL0003(3,3)" } },
        { "tab indentation", Utf8("- id: x\n\tname: X\n"), new[] { "SAHEL0001(2,1)" } },
        { "unclosed quote", Utf8("- id: x\n  name: \"X\n"), new[] { "SAHEL0001(2,9)" } },
        { "unclosed bracket", Utf8("- id: x\n  aliases: [a, b\n  name: X\n"), new[] { "SAHEL0001(2,12)" } },
        { "scalar root", Utf8("just words\n"), new[] { "SAHEL0002(1,1)" } },
        { "mapping root", Utf8("id: x\nname: X\n"), new[] { "SAHEL0002(1,1)" } },
        { "null entry", Utf8("-\n" + Valid), new[] { "SAHEL0002(1,2)" } },
        { "duplicate key", Utf8(Valid + "  name: Y\n"), new[] { "SAHEL0012(3,3)" } },
        { "duplicate id key", Utf8("- id: x\n  id: y\n  name: X\n"), new[] { "SAHEL0012(2,3)" } },
        { "two documents", Utf8(Valid + "---\n- id: y\n  name: Y\n"), new[] { "SAHEL0011(3,1)" } },
        { "explicit document markers", Utf8("---\n" + Valid + "...\n"), Array.Empty<string>() },
        { "custom tag", Utf8("- id: x\n  name: !shell rm -rf\n"), new[] { "SAHEL0011(2,9)" } },
        { "standard tag", Utf8("- id: x\n  name: !!str 12\n"), new[] { "SAHEL0011(2,9)" } },
        { "anchor", Utf8("- id: x\n  name: &n X\n"), new[] { "SAHEL0011(2,9)" } },
        { "alias bomb", Utf8(AliasBomb()), new[] { "SAHEL0005(4,16)", "SAHEL0011(3,12)" }.Concat(Enumerable.Range(0, 10).Select(i => $"SAHEL0011(4,{16 + (4 * i)})")).ToArray() },
        { "merge key", Utf8("- id: x\n  name: X\n  <<: {born: 1900}\n"), new[] { "SAHEL0011(3,3)" } },
        { "complex key", Utf8("- id: x\n  name: X\n  ? [a, b]\n  : c\n"), new[] { "SAHEL0011(3,5)" } },
        { "deep flow nesting", Utf8("- id: x\n  name: " + new string('[', 100_000) + "\n"), new[] { "SAHEL0011(2,41)" } },
        { "deep block nesting", Utf8("- id: x\n  name: X\n  aliases:\n" + string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 4 + (2 * i)) + "-\n"))), new[] { "SAHEL0011(34,65)" } },
        { "megabyte scalar", Utf8("- id: x\n  name: \"" + new string('a', 1 << 20) + "\"\n"), new[] { "SAHEL0021(2,1)" } },
        { "text over the length limit", Utf8("- id: x\n  name: \"" + new string('a', 100_000) + "\"\n"), new[] { "SAHEL0020(2,9)" } },
        { "colon inside a value", Utf8("- id: x\n  name: Mali: the break\n"), new[] { "SAHEL0001(2,13)" } },
        { "malformed directive before entries", Utf8("%YAML 1.2 foo\n---\n" + Valid), new[] { "SAHEL0001(1,1)" } },
        { "tab-only blank line", Utf8("- id: x\n\t\n  name: X\n"), Array.Empty<string>() },
        { "latin-1 bytes", Utf8("- id: x\n  name: caf").Concat(Bytes(0xE9)).Concat(Utf8("\n")).ToArray(), new[] { "SAHEL0015(2,12)" } },
        { "UTF-16 without a byte-order mark", System.Text.Encoding.Unicode.GetBytes(Valid), new[] { "SAHEL0022(1,1)" } },
        { "tab-only line inside a literal text", Utf8("- id: x\n  name: X\n  description: |\n    a\n\t\n    b\n"), new[] { "SAHEL0001(5,1)" } },
        { "tab before a compact mapping", Utf8("- id: x\n  name: X\n- \tid: y\n  name: Y\n"), new[] { "SAHEL0001(3,3)" } },
        { "bare second document after '...'", Utf8(Valid + "...\n- id: y\n  name: Y\n"), new[] { "SAHEL0011(4,1)" } },
        { "line separator in a plain text", Utf8("- id: x\n  name: a\u2028b\n"), new[] { "SAHEL0015(2,10)" } },
        { "raw NUL", Utf8("- id: x\n  name: a\0b\n"), new[] { "SAHEL0015(2,10)" } },
        { "escaped lone surrogate", Utf8("- id: x\n  name: \"\\uDC00\"\n"), new[] { "SAHEL0001(2,9)" } },
        { "id is a C# keyword", Utf8("- id: class\n  name: X\n"), Array.Empty<string>() },
        { "id starts with a digit", Utf8("- id: 1984\n  name: X\n"), new[] { "SAHEL0008(1,7)" } },
        { "id in upper case", Utf8("- id: Mali\n  name: X\n"), new[] { "SAHEL0008(1,7)" } },
        { "id with non-ASCII", Utf8("- id: goïta\n  name: X\n"), new[] { "SAHEL0008(1,7)" } },
        { "ids that collide as C# names", Utf8("- id: a-1\n  name: X\n- id: a1\n  name: Y\n"), new[] { "SAHEL0016(3,7)" } },
        { "id named like a member", Utf8("- id: find\n  name: X\n"), new[] { "SAHEL0016(1,7)" } },
        { "part of itself", Utf8("- id: x\n  name: X\n  mentored_by: x\n"), new[] { "SAHEL0014(3,16)" } },
        { "reference to the wrong collection", Utf8("- id: x\n  name: X\n  mentored_by: things-fall-apart\n"), new[] { "SAHEL0010(3,16)" } },
        { "list where text is expected", Utf8("- id: x\n  name: [a, b]\n"), new[] { "SAHEL0005(2,9)" } },
        { "number too large", Utf8("- id: x\n  name: X\n  born: 99999\n"), new[] { "SAHEL0007(3,9)" } },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Hostile_file_ends_in_exactly_the_expected_diagnostics(string name, byte[] file, string[] expected)
    {
        var text = SourceText.From(file, file.Length);
        var run = Run(Fixture.Schema, new InMemoryAdditionalText($"{Fixture.DataRoot}/authors/hostile.yaml", text), File("books/books.yaml", "[]"));
        var actual = run.GeneratorDiagnostics
            .Select(d => $"{d.Id}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})")
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{name}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]: {string.Join(" | ", run.GeneratorDiagnostics)}");
        Assert.All(run.GeneratorDiagnostics, d => Assert.EndsWith("hostile.yaml", d.Location.GetLineSpan().Path));
        AssertNoCrash(run);
        Assert.Empty(run.CompilationProblems.Where(d => !d.Id.StartsWith("SAHEL", StringComparison.Ordinal)));
    }

    /// <summary>Files of another collection, or in no collection folder: relative path, file text, expected diagnostics.</summary>
    public static TheoryData<string, string, string[]> ElsewhereCorpus => new()
    {
        { "books/hostile.yaml", "- id: b\n  title: B\n  genre: poem\n  authors: []\n  published: 1958\n", new[] { "SAHEL0006(3,10)" } },
        { "books/hostile.yaml", "- id: b\n  title: B\n  genre: novel\n  authors: []\n  published: 1958\n  pages: 99999999999\n", new[] { "SAHEL0017(6,10)" } },
        { "books/hostile.yaml", "- id: b\n  genre: novel\n  authors: []\n  published: 1958\n", new[] { "SAHEL0004(1,3)" } },
        { "books/hostile.yaml", "- id: b\n  title: B\n  genre: novel\n  authors: []\n  published: 1958\n- id: b\n  title: C\n  genre: novel\n  authors: []\n  published: 1958\n", new[] { "SAHEL0009(6,7)" } },
        { "magazines/hostile.yaml", "- id: m\n", new[] { "SAHEL0013(1,1)" } },
        { "authors/hostile.yaml.txt", "- id: m\n", new[] { "SAHEL0023(1,1)" } },
    };

    [Theory]
    [MemberData(nameof(ElsewhereCorpus))]
    public void Hostile_file_elsewhere_ends_in_exactly_the_expected_diagnostics(string path, string yaml, string[] expected)
    {
        var run = Run(Fixture.Schema, File(path, yaml), File("authors/authors.yaml", Fixture.Authors));
        var actual = run.GeneratorDiagnostics
            .Select(d => $"{d.Id}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})")
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{path}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        AssertNoCrash(run);
    }

    [Fact]
    public void The_corpus_covers_every_data_diagnostic()
    {
        var covered = Corpus.Select(row => row.Data.Item3).Concat(ElsewhereCorpus.Select(row => row.Data.Item3))
            .SelectMany(ids => ids).Select(id => id[..9]).ToHashSet();
        var dataIds = SahelData.Compiler.Diagnostics.DiagnosticCatalog.All
            .Where(d => d.Category == SahelData.Compiler.Diagnostics.DiagnosticCatalog.DataCategory)
            .Select(d => d.Id)
            .ToList();
        Assert.True(dataIds.Count >= 17, $"the catalog lists only {dataIds.Count} data diagnostics");
        Assert.All(dataIds, id => Assert.Contains(id, covered));
    }

    /// <summary>A generator that throws shows as CS8785 among the driver's diagnostics and as the run's exception, never in the output compilation.</summary>
    private static void AssertNoCrash(GeneratorRun run)
    {
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "SAHEL9999");
        Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
    }

    private static string AliasBomb() =>
        "- id: x\n  name: X\n  aliases: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n  description: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Bytes(params byte[] bytes) => bytes;
}
