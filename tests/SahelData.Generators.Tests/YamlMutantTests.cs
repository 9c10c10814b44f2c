using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;
using SahelData.Generators.Tests.Infrastructure;
using SahelData.Testing;
using Xunit;

namespace SahelData.Generators.Tests;

/// <summary>
/// Mutants of the real data files, each read by the parser and by PyYAML (every scalar as text, with its
/// BaseLoader): a tab put between two words of a block text is kept, byte for byte, exactly where PyYAML keeps it; a
/// tab put into the indentation of a key, or a line of a tab put into a block text, is refused by both.
/// </summary>
public sealed class YamlMutantTests
{
    private const int MutantsPerKind = 60;

    private const string Script = """
        import json, os, sys, yaml
        result = {}
        for name in sorted(os.listdir(sys.argv[1])):
            try:
                result[name] = {"value": yaml.load(open(os.path.join(sys.argv[1], name), encoding="utf-8").read(), Loader=yaml.BaseLoader)}
            except yaml.YAMLError as error:
                result[name] = {"error": str(error)}
        print(json.dumps(result))
        """;

    private static readonly Regex BlockHeader = new(@":\s*[|>][-+]?\s*$", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_mutant_is_read_as_the_reference_reads_it_or_refused_as_it_refuses_it()
    {
        var random = new Random(20_240_729);
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "data"), "*.yaml", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            .ToList();
        var mutants = new List<(string Kind, string Text)>();
        foreach (var kind in new[] { "tab between words of a block text", "tab in a key's indentation", "line of a tab inside a block text" })
        {
            while (mutants.Count(m => m.Kind == kind) < MutantsPerKind)
            {
                var lines = (string[])files[random.Next(files.Count)].Clone();
                var blockLines = BlockTextLines(lines);
                var keyLines = Enumerable.Range(0, lines.Length).Where(i => Regex.IsMatch(lines[i], @"^  [a-z_]+:") && !blockLines.Contains(i)).ToList();
                var candidates = kind == "tab in a key's indentation" ? keyLines : blockLines.Order().ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                var at = candidates[random.Next(candidates.Count)];
                var indent = lines[at].Length - lines[at].TrimStart(' ').Length;
                switch (kind)
                {
                    case "tab between words of a block text":
                        var spaces = Enumerable.Range(indent, lines[at].Length - indent).Where(i => lines[at][i] == ' ').ToList();
                        if (spaces.Count == 0)
                        {
                            continue;
                        }

                        var space = spaces[random.Next(spaces.Count)];
                        lines[at] = lines[at][..space] + "\t" + lines[at][(space + 1)..];
                        break;
                    case "tab in a key's indentation":
                        lines[at] = "\t" + lines[at][2..];
                        break;
                    default:
                        // At most two spaces before the tab: no deeper than the key whose text it is, so in its indentation.
                        lines = lines.Take(at).Append(new string(' ', random.Next(3)) + "\t").Concat(lines.Skip(at)).ToArray();
                        break;
                }

                mutants.Add((kind, string.Join('\n', lines)));
            }
        }

        var reference = PyYamlReadings(mutants.Select(m => m.Text).ToList());
        for (var i = 0; i < mutants.Count; i++)
        {
            var (kind, text) = mutants[i];
            var parsed = YamlFileParser.Parse("/data/things/mutant.yaml", () => text, DataLimits.Default, TestContext.Current.CancellationToken);
            var expected = reference[i];
            if (expected.TryGetProperty("error", out _))
            {
                Assert.True(parsed.Diagnostics.Count == 1 && parsed.Diagnostics[0].Id == "SAHEL0001", $"{kind}, mutant {i}: PyYAML refuses it, the parser gives [{string.Join(" | ", parsed.Diagnostics)}]\n{text}");
            }
            else
            {
                Assert.True(parsed.Diagnostics.Count == 0, $"{kind}, mutant {i}: PyYAML reads it, the parser refuses it: {string.Join(" | ", parsed.Diagnostics)}");
                Assert.Equal(Canonical(expected.GetProperty("value")), ToJson(parsed.Root));
            }

            Assert.True(kind == "tab between words of a block text" ? !expected.TryGetProperty("error", out _) : expected.TryGetProperty("error", out _), $"{kind}, mutant {i}: not the mutant it was meant to be");
        }
    }

    /// <summary>The lines of block texts: below a key ending in '|' or '>', indented deeper than the key.</summary>
    private static HashSet<int> BlockTextLines(string[] lines)
    {
        var found = new HashSet<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!BlockHeader.IsMatch(lines[i]))
            {
                continue;
            }

            var keyIndent = lines[i].Length - lines[i].TrimStart(' ', '-').Length;
            for (var j = i + 1; j < lines.Length && lines[j].Trim().Length > 0 && lines[j].Length - lines[j].TrimStart(' ').Length > keyIndent; j++)
            {
                found.Add(j);
            }
        }

        return found;
    }

    private static List<JsonElement> PyYamlReadings(List<string> texts)
    {
        var folder = Directory.CreateTempSubdirectory("sahel-mutants-").FullName;
        try
        {
            var inputs = Path.Combine(folder, "mutants");
            Directory.CreateDirectory(inputs);
            for (var i = 0; i < texts.Count; i++)
            {
                File.WriteAllText(Path.Combine(inputs, $"{i:D4}.yaml"), texts[i], new System.Text.UTF8Encoding(false));
            }

            PyYaml.EnsureInstalled();
            File.WriteAllText(Path.Combine(folder, "read.py"), Script);
            var (code, output) = Processes.Run("python3", $"\"{Path.Combine(folder, "read.py")}\" \"{inputs}\"", folder, TimeSpan.FromMinutes(2));
            Assert.True(code == 0, output);
            using var json = JsonDocument.Parse(output);
            return Enumerable.Range(0, texts.Count).Select(i => json.RootElement.GetProperty($"{i:D4}.yaml").Clone()).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The parsed tree as PyYAML's BaseLoader gives it, in JSON: every scalar as its text.</summary>
    private static string ToJson(YamlNode? root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, root);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return Canonical(document.RootElement);
    }

    /// <summary>One spelling of a JSON value whoever wrote it: strings by their text, members in their order.</summary>
    private static string Canonical(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => JsonSerializer.Serialize(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.String => JsonSerializer.Serialize(element.GetString()),
        _ => element.GetRawText(),
    };

    private static void Write(Utf8JsonWriter writer, YamlNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteStringValue(string.Empty);
                break;
            case { Kind: YamlNodeKind.Sequence }:
                writer.WriteStartArray();
                foreach (var item in node.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case { Kind: YamlNodeKind.Mapping }:
                writer.WriteStartObject();
                foreach (var pair in node.Pairs)
                {
                    writer.WritePropertyName(pair.Key.Value!);
                    Write(writer, pair.Value);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(node.Value);
                break;
        }
    }
}
