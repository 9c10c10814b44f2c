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

    /// <summary>The columns conflict analysts know from ACLED's event data.</summary>
    public static readonly string[] CsvColumns =
    {
        "event_id", "event_date", "date_precision", "event_type", "actor1", "actor2", "assoc_actor", "location", "country", "fatalities", "sources", "notes",
    };

    /// <summary>
    /// Events as RFC 4180 CSV in UTF-8 with CRLF line ends. actor1 is the first attacker, initiator or speaker;
    /// actor2 the first target or recipient; every other participant is an associated actor.
    /// </summary>
    public static void Csv(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", CsvColumns));
        foreach (var e in Events.All)
        {
            var (actor1, actor2, associated) = Sides(e);
            var place = e.Place?.Resolve();
            var fields = new[]
            {
                e.Id.Value,
                (e.EndDate is { } end ? $"{e.Date}/{end}" : e.Date.ToString()),
                Naming.ToKebabCase(e.Date.Precision.ToString()),
                Naming.ToKebabCase(e.Kind.ToString()),
                actor1?.Name ?? string.Empty,
                actor2?.Name ?? string.Empty,
                string.Join("; ", associated.Select(a => a.Name)),
                place?.Name ?? string.Empty,
                place?.Country?.Resolve().Name ?? string.Empty,
                e.Fatalities.IsEmpty ? string.Empty : e.Fatalities.Sum(f => f.Count).ToString(CultureInfo.InvariantCulture),
                string.Join("; ", e.Sources.Select(s => s.Value)),
                string.Join(" ", new[] { e.Description }.Concat(e.Notes).Where(n => !string.IsNullOrEmpty(n))),
            };
            writer.WriteLine(string.Join(",", fields.Select(Quote)));
        }
    }

    public static (Actor? Actor1, Actor? Actor2, List<Actor> Associated) Sides(Event e)
    {
        var first = e.Participants.FirstOrDefault(p => p.Role is ParticipantRole.Attacker or ParticipantRole.Initiator or ParticipantRole.Speaker);
        var second = e.Participants.FirstOrDefault(p => p.Role is ParticipantRole.Target or ParticipantRole.Recipient);
        var associated = e.Participants.Where(p => p != first && p != second).Select(p => p.Actor.Resolve()).Distinct().ToList();
        return (first?.Actor.Resolve(), second?.Actor.Resolve(), associated);
    }

    /// <summary>
    /// Actors, events and claims as nodes (with their kind, and an actor's country); an edge from an actor to each event it
    /// took part in (with its role) and to each claim it takes a position on (with its stance).
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
        Key(xml, "relation", "edge", "relation");
        Key(xml, "role", "edge", "role");
        Key(xml, "stance", "edge", "stance");
        Key(xml, "weight", "edge", "weight", "int");
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("id", "sahel-data");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var actor in Actors.All)
        {
            Node(xml, "actor:" + actor.Id, actor.Name, "actor", Naming.ToKebabCase(actor.Kind.ToString()), actor.Country?.Value, null);
        }

        foreach (var e in Events.All)
        {
            Node(xml, "event:" + e.Id, e.Title, "event", Naming.ToKebabCase(e.Kind.ToString()), null, e.Date.ToString());
        }

        foreach (var claim in Claims.All)
        {
            Node(xml, "claim:" + claim.Id, claim.Statement, "claim", "claim", null, null);
        }

        foreach (var e in Events.All)
        {
            foreach (var participant in e.Participants)
            {
                Edge(xml, "actor:" + participant.Actor, "event:" + e.Id, "participates", ("role", Naming.ToKebabCase(participant.Role.ToString())));
            }
        }

        foreach (var claim in Claims.All)
        {
            foreach (var position in claim.Positions.Where(p => p.Actor is not null))
            {
                Edge(xml, "actor:" + position.Actor, "claim:" + claim.Id, "holds", ("stance", Naming.ToKebabCase(position.Stance.ToString())));
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

    private static void Node(XmlWriter xml, string id, string label, string type, string kind, string? country, string? date)
    {
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", id);
        Data(xml, "label", label);
        Data(xml, "type", type);
        Data(xml, "kind", kind);
        if (country is not null)
        {
            Data(xml, "country", country);
        }

        if (date is not null)
        {
            Data(xml, "date", date);
        }

        xml.WriteEndElement();
    }

    private static void Edge(XmlWriter xml, string source, string target, string relation, (string Key, string Value) attribute)
    {
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("source", source);
        xml.WriteAttributeString("target", target);
        Data(xml, "relation", relation);
        Data(xml, attribute.Key, attribute.Value);
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
