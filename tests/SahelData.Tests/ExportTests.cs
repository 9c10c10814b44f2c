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
        Assert.Equal(Events.Count, rows.Count - 1);
        var documentation = DocumentedColumns("acled_events");
        Assert.Equal(documentation, rows[0]);
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
            Assert.Equal(e.Place?.Value ?? string.Empty, field["location_id"]);
            var (first, last) = PossibleDaysWrittenOut(e);
            Assert.Equal((first, last), (field["earliest_day"], field["latest_day"]));
            Assert.All(e.ReportedDates, r => Assert.Contains($"{r.Date} ({string.Join(" ", r.Sources)})", field["reported_dates"]));
            Assert.Equal(field["actor1"].Length == 0 ? string.Empty : Actors.Find(field["actor1"])!.Id.Value, field["actor1_id"]);
            Assert.Equal(string.Join("; ", field["assoc_actor_1"].Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(n => Actors.Find(n)!.Id.Value)), field["assoc_actor_1_ids"]);
            var notes = field["notes"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(new[] { e.Description }.Concat(e.Notes).Where(n => !string.IsNullOrEmpty(n)), notes);
        }
    }

    [Fact]
    public void Csv_country_is_the_state_of_the_place_or_for_an_event_without_a_place_that_of_its_initiator_never_invented()
    {
        var rows = ReadCsv(Export(Exporters.Csv));
        foreach (var (row, e) in rows.Skip(1).Zip(Events.All))
        {
            var field = Fields(rows[0], row);
            if (e.Place is { } place)
            {
                // Up the place's `within` chain to the first place that records its state.
                PlaceId? current = place;
                ActorId? state = null;
                while (state is null && current is { } id)
                {
                    state = id.Resolve().Country;
                    current = id.Resolve().Within;
                }

                Assert.Equal((state?.Value ?? string.Empty, state is null ? string.Empty : "place"), (field["country_id"], field["country_basis"]));
            }
            else if (field["country_id"].Length > 0)
            {
                Assert.Equal("actor1", field["country_basis"]);
                var initiator = Actors.Get(new ActorId(field["actor1_id"]));
                ActorId? ownState = null;
                for (Actor? a = initiator; a is not null && ownState is null; a = a.PartOf?.Resolve())
                {
                    ownState = a.Kind == ActorKind.State ? a.Id : a.Country;
                }

                Assert.Equal(ownState?.Value, field["country_id"]);
            }
            else
            {
                Assert.Equal(string.Empty, field["country_basis"]);
            }

            Assert.Equal(field["country_id"].Length == 0 ? string.Empty : Actors.Get(new ActorId(field["country_id"])).Name, field["country"]);
        }
    }

    [Fact]
    public void Csv_lists_use_one_separator_that_no_id_or_name_contains()
    {
        Assert.All(Actors.All.SelectMany(a => a.Aliases.Prepend(a.Name).Append(a.Id.Value)), name => Assert.DoesNotContain(";", name));
        Assert.All(Sources.All, s => Assert.DoesNotContain(";", s.Id.Value));
        var rows = ReadCsv(Export(Exporters.Csv));
        foreach (var row in rows.Skip(1))
        {
            var field = Fields(rows[0], row);
            foreach (var (names, ids) in new[] { ("assoc_actor_1", "assoc_actor_1_ids"), ("assoc_actor_2", "assoc_actor_2_ids"), ("other_actors", "other_actor_ids") })
            {
                Assert.Equal(field[names].Split("; ", StringSplitOptions.RemoveEmptyEntries).Length, field[ids].Split("; ", StringSplitOptions.RemoveEmptyEntries).Length);
            }

            Assert.DoesNotContain(", ", field["source"] + field["caused_by"] + field["reported_dates"] + field["fatality_figures"]);
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
    public void Csv_fatalities_are_the_most_conservative_total_the_figures_support_and_each_figure_stays_as_reported()
    {
        var rows = ReadCsv(Export(Exporters.Csv));
        var summed = false;
        foreach (var (row, e) in rows.Skip(1).Zip(Events.All))
        {
            var field = Fields(rows[0], row);
            var figures = field["fatality_figures"].Length == 0 ? [] : field["fatality_figures"].Split("; ");
            Assert.Equal(e.Fatalities.Length, figures.Length);
            foreach (var (figure, text) in e.Fatalities.Zip(figures))
            {
                Assert.StartsWith($"{Naming(figure.Qualifier)} {figure.Count} ", text + " ");
                Assert.EndsWith($"({string.Join(" ", figure.Sources)})", text);
            }

            // The rule of docs/exports.md, written out: the lowest bound per group, bounds of groups added, a figure
            // for no group bounding the whole; none for an approximate figure or for groups inside one another.
            static long Bound(Fatality f) => f.Qualifier == Qualifier.MoreThan ? f.Count + 1 : f.Count;
            var groups = e.Fatalities.Where(f => f.Actor is not null).GroupBy(f => f.Actor!.Value).ToList();
            var nested = groups.Any(g => groups.Any(h => h.Key != g.Key && Ancestors(g.Key).Contains(h.Key)));
            var (expected, note) = e.Fatalities.Length == 0 ? (string.Empty, "no figure in the sources")
                : e.Fatalities.Any(f => f.Qualifier == Qualifier.About) ? (string.Empty, "a figure is approximate (about)")
                : nested ? (string.Empty, "figures for groups that contain one another")
                : (Math.Max(groups.Sum(g => g.Min(Bound)), e.Fatalities.Where(f => f.Actor is null).Select(Bound).DefaultIfEmpty(0).Min()).ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
            Assert.Equal((expected, note), (field["fatalities"], field["fatalities_note"]));
            Assert.Equal(expected.Length == 0, field["fatalities_qualifier"].Length == 0);
            summed |= groups.Count > 1 && expected.Length > 0;
        }

        Assert.True(summed, "an event with figures for several groups exists, so adding bounds of distinct groups is exercised");
    }

    private static IEnumerable<ActorId> Ancestors(ActorId actor)
    {
        for (var parent = actor.Resolve().PartOf; parent is { } p; parent = p.Resolve().PartOf)
        {
            yield return p;
        }
    }

    [Fact]
    public void GraphML_holds_every_entry_and_every_link_the_data_records()
    {
        var graphml = XDocument.Parse(Export(Network.WriteGraphMl));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = graphml.Root!.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.type")!));
        Assert.Equal(("edge", "int"), keys["weight"]);
        var nodes = graphml.Descendants(ns + "node").ToList();
        var edges = graphml.Descendants(ns + "edge").ToList();
        Assert.Equal(Actors.Count + Events.Count + Claims.Count + Places.Count + Sources.Count, nodes.Count);
        string? Data(XElement element, string key) => element.Elements(ns + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;
        var byRelation = edges.GroupBy(e => Data(e, "relation")!).ToDictionary(g => g.Key, g => g.Select(e => ((string)e.Attribute("source")!, (string)e.Attribute("target")!)).ToList());
        List<(string, string)> Expected(IEnumerable<(string, string)> pairs) => pairs.ToList();
        Assert.Equal(Expected(Events.All.SelectMany(e => e.Participants.Select(p => ($"actor:{p.Actor}", $"event:{e.Id}")))).Order(), byRelation.GetValueOrDefault("participates", []).Order());
        Assert.Equal(Expected(Claims.All.SelectMany(c => c.Positions.Select(p => (p.Actor is { } a ? $"actor:{a}" : $"source:{p.Sources[0]}", $"claim:{c.Id}")))).Order(), byRelation.GetValueOrDefault("holds", []).Order());
        Assert.Equal(Expected(Claims.All.SelectMany(c => c.About.Select(e => ($"claim:{c.Id}", $"event:{e}")))).Order(), byRelation.GetValueOrDefault("about", []).Order());
        Assert.Equal(Expected(Claims.All.SelectMany(c => c.Concerns.Select(a => ($"claim:{c.Id}", $"actor:{a}")))).Order(), byRelation.GetValueOrDefault("concerns", []).Order());
        Assert.Equal(Expected(Events.All.Where(e => e.Place is not null).Select(e => ($"event:{e.Id}", $"place:{e.Place}"))).Order(), byRelation.GetValueOrDefault("at", []).Order());
        Assert.Equal(Expected(Actors.All.Where(a => a.PartOf is not null).Select(a => ($"actor:{a.Id}", $"actor:{a.PartOf}")).Concat(Events.All.Where(e => e.PartOf is not null).Select(e => ($"event:{e.Id}", $"event:{e.PartOf}")))).Order(), byRelation.GetValueOrDefault("part_of", []).Order());
        Assert.Equal(Expected(Actors.All.Where(a => a.SuccessorOf is not null).Select(a => ($"actor:{a.Id}", $"actor:{a.SuccessorOf}"))).Order(), byRelation.GetValueOrDefault("successor_of", []).Order());
        Assert.Equal(Expected(Places.All.Where(p => p.Within is not null).Select(p => ($"place:{p.Id}", $"place:{p.Within}"))).Order(), byRelation.GetValueOrDefault("within", []).Order());
        // caused_by runs the way events flow: from the cause to the event it led to.
        Assert.Equal(Expected(Events.All.SelectMany(e => e.CausedBy.Select(c => ($"event:{c}", $"event:{e.Id}")))).Order(), byRelation.GetValueOrDefault("causes", []).Order());
        Assert.Equal(Expected(Events.All.SelectMany(e => e.Sources.Select(s => ($"source:{s}", $"event:{e.Id}")))).Order(), byRelation.GetValueOrDefault("reports", []).Order());
        Assert.Empty(byRelation.Keys.Except(["participates", "holds", "about", "concerns", "at", "part_of", "successor_of", "within", "causes", "reports", "country"]));

        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        Assert.All(graphml.Descendants(ns + "data"), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!)));
        foreach (var e in Events.All)
        {
            var node = nodes.Single(n => (string)n.Attribute("id")! == $"event:{e.Id}");
            Assert.Equal(PossibleDaysWrittenOut(e), (Data(node, "start")!, Data(node, "end")!));
        }

        // Every claim, including those held only by a source itself, is linked to a holder.
        Assert.All(Claims.All, c => Assert.Contains(byRelation["holds"], h => h.Item2 == $"claim:{c.Id}"));
    }

    [Fact]
    public void How_a_source_describes_a_stance_travels_with_the_holds_edge_only_where_recorded()
    {
        var graph = XDocument.Parse(Export(Network.WriteGraphMl));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var edges = graph.Descendants(ns + "edge").ToList();
        string? Value(XElement edge, string key) => edge.Elements(ns + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;
        Assert.Contains(edges, e => (string)e.Attribute("source")! == "actor:maria-zakharova" && (string)e.Attribute("target")! == "claim:france-abandoned-mali"
            && Value(e, "stance") == "implies" && Value(e, "described_as") == "asserts");
        Assert.Equal(
            Claims.All.Sum(c => c.Positions.Count(p => p.DescribedAs is not null)),
            edges.Count(e => Value(e, "described_as") is not null));
    }

    [Fact]
    public void Gexf_is_a_dynamic_graph_whose_events_span_their_possible_days()
    {
        var gexf = XDocument.Parse(Export(Network.WriteGexf));
        XNamespace ns = "http://gexf.net/1.3";
        var graph = gexf.Root!.Element(ns + "graph")!;
        Assert.Equal(("dynamic", "date", "directed"), ((string)graph.Attribute("mode")!, (string)graph.Attribute("timeformat")!, (string)graph.Attribute("defaultedgetype")!));
        var nodes = graph.Descendants(ns + "node").ToDictionary(n => (string)n.Attribute("id")!);
        Assert.Equal(Actors.Count + Events.Count + Claims.Count + Places.Count + Sources.Count, nodes.Count);
        foreach (var e in Events.All)
        {
            var node = nodes[$"event:{e.Id}"];
            Assert.Equal(PossibleDaysWrittenOut(e), ((string)node.Attribute("start")!, (string)node.Attribute("end")!));
        }

        Assert.All(nodes.Where(n => !n.Key.StartsWith("event:", StringComparison.Ordinal)), n => Assert.Null(n.Value.Attribute("start")));
        var declared = graph.Elements(ns + "attributes").SelectMany(a => a.Elements(ns + "attribute")).Select(a => (string)a.Attribute("id")!).ToHashSet();
        Assert.All(graph.Descendants(ns + "attvalue"), v => Assert.Contains((string)v.Attribute("for")!, declared));
        Assert.All(graph.Descendants(ns + "edge"), e => Assert.True(nodes.ContainsKey((string)e.Attribute("source")!) && nodes.ContainsKey((string)e.Attribute("target")!)));
        Assert.Equal(XDocument.Parse(Export(Network.WriteGraphMl)).Descendants((XNamespace)"http://graphml.graphdrawing.org/xmlns" + "edge").Count(), graph.Descendants(ns + "edge").Count());
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

    /// <summary>The first and last day an event may have happened on, computed here from its dates (not with the library's PossibleDays).</summary>
    private static (string First, string Last) PossibleDaysWrittenOut(Event e)
    {
        static DateOnly First(PartialDate d) => new(d.Year, d.Month ?? 1, d.Day ?? 1);
        static DateOnly Last(PartialDate d) => new(d.Year, d.Month ?? 12, d.Day ?? DateTime.DaysInMonth(d.Year, d.Month ?? 12));
        var firsts = e.ReportedDates.Select(r => First(r.Date)).Append(First(e.Date));
        var lasts = e.ReportedDates.Select(r => Last(r.Date)).Append(Last(e.EndDate ?? e.Date));
        return (firsts.Min().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), lasts.Max().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The columns docs/exports.md documents for a table, in order: the rows <c>| `column` |</c> of the section whose
    /// heading names the table (<c>### `positions`</c>).
    /// </summary>
    internal static string[] DocumentedColumns(string table)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "exports.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith('#') && l.Contains($"`{table}`", StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/exports.md has a section for the table {table}");
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith('#'))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\| `([a-z0-9_]+)` \|"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToArray();
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
