using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;
using SahelData.Compiler.Names;
using SahelData.Model;

namespace SahelData.Cli.Exports;

/// <summary>The export formats: the whole dataset for programs (JSON, JSON Lines), events for analysts (CSV), the network for Gephi and networkx (GraphML).</summary>
internal static class Exporters
{
    public static readonly IReadOnlyDictionary<string, Action<Stream>> ByFormat = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["json"] = Json,
        ["jsonl"] = JsonLines,
        ["csv"] = Csv,
        ["graphml"] = GraphMl,
    };

    /// <summary>One document: each collection's folder name holding its entries, as in the data files.</summary>
    public static void Json(Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        foreach (var collection in Catalog.Collections)
        {
            writer.WritePropertyName(collection.Folder);
            writer.WriteStartArray();
            foreach (var entry in collection.All())
            {
                EntryJson.Write(writer, entry);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>One entry per line, each with a <c>collection</c> field naming its folder.</summary>
    public static void JsonLines(Stream stream)
    {
        foreach (var collection in Catalog.Collections)
        {
            foreach (var entry in collection.All())
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("collection", collection.Folder);
                    writer.WritePropertyName("entry");
                    EntryJson.Write(writer, entry);
                    writer.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
            }
        }
    }

    /// <summary>
    /// The CSV columns: ACLED's names where the meaning is ACLED's (its codebook), then this dataset's own where ACLED has
    /// no room for what the sources say (a partial date, a date in dispute, a fatality figure's qualifier). Each column
    /// and each mapping is documented in docs/exports.md.
    /// </summary>
    public static readonly string[] CsvColumns =
    {
        "event_id_cnty", "event_date", "end_date", "year", "time_precision", "date_precision", "reported_dates",
        "event_type", "sub_event_type", "kind", "title",
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "other_actors",
        "country", "location", "latitude", "longitude",
        "fatalities", "fatalities_qualifier", "fatality_figures",
        "caused_by", "source", "notes",
    };

    /// <summary>Events as RFC 4180 CSV in UTF-8 with CRLF line ends, one row per event in id order.</summary>
    public static void Csv(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", CsvColumns));
        foreach (var e in Events.All)
        {
            var sides = AcledSides.Of(e);
            var place = e.Place?.Resolve();
            var located = place is null ? null : Located(place);
            var (eventType, subEventType) = AcledTypes.Of(e.Kind);
            var single = e.Fatalities.Length == 1 ? e.Fatalities[0] : null;
            var fields = new[]
            {
                e.Id.Value,
                e.Date.ToString(),
                e.EndDate?.ToString() ?? string.Empty,
                e.Date.Year.ToString(CultureInfo.InvariantCulture),
                e.Date.Precision == DatePrecision.Day ? "1" : "3",
                Kebab(e.Date.Precision),
                string.Join("; ", e.ReportedDates.Select(r => $"{r.Date} ({string.Join(", ", r.Sources)})")),
                eventType,
                subEventType,
                Kebab(e.Kind),
                e.Title,
                sides.Actor1?.Name ?? string.Empty,
                string.Join("; ", sides.Associated1.Select(a => a.Name)),
                sides.Actor2?.Name ?? string.Empty,
                string.Join("; ", sides.Associated2.Select(a => a.Name)),
                string.Join("; ", sides.Others.Select(o => $"{o.Actor.Name} ({Kebab(o.Role)})")),
                place?.Country?.Resolve().Name ?? string.Empty,
                place?.Name ?? string.Empty,
                located?.Latitude?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
                located?.Longitude?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
                single?.Count.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                single is null ? string.Empty : Kebab(single.Qualifier),
                string.Join("; ", e.Fatalities.Select(FatalityText)),
                string.Join("; ", e.CausedBy.Select(c => c.Value)),
                string.Join("; ", e.Sources.Select(s => s.Value)),
                string.Join(" ", new[] { e.Description }.Concat(e.Notes).Where(n => !string.IsNullOrEmpty(n))),
            };
            writer.WriteLine(string.Join(",", fields.Select(Quote)));
        }
    }

    /// <summary>One fatality figure with its qualifier, whose dead, and its sources: <c>at-least 47 Malian Armed Forces (source-a, source-b)</c>.</summary>
    public static string FatalityText(Fatality figure) =>
        $"{Kebab(figure.Qualifier)} {figure.Count.ToString(CultureInfo.InvariantCulture)}"
        + (figure.Actor is { } actor ? " " + actor.Resolve().Name : string.Empty)
        + $" ({string.Join(", ", figure.Sources)})";

    /// <summary>The place itself when it has coordinates; otherwise none (a region's centre is not the event's location).</summary>
    private static Place? Located(Place place) => place.Latitude is not null && place.Longitude is not null ? place : null;

    private static string Kebab(Enum value) => Naming.ToKebabCase(value.ToString());

    /// <summary>
    /// Actors, events, claims and places as nodes with typed attributes; edges: an actor to each event it took part in
    /// (<c>participates</c>, with its role), an actor to each claim it takes a position on (<c>holds</c>, with its stance),
    /// a claim to each event it is <c>about</c>, an event to its place (<c>at</c>), a place to the place it lies
    /// <c>within</c>, and an event to each event it was <c>caused_by</c>.
    /// </summary>
    public static void GraphMl(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", ns);
        Key(xml, "label", "node", "label");
        Key(xml, "type", "node", "type");
        Key(xml, "kind", "node", "kind");
        Key(xml, "country", "node", "country");
        Key(xml, "date", "node", "date");
        Key(xml, "disputed", "node", "disputed", "boolean");
        Key(xml, "latitude", "node", "latitude", "double");
        Key(xml, "longitude", "node", "longitude", "double");
        Key(xml, "relation", "edge", "relation");
        Key(xml, "role", "edge", "role");
        Key(xml, "stance", "edge", "stance");
        Key(xml, "described_as", "edge", "described_as");
        Key(xml, "weight", "edge", "weight", "int");
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("id", "sahel-data");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var actor in Actors.All)
        {
            Node(xml, "actor:" + actor.Id, actor.Name, "actor", Kebab(actor.Kind), ("country", actor.Country?.Value));
        }

        foreach (var e in Events.All)
        {
            Node(xml, "event:" + e.Id, e.Title, "event", Kebab(e.Kind), ("date", e.Date.ToString()));
        }

        foreach (var claim in Claims.All)
        {
            Node(xml, "claim:" + claim.Id, claim.Statement, "claim", "claim", ("disputed", Claims.IsDisputed(claim) ? "true" : "false"));
        }

        foreach (var place in Places.All)
        {
            Node(
                xml,
                "place:" + place.Id,
                place.Name,
                "place",
                Kebab(place.Kind),
                ("country", place.Country?.Value),
                ("latitude", place.Latitude?.ToString("R", CultureInfo.InvariantCulture)),
                ("longitude", place.Longitude?.ToString("R", CultureInfo.InvariantCulture)));
        }

        foreach (var e in Events.All)
        {
            foreach (var participant in e.Participants)
            {
                Edge(xml, "actor:" + participant.Actor, "event:" + e.Id, "participates", ("role", Kebab(participant.Role)));
            }

            if (e.Place is { } place)
            {
                Edge(xml, "event:" + e.Id, "place:" + place, "at");
            }

            foreach (var cause in e.CausedBy)
            {
                Edge(xml, "event:" + e.Id, "event:" + cause, "caused_by");
            }
        }

        foreach (var claim in Claims.All)
        {
            foreach (var position in claim.Positions.Where(p => p.Actor is not null))
            {
                Edge(xml, "actor:" + position.Actor, "claim:" + claim.Id, "holds", ("stance", Kebab(position.Stance)), ("described_as", position.DescribedAs is { } described ? Kebab(described) : null));
            }

            foreach (var about in claim.About)
            {
                Edge(xml, "claim:" + claim.Id, "event:" + about, "about");
            }
        }

        foreach (var place in Places.All)
        {
            if (place.Within is { } within)
            {
                Edge(xml, "place:" + place.Id, "place:" + within, "within");
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string id, string target, string name, string type = "string")
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Node(XmlWriter xml, string id, string label, string type, string kind, params (string Key, string? Value)[] attributes)
    {
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", id);
        Data(xml, "label", label);
        Data(xml, "type", type);
        Data(xml, "kind", kind);
        foreach (var (key, value) in attributes)
        {
            if (value is not null)
            {
                Data(xml, key, value);
            }
        }

        xml.WriteEndElement();
    }

    private static void Edge(XmlWriter xml, string source, string target, string relation, params (string Key, string? Value)[] attributes)
    {
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("source", source);
        xml.WriteAttributeString("target", target);
        Data(xml, "relation", relation);
        foreach (var (key, value) in attributes.Where(a => a.Value is not null))
        {
            Data(xml, key, value!);
        }

        Data(xml, "weight", "1");
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    /// <summary>RFC 4180: quote fields holding a comma, a quote or a line break, doubling inner quotes.</summary>
    private static string Quote(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
