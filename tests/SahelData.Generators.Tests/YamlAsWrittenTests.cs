using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;
using SahelData.Generators.Tests.Infrastructure;
using SahelData.Testing;
using Xunit;

namespace SahelData.Generators.Tests;

/// <summary>
/// YAML inside data files is read exactly as YAML 1.2 says: each text below is kept byte for byte, or refused at
/// the place of the problem, and PyYAML (a reader no one here wrote) reads each one the same way. The cases are
/// where the two reference readers (PyYAML and eemeli/yaml) agree; tabs in block scalars follow YAML 1.2.2 §8.1,
/// tabs before a compact collection §8.2.1.
/// </summary>
public sealed class YamlAsWrittenTests
{
    /// <summary>Name, file, the text of the entry's <c>name</c> as it must be read.</summary>
    public static TheoryData<string, string, string> Kept => new()
    {
        { "tab inside a literal text", "- id: x\n  name: |\n    a\tb\n    c\n", "a\tb\nc\n" },
        { "tab inside a folded text", "- id: x\n  name: >\n    a\tb\n    c\n", "a\tb c\n" },
        { "line of a tab after the text's indentation", "- id: x\n  name: |\n    a\n    \t\n    c\n", "a\n\t\nc\n" },
        { "space and tab beyond the indentation", "- id: x\n  name: |\n    a\n     \tz\n", "a\n \tz\n" },
        { "tab after an explicit indentation", "- id: x\n  name: |2\n    \ta\n", "\ta\n" },
        { "'%' at the start of a text line", "- id: x\n  name: |\n    %YAML 1.2\n    %d of them\n", "%YAML 1.2\n%d of them\n" },
        { "quotes, brackets and '#' inside a text", "- id: x\n  name: |\n    \"he said\n    " + new string('[', 40) + " # not a comment\n", "\"he said\n" + new string('[', 40) + " # not a comment\n" },
        { "tab inside a quoted text", "- id: x\n  name: \"a\tb\"\n", "a\tb" },
        { "escaped next-line, line and paragraph separators", "- id: x\n  name: \"a\\Nb\\Lc\\Pd\"\n", "a\u0085b\u2028c\u2029d" },
    };

    /// <summary>Name, file, the one diagnostic expected as <c>ID(line,col)</c>.</summary>
    public static TheoryData<string, string, string> Refused => new()
    {
        { "line of a tab inside a literal text", "- id: x\n  name: |\n    a\n\t\n    c\n", "SAHEL0001(4,1)" },
        { "spaces then a tab inside a literal text", "- id: x\n  name: |\n    a\n  \t\n    c\n", "SAHEL0001(4,3)" },
        { "line of a tab inside a folded text", "- id: x\n  name: >\n    a\n\t\n    c\n", "SAHEL0001(4,1)" },
        { "line of a tab ending a literal text", "- id: x\n  name: |\n    a\n\t\n", "SAHEL0001(4,1)" },
        { "text indented with a tab", "- id: x\n  name: |\n\ta\n", "SAHEL0001(3,1)" },
        { "tab between '- ' and a key", "- \tid: x\n  name: X\n", "SAHEL0001(1,3)" },
        { "tab right after '-' before a key", "-\tid: x\n  name: X\n", "SAHEL0001(1,2)" },
        { "tab between '- ' and a nested '-'", "- id: x\n  name: X\n  aliases:\n  - \t- a\n", "SAHEL0001(4,5)" },
        { "key indented with a tab", "- id: x\n\tname: X\n", "SAHEL0001(2,1)" },
    };

