using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using SahelData.Cli.Exports.Tables;
using SahelData.Model;

namespace SahelData.Cli.Exports;

/// <summary>
/// The dataset as a directed network, written as GraphML (networkx, igraph, yEd, Gephi) and GEXF (Gephi, whose
/// timeline reads each event's start and end day). Nodes: actors, events, claims, places and sources. Edges: every
/// link the data records, each with its <c>relation</c> (docs/exports.md lists them and their direction).
/// </summary>
internal static class Network
{
    /// <summary>One node; attributes absent for its type are null.</summary>
    public sealed record Node(string Id, string Label, string Type, string Kind)
    {
        public string? Country { get; init; }

        public string? Date { get; init; }

        public DateOnly? Start { get; init; }

        public DateOnly? End { get; init; }

        public bool? Disputed { get; init; }

        public double? Latitude { get; init; }

        public double? Longitude { get; init; }

        public long? Fatalities { get; init; }
    }

    /// <summary>One edge: <c>Source</c> → <c>Target</c>, with what it means.</summary>
    public sealed record Edge(string Source, string Target, string Relation, string? Role = null, string? Stance = null, string? DescribedAs = null);

    /// <summary>The attributes every node or edge may carry: (name, GraphML type, read from a node or an edge).</summary>
    private static readonly (string Name, string Type, Func<Node, string?> Value)[] NodeAttributes =
    {
        ("type", "string", n => n.Type),
        ("kind", "string", n => n.Kind),
        ("country", "string", n => n.Country),
        ("date", "string", n => n.Date),
        ("start", "string", n => n.Start is { } d ? CsvTables.Text(d) : null),
        ("end", "string", n => n.End is { } d ? CsvTables.Text(d) : null),
        ("disputed", "boolean", n => n.Disputed is { } b ? CsvTables.Text(b) : null),
        ("latitude", "double", n => n.Latitude is { } x ? CsvTables.Text(x) : null),
        ("longitude", "double", n => n.Longitude is { } x ? CsvTables.Text(x) : null),
        ("fatalities", "long", n => n.Fatalities is { } x ? CsvTables.Text(x) : null),
    };

    private static readonly (string Name, string Type, Func<Edge, string?> Value)[] EdgeAttributes =
    {
        ("relation", "string", e => e.Relation),
        ("role", "string", e => e.Role),
        ("stance", "string", e => e.Stance),
        ("described_as", "string", e => e.DescribedAs),
    };

    public static IReadOnlyList<Node> Nodes() =>
        Actors.All.Select(a => new Node("actor:" + a.Id, a.Name, "actor", Spellings.Of(a.Kind)) { Country = a.Country?.Value })
        .Concat(Events.All.Select(e =>
        {
            var (first, last) = Events.PossibleDays(e);
            return new Node("event:" + e.Id, e.Title, "event", Spellings.Of(e.Kind))
            {
                Date = e.Date.ToString(),
                Start = first,
                End = last,
                Country = AcledCountry.Of(e, AcledSides.Of(e)).State?.Id.Value,
                Fatalities = AcledFatalities.Of(e).Total,
            };
        }))
        .Concat(Claims.All.Select(c => new Node("claim:" + c.Id, c.Statement, "claim", "claim") { Disputed = Claims.IsDisputed(c) }))
        .Concat(Places.All.Select(p => new Node("place:" + p.Id, p.Name, "place", Spellings.Of(p.Kind)) { Country = p.Country?.Value, Latitude = p.Latitude, Longitude = p.Longitude }))
        .Concat(Sources.All.Select(s => new Node("source:" + s.Id, s.Title, "source", Spellings.Of(s.Kind)) { Date = s.Published?.ToString() }))
        .ToList();

