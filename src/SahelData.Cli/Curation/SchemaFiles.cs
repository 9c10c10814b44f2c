using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SahelData.Compiler.Checking;

namespace SahelData.Cli.Curation;

/// <summary>
/// The JSON Schemas under data/schema/ that editors read: the schema the model generates (keys, words and their
/// meanings, ranges), with each reference key listing the ids it may take and each id's title, read from the data,
/// so that an editor with only a YAML extension completes ids too. The generated schema stays the same whatever the
/// data holds; the ids are added here, by <c>sahel schema</c>, and <c>sahel check</c> says when they are out of date.
/// </summary>
internal static class SchemaFiles
{
    /// <summary>The command that rewrites the files, as the warning of a stale one prints it.</summary>
    public static string RegenerateCommand(string schemaFolder) => $"sahel schema {schemaFolder}";

    /// <summary>The text of <c>{folder}.schema.json</c> for every collection, from the generated schemas and the entries of <paramref name="dataDirectory"/>.</summary>
    public static IReadOnlyDictionary<string, string> Compose(string dataDirectory)
    {
        var entries = DataReader.Read(dataDirectory, DataFolder.Schema).Entries;
        return Catalog.Collections.ToDictionary(c => c.Folder, c => Compose(c.JsonSchema, c.Folder, entries), StringComparer.Ordinal);
    }

    /// <summary>The collections whose file in <paramref name="schemaFolder"/> is missing or differs from what <see cref="Compose(string)"/> writes now.</summary>
    public static IReadOnlyList<string> Stale(string schemaFolder, string dataDirectory) =>
        Compose(dataDirectory)
            .Where(file => !File.Exists(PathOf(schemaFolder, file.Key)) || File.ReadAllText(PathOf(schemaFolder, file.Key)) != file.Value)
            .Select(file => file.Key)
            .ToList();

    public static string PathOf(string schemaFolder, string folder) => Path.Combine(schemaFolder, folder + ".schema.json");

    private static string Compose(string generated, string folder, IReadOnlyList<DataEntry> entries)
    {
        var schema = JsonNode.Parse(generated)!.AsObject();
        var definitions = schema["definitions"]!.AsObject();
        var idsOf = entries.GroupBy(e => e.Folder)
            .ToDictionary(g => g.Key, g => g.GroupBy(e => e.Id).Select(e => e.First()).OrderBy(e => e.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var root = definitions[Definition(schema["items"]!)]!.AsObject();
        AddIds(root, SchemaKeys.Of(DataFolder.Schema, folder), definitions, idsOf);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            schema.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Walks a record's properties beside its keys, down lists, optional values and nested records.</summary>
    private static void AddIds(JsonObject record, IReadOnlyList<DataKey> keys, JsonObject definitions, IReadOnlyDictionary<string, List<DataEntry>> idsOf)
    {
        var properties = record["properties"]!.AsObject();
        foreach (var key in keys.Where(k => !k.IsId))
        {
            if (properties[key.Key] is not JsonObject property)
            {
                continue;
            }

            var value = property["anyOf"] is JsonArray alternatives ? alternatives[0]!.AsObject() : property;
            if (key.IsList)
            {
                value = value["items"]!.AsObject();
            }

            if (key.Kind == DataKeyKind.Reference && key.TargetFolder is { } target && idsOf.TryGetValue(target, out var ids))
            {
                value["enum"] = new JsonArray(ids.Select(e => (JsonNode)JsonValue.Create(e.Id)).ToArray());
                value["enumDescriptions"] = new JsonArray(ids.Select(e => (JsonNode)JsonValue.Create(e.Title ?? e.Id)).ToArray());
            }
            else if (key.Kind == DataKeyKind.Group && value["$ref"] is not null)
            {
                AddIds(definitions[Definition(value)]!.AsObject(), key.Keys, definitions, idsOf);
            }
        }
    }

    private static string Definition(JsonNode holder) => ((string)holder["$ref"]!).Split('/').Last();
}
