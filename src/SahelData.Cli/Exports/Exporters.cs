using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using SahelData.Cli.Exports.Tables;

namespace SahelData.Cli.Exports;

/// <summary>
/// The export formats: the whole dataset for programs (JSON, JSON Lines), events in ACLED's layout (CSV), the network
/// for Gephi and networkx (GraphML, GEXF), and the analysts' related tables (a Data Package, SQLite, Parquet).
/// </summary>
internal static class Exporters
{
    public static readonly IReadOnlyDictionary<string, Action<Stream>> ByFormat = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["json"] = Json,
        ["jsonl"] = JsonLines,
        ["csv"] = Csv,
        ["graphml"] = Network.WriteGraphMl,
        ["gexf"] = Network.WriteGexf,
    };

    /// <summary>The formats of several files, or of a database, written to a path: a folder or a file.</summary>
    public static readonly IReadOnlyDictionary<string, (bool Folder, Action<string> Write)> ToPath = new Dictionary<string, (bool, Action<string>)>(StringComparer.Ordinal)
    {
        ["datapackage"] = (true, folder => DataPackage.Write(DatasetTables.All(), folder)),
        ["sqlite"] = (false, file => SqliteTables.Write(DatasetTables.All(), file)),
        ["parquet"] = (true, folder => ParquetTables.Write(DatasetTables.All(), folder)),
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
                EntryJson.Write(writer, entry, collection.Record);
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
                    EntryJson.Write(writer, entry, collection.Record);
                    writer.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
            }
        }
    }

    /// <summary>Events in ACLED's layout (<see cref="AcledEvents"/>) as CSV: the <c>acled_events</c> table of the analysts' tables.</summary>
    public static void Csv(Stream stream) => CsvTables.Write(AcledEvents.Build(), stream);
}
