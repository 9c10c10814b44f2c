using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SahelData.Cli.Exports.Tables;

/// <summary>
/// The tables as a Frictionless Tabular Data Package: <c>datapackage.json</c> (each table's Table Schema with types,
/// formats, required values, enumerations, primary and foreign keys and descriptions; the licences, the version and
/// the citation) beside one CSV per table in <c>data/</c>.
/// </summary>
internal static class DataPackage
{
    public const string Descriptor = "datapackage.json";

    public static void Write(IReadOnlyList<Table> tables, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        foreach (var table in tables)
        {
            using var csv = File.Create(Path.Combine(folder, PathOf(table)));
            CsvTables.Write(table, csv);
        }

        using var stream = File.Create(Path.Combine(folder, Descriptor));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", DatasetMetadata.Name);
        json.WriteString("title", DatasetMetadata.Title);
        json.WriteString("description", DatasetMetadata.Description);
        json.WriteString("version", DatasetMetadata.Version);
        json.WriteString("citation", DatasetMetadata.Citation);
        json.WriteStartArray("licenses");
        json.WriteStartObject();
        json.WriteString("name", DatasetMetadata.DataLicense);
        json.WriteString("path", DatasetMetadata.DataLicenseUrl);
        json.WriteString("title", DatasetMetadata.DataLicenseTitle);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("contributors");
        json.WriteStartObject();
        json.WriteString("title", DatasetMetadata.Authors);
        json.WriteString("role", "author");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("resources");
        foreach (var table in tables)
        {
            WriteResource(json, table);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Where a table's CSV lies inside the package.</summary>
    public static string PathOf(Table table) => "data/" + table.Name + ".csv";

    private static void WriteResource(Utf8JsonWriter json, Table table)
    {
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", table.Name);
        json.WriteString("path", PathOf(table));
        json.WriteString("description", table.Description);
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteBoolean("header", true);
        json.WriteEndObject();
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            var (type, format) = TypeOf(column.Type);
            json.WriteString("type", type);
            if (format is not null)
            {
                json.WriteString("format", format);
            }

            json.WriteString("description", column.Description + (column.IsList ? $" (a list: items separated by \"{Table.ListSeparator}\")" : string.Empty));
            json.WriteStartObject("constraints");
            json.WriteBoolean("required", column.Required);
            if (table.PrimaryKey.Count == 1 && table.PrimaryKey[0] == column.Name)
            {
                json.WriteBoolean("unique", true);
            }

            if (column.Values.Count > 0)
            {
                json.WriteStartArray("enum");
                foreach (var value in column.Values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            if (column.Type == ColumnType.PartialDate)
            {
                json.WriteString("pattern", @"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        json.WriteStartArray("primaryKey");
        foreach (var key in table.PrimaryKey)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteStartArray("foreignKeys");
        foreach (var column in table.ForeignKeys)
        {
            json.WriteStartObject();
            json.WriteStartArray("fields");
            json.WriteStringValue(column.Name);
            json.WriteEndArray();
            json.WriteStartObject("reference");
            // Table Schema: an empty resource name refers to the table itself.
            json.WriteString("resource", column.References!.Table == table.Name ? string.Empty : column.References.Table);
            json.WriteStartArray("fields");
            json.WriteStringValue(column.References.Column);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static (string Type, string? Format) TypeOf(ColumnType type) => type switch
    {
        ColumnType.Integer => ("integer", null),
        ColumnType.Number => ("number", null),
        ColumnType.Boolean => ("boolean", null),
        ColumnType.Day => ("date", "default"),
        _ => ("string", null),
    };
}