    [Theory]
    [MemberData(nameof(Kept))]
    public void Kept_byte_for_byte_as_the_reference_reads_it(string name, string yaml, string expected)
    {
        var parsed = Parse(yaml);
        Assert.True(parsed.Diagnostics.Count == 0, $"{name}: {string.Join(" | ", parsed.Diagnostics)}");
        Assert.Equal(expected, NameOf(parsed));

        var (documents, error) = PyYaml.Read(yaml, RepositoryRoot.Path);
        Assert.True(error is null, $"{name}: PyYAML refuses it: {error}");
        Assert.Equal(expected, documents!.Value[0][0].GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_at_the_place_where_the_reference_refuses_it_too(string name, string yaml, string expected)
    {
        var parsed = Parse(yaml);
        Assert.Equal(new[] { expected }, parsed.Diagnostics.Select(Located));
        Assert.Contains("tab", parsed.Diagnostics[0].Message, StringComparison.Ordinal);

        var (_, error) = PyYaml.Read(yaml, RepositoryRoot.Path);
        Assert.True(error is not null, $"{name}: PyYAML reads it");
    }

    /// <summary>
    /// Valid YAML 1.2 that YamlDotNet reads otherwise (as YAML 1.1 does): refused with a message that says so and how
    /// to write the same text, never read into something else.
    /// </summary>
    [Theory]
    [InlineData("- id: x\n  name: a\u0085b\n", "SAHEL0015(2,10)", "\\N")]
    [InlineData("- id: x\n  name: \"a\u2028b\"\n", "SAHEL0015(2,11)", "\\L")]
    [InlineData("- id: x\n  name: |\n    a\u2029b\n", "SAHEL0015(3,6)", "\\P")]
    [InlineData("- id: x\n  name: X\n...\n- id: y\n  name: Y\n", "SAHEL0011(4,1)", "'...'")]
    public void Valid_yaml_this_reader_cannot_keep_is_refused_with_the_truth(string yaml, string expected, string advice)
    {
        var parsed = Parse(yaml);
        Assert.Equal(new[] { expected }, parsed.Diagnostics.Select(Located));
        Assert.Contains(advice, parsed.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'-', 0, (byte)' ', 0, (byte)'a', 0 }, "UTF-16 (little-endian)")]
    [InlineData(new byte[] { (byte)'-', 0, (byte)' ', 0, (byte)'a', 0 }, "UTF-16 (little-endian)")]
    [InlineData(new byte[] { 0, (byte)'-', 0, (byte)' ', 0, (byte)'a' }, "UTF-16 (big-endian)")]
    [InlineData(new byte[] { (byte)'-', 0, 0, 0, (byte)' ', 0, 0, 0 }, "UTF-32 (little-endian)")]
    [InlineData(new byte[] { 0, 0, 0, (byte)'-', 0, 0, 0, (byte)' ' }, "UTF-32 (big-endian)")]
    public void A_file_read_in_the_wrong_encoding_is_named_by_its_encoding(byte[] bytes, string encoding)
    {
        // As the compiler reads an additional file without a byte-order mark it knows: as UTF-8.
        var parsed = Parse(new System.Text.UTF8Encoding(false).GetString(bytes));
        var problem = Assert.Single(parsed.Diagnostics);
        Assert.Equal("SAHEL0022", problem.Id);
        Assert.Contains(encoding, problem.Message, StringComparison.Ordinal);
        Assert.Contains("Save it again as UTF-8", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A key written twice in one group is refused at the second, naming the line of the first, in a short group (its
    /// keys searched one by one) as in a long one (searched through a dictionary built past 16 keys).
    /// </summary>
    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_key_written_twice_is_refused_at_the_second_naming_the_first(int keys)
    {
        var group = string.Concat(Enumerable.Range(0, keys).Select(k => $"    k{k}: {k}\n"));
        var parsed = Parse("- id: x\n  name: X\n  extra:\n" + group + "    k1: again\n");
        Assert.Equal(new[] { $"SAHEL0012({4 + keys},5)" }, parsed.Diagnostics.Select(Located));
        Assert.Contains("first at line 5", parsed.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A parsed tree keeps where each node stands as offsets and makes a location only when one is asked for: a location
    /// object per node was a third of a file's parse. What it makes must still point at the node's own text.
    /// </summary>
    [Fact]
    public void A_parsed_tree_holds_offsets_and_each_location_made_from_them_points_at_the_nodes_text()
    {
        foreach (var type in new[] { typeof(YamlNode), typeof(YamlPair), typeof(YamlSpan) })
        {
            Assert.DoesNotContain(
                type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic),
                field => field.FieldType == typeof(LocationInfo));
        }

        var yaml = "\uFEFF- id: first-entry\r\n  name: Goïta\r\n  aliases: [A b, C]\n- id: second\n  notes: |\n    one\n    two\n  name: Bah N’Daw\n";
        var plain = 0;
        void Check(YamlNode node)
        {
            var at = node.Location;
            Assert.Equal("/data/authors/file.yaml", at.FilePath);
            var before = yaml.Substring(0, at.Start);
            var lineStart = before.LastIndexOf('\n') + 1;
            Assert.Equal(before.Count(c => c == '\n'), at.StartLine);
            Assert.Equal(at.Start - lineStart, at.StartColumn);
            if (node.Kind == YamlNodeKind.Scalar && node.IsPlain)
            {
                plain++;
                Assert.Equal(node.Value, yaml.Substring(at.Start, at.Length));
            }

            foreach (var item in node.Items)
            {
                Check(item);
            }

            foreach (var pair in node.Pairs)
            {
                Check(pair.Key);
                Check(pair.Value);
            }
        }

        var parsed = Parse(yaml);
        Assert.Empty(parsed.Diagnostics);
        Check(parsed.Root!);
        Assert.True(plain >= 12, $"only {plain} plain scalars were checked");
    }

    /// <summary>
    /// Two parses are equal when everything they say is, locations included: the nodes' spans compare offsets, and the
    /// file's line map, which the spans share, is compared once.
    /// </summary>
    [Fact]
    public void Parses_are_equal_when_their_values_and_every_line_and_column_are()
    {
        const string yaml = "# a\n# b\n- id: x\n  name: X\n";
        Assert.Equal(Parse(yaml), Parse(yaml));

        // The same values at the same offsets, one line earlier: every location differs, so the parses must.
        var moved = Parse("# a # b\n- id: x\n  name: X\n");
        Assert.Equal(Parse(yaml).Root!.Items[0].Span.Start, moved.Root!.Items[0].Span.Start);
        Assert.NotEqual(Parse(yaml).Root!.Items[0].Location.StartLine, moved.Root!.Items[0].Location.StartLine);
        Assert.NotEqual(Parse(yaml), moved);
    }

    private static ParsedFile Parse(string yaml) =>
        YamlFileParser.Parse("/data/authors/file.yaml", () => yaml, DataLimits.Default, TestContext.Current.CancellationToken);

    private static string? NameOf(ParsedFile parsed) =>
        parsed.Root!.Items[0].Pairs.Single(p => p.Key.Value == "name").Value.Value;

    private static string Located(DiagnosticInfo d) => $"{d.Id}({d.Location!.Line},{d.Location.Column})";
}
