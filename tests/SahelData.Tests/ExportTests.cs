using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SahelData.Cli;
using SahelData.Cli.Exports;
using SahelData.Model;
using SahelData.Testing;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace SahelData.Tests;

/// <summary>Each export is read back with an independent parser and compared with the compiled data: nothing lost, nothing invented.</summary>
public sealed class ExportTests
{
    [Fact]
    public void Json_holds_every_collection_exactly_as_compiled()
    {
        using var document = JsonDocument.Parse(Export(Exporters.Json));
        var collections = document.RootElement.EnumerateObject().Select(c => (c.Name, (YamlSequenceNode)ToYaml(c.Value))).ToList();
        Assert.Equal(Catalog.Collections.Select(c => c.Folder), collections.Select(c => c.Name));
        Assert.Empty(YamlRoundTrip.Differences(collections, typeof(Actor).Assembly, "SahelData.Model"));
    }

    [Fact]
    public void Json_is_valid_against_the_json_schemas_of_the_data_files()
    {
        using var document = JsonDocument.Parse(Export(Exporters.Json));
        foreach (var collection in Catalog.Collections)
        {
            using var schema = JsonDocument.Parse(collection.JsonSchema);
            Assert.Empty(new JsonSchemaSubset(schema.RootElement).Validate(document.RootElement.GetProperty(collection.Folder)));
        }
    }

    [Fact]
    public void The_schema_validator_rejects_what_the_schemas_forbid()
    {
        using var schema = JsonDocument.Parse(Actors.JsonSchema);
        using var bad = JsonDocument.Parse("""[{ "id": "Bad Id", "name": "X", "kind": "wizard", "nickname": "x" }, { "name": "no id", "kind": "state" }]""");
        var errors = new JsonSchemaSubset(schema.RootElement).Validate(bad.RootElement);
        Assert.Contains(errors, e => e.Contains("does not match"));
        Assert.Contains(errors, e => e.Contains("'wizard' is not an allowed value"));
        Assert.Contains(errors, e => e.Contains("'nickname' is not allowed"));
        Assert.Contains(errors, e => e.Contains("'id' is required"));
    }

    [Fact]
    public void Json_lines_hold_one_entry_per_line_and_every_entry()
    {
        var lines = Export(Exporters.JsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Catalog.Collections.Sum(c => c.Count), lines.Length);
        var collections = lines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .GroupBy(line => line.GetProperty("collection").GetString()!)
            .Select(group => (group.Key, new YamlSequenceNode(group.Select(line => ToYaml(line.GetProperty("entry"))))))
            .ToList();
        Assert.Empty(YamlRoundTrip.Differences(collections, typeof(Actor).Assembly, "SahelData.Model"));
    }

    [Fact]
    public void Csv_has_one_quoted_row_per_event_in_acled_columns_with_every_participant()
    {
        var text = Export(Exporters.Csv);
        Assert.False(text.StartsWith('\uFEFF'), "UTF-8 without a byte-order mark");
        var rows = ReadCsv(text);
        Assert.Equal(Exporters.CsvColumns, rows[0]);
        Assert.Equal(Events.Count, rows.Count - 1);
        foreach (var (row, e) in rows.Skip(1).Zip(Events.All))
        {
            Assert.Equal(Exporters.CsvColumns.Length, row.Length);
            var field = Exporters.CsvColumns.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => row[c.i]);
            Assert.Equal(e.Id.Value, field["event_id"]);
            Assert.StartsWith(e.Date.ToString(), field["event_date"]);
            Assert.Equal(e.Date.Precision.ToString().ToLowerInvariant(), field["date_precision"]);
            var named = new[] { field["actor1"], field["actor2"] }.Concat(field["assoc_actor"].Split("; ")).Where(n => n.Length > 0).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(e.Participants.Select(p => p.Actor.Resolve().Name).Distinct().OrderBy(n => n, StringComparer.Ordinal), named);
            Assert.Equal(e.Fatalities.IsEmpty ? string.Empty : e.Fatalities.Sum(f => f.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), field["fatalities"]);
            Assert.Equal(string.Join("; ", e.Sources), field["sources"]);
            Assert.Equal(e.Place?.Resolve().Name ?? string.Empty, field["location"]);
        }

        var ambush = rows.Single(r => r[0] == "tinzaouaten-ambush");
        Assert.Equal(("131", "Mali", "Tinzaouaten"), (ambush[9], ambush[8], ambush[7]));
    }

    [Fact]
    public void GraphML_holds_actors_events_claims_and_typed_participation_and_stance_edges()
    {
        var graphml = XDocument.Parse(Export(Exporters.GraphMl));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = graphml.Root!.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.type")!));
        Assert.Equal(("edge", "int"), keys["weight"]);
        var nodes = graphml.Descendants(ns + "node").ToList();
        var edges = graphml.Descendants(ns + "edge").ToList();
        Assert.Equal(Actors.Count + Events.Count + Claims.Count, nodes.Count);
        Assert.Equal(Events.All.Sum(e => e.Participants.Length) + Claims.All.Sum(c => c.Positions.Count(p => p.Actor is not null)), edges.Count);
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        Assert.All(graphml.Descendants(ns + "data"), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!)));
        var wagner = nodes.Single(n => (string)n.Attribute("id")! == "actor:wagner-group");
        Assert.Equal("russia", wagner.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "country").Value);
        Assert.Contains(edges, e => (string)e.Attribute("source")! == "actor:andriy-yusov" && (string)e.Attribute("target")! == "claim:ukraine-supplied-intelligence"
            && e.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "stance" && d.Value == "implies"));
    }

    [Fact]
    public void Export_command_writes_a_file_or_the_standard_output()
    {
        var file = Path.Combine(Path.GetTempPath(), "sahel-export-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            Assert.Equal(0, CliTests.Run("export", "json", "-o", file).Code);
            Assert.Equal(Export(Exporters.Json), File.ReadAllText(file));
            var (code, output, _) = CliTests.Run("export", "jsonl");
            Assert.Equal(0, code);
            Assert.Equal(Export(Exporters.JsonLines), output);
            Assert.Equal(1, CliTests.Run("export", "xlsx").Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Export(Action<Stream> export)
    {
        using var stream = new MemoryStream();
        export(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static YamlNode ToYaml(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new YamlMappingNode(element.EnumerateObject().Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Name), ToYaml(p.Value)))),
        JsonValueKind.Array => new YamlSequenceNode(element.EnumerateArray().Select(ToYaml)),
        JsonValueKind.String => new YamlScalarNode(element.GetString()),
        JsonValueKind.True => new YamlScalarNode("true"),
        JsonValueKind.False => new YamlScalarNode("false"),
        _ => new YamlScalarNode(element.GetRawText()),
    };

    /// <summary>An RFC 4180 reader written for this test, independent of the writer.</summary>
    private static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "an unterminated quoted field");
        Assert.Empty(row);
        return rows;
    }
}