    public static IReadOnlyList<Edge> Edges()
    {
        var edges = new List<Edge>();
        foreach (var a in Actors.All)
        {
            if (a.Country is { } country && country != a.Id)
            {
                edges.Add(new("actor:" + a.Id, "actor:" + country, "country"));
            }

            if (a.PartOf is { } whole)
            {
                edges.Add(new("actor:" + a.Id, "actor:" + whole, "part_of"));
            }

            if (a.SuccessorOf is { } predecessor)
            {
                edges.Add(new("actor:" + a.Id, "actor:" + predecessor, "successor_of"));
            }
        }

        foreach (var e in Events.All)
        {
            edges.AddRange(e.Participants.Select(p => new Edge("actor:" + p.Actor, "event:" + e.Id, "participates", Role: Spellings.Of(p.Role))));
            if (e.Place is { } place)
            {
                edges.Add(new("event:" + e.Id, "place:" + place, "at"));
            }

            if (e.PartOf is { } whole)
            {
                edges.Add(new("event:" + e.Id, "event:" + whole, "part_of"));
            }

            // The data says "effect caused_by cause"; the edge runs the way events flow, from cause to effect.
            edges.AddRange(e.CausedBy.Select(cause => new Edge("event:" + cause, "event:" + e.Id, "causes")));
            edges.AddRange(e.Sources.Select(s => new Edge("source:" + s, "event:" + e.Id, "reports")));
        }

        foreach (var c in Claims.All)
        {
            foreach (var position in c.Positions)
            {
                // A position without an actor is held by the cited source itself.
                var holder = position.Actor is { } actor ? "actor:" + actor : "source:" + position.Sources[0];
                edges.Add(new(holder, "claim:" + c.Id, "holds", Stance: Spellings.Of(position.Stance),
                    DescribedAs: position.DescribedAs is { } described ? Spellings.Of(described) : null));
            }

            edges.AddRange(c.About.Select(e => new Edge("claim:" + c.Id, "event:" + e, "about")));
            edges.AddRange(c.Concerns.Select(a => new Edge("claim:" + c.Id, "actor:" + a, "concerns")));
        }

        foreach (var p in Places.All)
        {
            if (p.Within is { } larger)
            {
                edges.Add(new("place:" + p.Id, "place:" + larger, "within"));
            }

            if (p.Country is { } country)
            {
                edges.Add(new("place:" + p.Id, "actor:" + country, "country"));
            }
        }

        return edges;
    }

    /// <summary>GraphML: typed attributes declared once (<c>key</c>), a <c>weight</c> of 1 on each edge so that Gephi sums parallel edges.</summary>
    public static void WriteGraphMl(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", ns);
        GraphMlKey(xml, "label", "node", "string");
        foreach (var (name, type, _) in NodeAttributes)
        {
            GraphMlKey(xml, name, "node", type);
        }

        foreach (var (name, type, _) in EdgeAttributes)
        {
            GraphMlKey(xml, name, "edge", type);
        }

        GraphMlKey(xml, "weight", "edge", "int");
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("id", DatasetMetadata.Name);
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in Nodes())
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", node.Id);
            GraphMlData(xml, "label", node.Label);
            foreach (var (name, _, value) in NodeAttributes)
            {
                GraphMlData(xml, name, value(node));
            }

            xml.WriteEndElement();
        }

        foreach (var edge in Edges())
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            foreach (var (name, _, value) in EdgeAttributes)
            {
                GraphMlData(xml, name, value(edge));
            }

            GraphMlData(xml, "weight", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// GEXF 1.3, a dynamic graph for Gephi's timeline: each event node lives from the first to the last day it may
    /// have happened on (<c>start</c>, <c>end</c>); other nodes have no time and are always shown.
    /// </summary>
    public static void WriteGexf(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        const string ns = "http://gexf.net/1.3";
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", ns);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta");
        xml.WriteElementString("creator", "sahel export gexf");
        xml.WriteElementString("description", $"{DatasetMetadata.Title}, version {DatasetMetadata.Version}. {DatasetMetadata.LicenseNote}");
        xml.WriteEndElement();
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("timeformat", "date");
        GexfAttributes(xml, "node", NodeAttributes.Where(a => a.Name is not ("start" or "end")).Select(a => (a.Name, a.Type)));
        GexfAttributes(xml, "edge", EdgeAttributes.Select(a => (a.Name, a.Type)));
        xml.WriteStartElement("nodes");
        foreach (var node in Nodes())
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", node.Label);
            if (node.Start is { } start && node.End is { } end)
            {
                xml.WriteAttributeString("start", CsvTables.Text(start));
                xml.WriteAttributeString("end", CsvTables.Text(end));
            }

            GexfValues(xml, NodeAttributes.Where(a => a.Name is not ("start" or "end")).Select(a => (a.Name, a.Value(node))));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges");
        var number = 0;
        foreach (var edge in Edges())
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", (number++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            xml.WriteAttributeString("label", edge.Relation);
            xml.WriteAttributeString("weight", "1");
            GexfValues(xml, EdgeAttributes.Select(a => (a.Name, a.Value(edge))));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void GraphMlKey(XmlWriter xml, string name, string target, string type)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void GraphMlData(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void GexfAttributes(XmlWriter xml, string target, IEnumerable<(string Name, string Type)> attributes)
    {
        xml.WriteStartElement("attributes");
        xml.WriteAttributeString("class", target);
        xml.WriteAttributeString("mode", "static");
        foreach (var (name, type) in attributes)
        {
            xml.WriteStartElement("attribute");
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void GexfValues(XmlWriter xml, IEnumerable<(string Name, string? Value)> values)
    {
        var present = values.Where(v => v.Value is not null).ToList();
        if (present.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("attvalues");
        foreach (var (name, value) in present)
        {
            xml.WriteStartElement("attvalue");
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
