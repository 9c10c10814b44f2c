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
    public void Csv_has_one_row_per_event_in_acled_columns_each_documented()
    {
        var text = Export(Exporters.Csv);
        Assert.False(text.StartsWith('\uFEFF'), "UTF-8 without a byte-order mark");
        var rows = ReadCsv(text);
        Assert.Equal(Exporters.CsvColumns, rows[0]);
        Assert.Equal(Events.Count, rows.Count - 1);
        var documentation = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "exports.md"));
        Assert.All(rows[0], column => Assert.Contains($"| `{column}` |", documentation));
        foreach (var (row, e) in rows.Skip(1).Zip(Events.All))
        {
            Assert.Equal(rows[0].Length, row.Length);
            var field = Fields(rows[0], row);
            Assert.Equal(e.Id.Value, field["event_id_cnty"]);
            Assert.Equal(e.Date.ToString(), field["event_date"]);
            Assert.Equal(e.EndDate?.ToString() ?? string.Empty, field["end_date"]);
            Assert.Equal(e.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), field["year"]);
            Assert.Equal(e.Date.Precision == DatePrecision.Day ? "1" : "3", field["time_precision"]);
            Assert.Equal(e.Date.Precision.ToString().ToLowerInvariant(), field["date_precision"]);
            Assert.Contains(field["event_type"], new[] { "Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests", "Strategic developments" });
            Assert.Equal(e.Title, field["title"]);
            Assert.Equal(string.Join("; ", e.Sources), field["source"]);
            Assert.Equal(e.Place?.Resolve().Name ?? string.Empty, field["location"]);
            Assert.Equal(e.Place?.Resolve().Country?.Resolve().Name ?? string.Empty, field["country"]);
            Assert.All(e.ReportedDates, r => Assert.Contains(r.Date.ToString(), field["reported_dates"]));
        }
    }

    [Fact]
    public void Csv_puts_each_participant_on_one_side_by_role_and_never_mixes_sides()
    {
        var rows = ReadCsv(Export(Exporters.Csv));
        foreach (var (row, e) in rows.Skip(1).Zip(Events.All))
        {
            var field = Fields(rows[0], row);
            static List<string> Names(string text) => text.Length == 0 ? [] : text.Split("; ").ToList();
            var one = Names(field["actor1"]).Concat(Names(field["assoc_actor_1"])).ToList();
            var two = Names(field["actor2"]).Concat(Names(field["assoc_actor_2"])).ToList();
            var others = Names(field["other_actors"]);
            Assert.True(field["assoc_actor_1"].Length == 0 || field["actor1"].Length > 0, e.Id.Value);
            Assert.True(field["assoc_actor_2"].Length == 0 || field["actor2"].Length > 0, e.Id.Value);
            foreach (var p in e.Participants)
            {
                var name = p.Actor.Resolve().Name;
                var onOne = one.Contains(name);
                var onTwo = two.Contains(name);
                var other = others.Contains($"{name} ({Naming(p.Role)})");
                Assert.True(onOne || onTwo || others.Any(o => o.StartsWith(name + " (", StringComparison.Ordinal)), $"{e.Id}: {name} is missing");
                if (p.Role is ParticipantRole.Attacker or ParticipantRole.Initiator)
                {
                    Assert.True(onOne && !onTwo, $"{e.Id}: the {p.Role} {name} is on side 1 only");
                }

                if (p.Role is ParticipantRole.Target or ParticipantRole.Recipient && !e.Participants.Any(q => q.Actor == p.Actor && q.Role is ParticipantRole.Attacker or ParticipantRole.Initiator))
                {
                    Assert.True(onTwo && !onOne, $"{e.Id}: the {p.Role} {name} is on side 2 only");
                }

                if (p.Role is ParticipantRole.Reporter && e.Participants.Count(q => q.Actor == p.Actor) == 1)
                {
                    Assert.True(other && !onOne && !onTwo, $"{e.Id}: the reporter {name} takes no side");
                }
            }

            Assert.Equal(e.Participants.Select(p => p.Actor).Distinct().Count(), one.Count + two.Count + others.Count);
        }

        var ambush = Fields(rows[0], rows.Single(r => r[0] == "tinzaouaten-ambush"));
        Assert.Contains("Wagner Group", ambush["actor2"] + "; " + ambush["assoc_actor_2"]);
        Assert.DoesNotContain("Wagner Group", ambush["actor1"] + "; " + ambush["assoc_actor_1"]);
    }

    [Fact]
    public void Csv_fatalities_keep_their_qualifier_and_are_never_added_up()
    {
        var rows = ReadCsv(Export(Exporters.Csv));
        var any = false;
        foreach (var (row, e) in rows.Skip(1).Zip(Events.All))
        {
            var field = Fields(rows[0], row);
            var figures = field["fatality_figures"].Length == 0 ? [] : field["fatality_figures"].Split("; ");
            Assert.Equal(e.Fatalities.Length, figures.Length);
            foreach (var (figure, text) in e.Fatalities.Zip(figures))
            {
                Assert.StartsWith($"{Naming(figure.Qualifier)} {figure.Count} ", text + " ");
                Assert.All(figure.Sources, s => Assert.Contains(s.Value, text));
            }

            if (e.Fatalities.Length == 1)
            {
                Assert.Equal((e.Fatalities[0].Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Naming(e.Fatalities[0].Qualifier)), (field["fatalities"], field["fatalities_qualifier"]));
            }
            else
            {
                Assert.Equal((string.Empty, string.Empty), (field["fatalities"], field["fatalities_qualifier"]));
            }

            if (e.Fatalities.Length > 1)
            {
                any = true;
                var sum = e.Fatalities.Sum(f => f.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.DoesNotContain(row, f => f == sum || f.Contains(" " + sum + " ", StringComparison.Ordinal));
            }
        }

        Assert.True(any, "an event with several figures exists, so the no-sum rule is exercised");
    }

    [Fact]
    public void GraphML_holds_actors_events_claims_places_and_typed_edges()
    {
        var graphml = XDocument.Parse(Export(Exporters.GraphMl));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = graphml.Root!.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.type")!));
        Assert.Equal(("edge", "int"), keys["weight"]);
        var nodes = graphml.Descendants(ns + "node").ToList();
        var edges = graphml.Descendants(ns + "edge").ToList();
        Assert.Equal(Actors.Count + Events.Count + Claims.Count + Places.Count, nodes.Count);
        string Relation(XElement edge) => edge.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "relation").Value;
        var byRelation = edges.GroupBy(Relation).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(Events.All.Sum(e => e.Participants.Length), byRelation["participates"].Count);
        Assert.Equal(Claims.All.Sum(c => c.Positions.Count(p => p.Actor is not null)), byRelation["holds"].Count);
        Assert.Equal(Claims.All.Sum(c => c.About.Length), byRelation["about"].Count);
        Assert.Equal(Events.All.Count(e => e.Place is not null), byRelation["at"].Count);
        Assert.Equal(Events.All.Sum(e => e.CausedBy.Length), byRelation.GetValueOrDefault("caused_by")?.Count ?? 0);
        Assert.Equal(Places.All.Count(p => p.Within is not null), byRelation.GetValueOrDefault("within")?.Count ?? 0);
        Assert.Equal(edges.Count, byRelation.Values.Sum(v => v.Count));

        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        Assert.All(graphml.Descendants(ns + "data"), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!)));
        Assert.All(byRelation["about"], e => Assert.StartsWith("claim:", (string)e.Attribute("source")!));
        Assert.All(byRelation["at"], e => Assert.StartsWith("place:", (string)e.Attribute("target")!));
        var wagner = nodes.Single(n => (string)n.Attribute("id")! == "actor:wagner-group");
        Assert.Equal("russia", wagner.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "country").Value);
        Assert.Contains(edges, e => (string)e.Attribute("source")! == "actor:andriy-yusov" && (string)e.Attribute("target")! == "claim:ukraine-supplied-intelligence"
            && e.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "stance" && d.Value == "implies"));
        Assert.Contains(edges, e => (string)e.Attribute("source")! == "event:tinzaouaten-ambush" && (string)e.Attribute("target")! == "place:tinzaouaten");
        // How the cited source describes a holder's stance travels with the stance, and only where the data records it.
        Assert.Contains(edges, e => (string)e.Attribute("source")! == "actor:maria-zakharova" && (string)e.Attribute("target")! == "claim:france-abandoned-mali"
            && e.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "stance" && d.Value == "implies")
            && e.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "described_as" && d.Value == "asserts"));
        Assert.Equal(
            Claims.All.Sum(c => c.Positions.Count(p => p.Actor is not null && p.DescribedAs is not null)),
            edges.Count(e => e.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "described_as")));
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

    private static Dictionary<string, string> Fields(string[] header, string[] row) =>
        header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => row[c.i]);

    /// <summary>The kebab-case spelling the data files use, written out here rather than borrowed from the exporter.</summary>
    private static string Naming(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));

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
