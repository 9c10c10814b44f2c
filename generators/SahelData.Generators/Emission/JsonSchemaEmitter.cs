using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;

namespace SahelData.Generators.Emission;

/// <summary>
/// Writes the JSON Schema (draft-07) of a collection's YAML files from its record type, so that editors complete keys
/// and values and check them as the curator types. Output is deterministic: fields in declaration order, definitions
/// in order of first use.
/// </summary>
internal sealed class JsonSchemaEmitter
{
    private const string IdPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    private readonly ResolvedCollection collection;
    private readonly CollectionSpec spec;
    private readonly List<(string Name, TypeSpec Type)> definitions = new();
    private readonly StringBuilder json = new();

    private JsonSchemaEmitter(ResolvedCollection collection)
    {
        this.collection = collection;
        spec = collection.Spec;
    }

    public static string Emit(ResolvedCollection collection) => new JsonSchemaEmitter(collection).Write();

    private string Write()
    {
        var root = TypeSpec.Scalar(ValueKind.Record, spec.RecordTypeName, isNullable: false) with { Fields = spec.Fields };
        var rootName = Definition(root, spec.RecordName);
        json.Append("{\n");
        Property(1, "$schema", Text("http://json-schema.org/draft-07/schema#"));
        Property(1, "$id", Text(spec.Folder + ".schema.json"));
        Property(1, "title", Text(collection.Settings.SchemaTitle));
        Property(1, "description", Text($"A file of {collection.Settings.FolderPath}: a list of {spec.RecordName} entries. Generated from the C# model; do not edit by hand."));
        Property(1, "type", Text("array"));
        Property(1, "items", "{ \"$ref\": " + Text("#/definitions/" + rootName) + " }");
        // Rendering a record may discover the records it contains, so the list grows while it is walked.
        var bodies = new List<string>();
        for (var i = 0; i < definitions.Count; i++)
        {
            bodies.Add(Record(definitions[i].Name, definitions[i].Type, isRoot: i == 0));
        }

        json.Append("  \"definitions\": {\n").Append(string.Join(",\n", bodies)).Append("\n  }\n}\n");
        return json.ToString();
    }

    private string Record(string name, TypeSpec record, bool isRoot)
    {
        var lines = new List<string> { "\"type\": \"object\"", "\"additionalProperties\": false" };
        var required = record.Fields.Where(f => f.IsRequired).Select(f => Text(f.Key)).ToList();
        if (required.Count > 0)
        {
            lines.Add("\"required\": [" + string.Join(", ", required) + "]");
        }

        var properties = record.Fields.Select(field => "        " + Text(field.Key) + ": " +
            (isRoot && field.PropertyName == "Id"
                ? "{ \"type\": \"string\", \"pattern\": " + Text(IdPattern) + ", \"description\": " + Text(field.Description ?? "The entry's id.") + " }"
                : TypeSchema(field.Type, field.Description)));
        lines.Add("\"properties\": {\n" + string.Join(",\n", properties) + "\n      }");
        return "    " + Text(name) + ": {\n" + string.Join(",\n", lines.Select(l => "      " + l)) + "\n    }";
    }

    private string TypeSchema(TypeSpec type, string? description)
    {
        var parts = new List<string>();
        switch (type.Kind)
        {
            case ValueKind.String:
                parts.Add("\"type\": \"string\"");
                break;
            case ValueKind.Boolean:
                parts.Add("\"type\": \"boolean\"");
                break;
            case ValueKind.Int32:
                parts.Add("\"type\": \"integer\"" + Bounds(type.Range, int.MinValue, int.MaxValue));
                break;
            case ValueKind.Int64:
                parts.Add("\"type\": \"integer\"" + Bounds(type.Range, null, null));
                break;
            case ValueKind.Decimal or ValueKind.Double:
                parts.Add("\"type\": \"number\"" + Bounds(type.Range, null, null));
                break;
            case ValueKind.Enum:
                parts.Add("\"type\": \"string\", \"enum\": [" + string.Join(", ", type.Members.Select(m => Text(m.YamlName))) + "]");
                if (type.Members.Any(m => m.Description is not null))
                {
                    // Editors' YAML servers show each word's meaning beside it in completion.
                    parts.Add("\"enumDescriptions\": [" + string.Join(", ", type.Members.Select(m => Text(m.Description ?? string.Empty))) + "]");
                    description = Join(description, "The allowed values — " + string.Join(" ", type.Members.Select(m => $"'{m.YamlName}': {Sentence(m.Description ?? "(no description)")}")));
                }

                break;
            case ValueKind.Date:
                parts.Add("\"type\": [\"string\", \"integer\"], \"pattern\": " + Text("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$") + Bounds(type.Range, 1, 9999));
                description = Join(description, type.Range is { } years
                    ? $"A date: YYYY, YYYY-MM or YYYY-MM-DD, with {years.Describe("a year")}."
                    : "A date: YYYY, YYYY-MM or YYYY-MM-DD.");
                break;
            case ValueKind.Reference:
                parts.Add("\"type\": \"string\", \"pattern\": " + Text(IdPattern));
                var target = collection.CollectionOfIdType(type.TypeName);
                description = Join(description, target is null ? "An id." : $"The id of an entry of {target.FolderPath}.");
                break;
            case ValueKind.Record:
                parts.Add("\"$ref\": " + Text("#/definitions/" + Definition(type with { IsNullable = false }, SimpleName(type.TypeName))));
                break;
            case ValueKind.List:
                parts.Add("\"type\": \"array\", \"items\": " + TypeSchema(type.Element!, null));
                break;
        }

        var body = "{ " + string.Join(", ", parts) + " }";
        if (type.IsNullable)
        {
            body = "{ \"anyOf\": [" + body + ", { \"type\": \"null\" }] }";
        }

        return description is null ? body : body.Substring(0, body.Length - 2) + ", \"description\": " + Text(description) + " }";
    }

    /// <summary>The minimum and maximum of a number: the property's range where it has one, within what its type can hold.</summary>
    private static string Bounds(NumberRange? range, decimal? typeMinimum, decimal? typeMaximum)
    {
        var minimum = range?.Minimum is { } low && (typeMinimum is null || low > typeMinimum) ? low : typeMinimum;
        var maximum = range?.Maximum is { } high && (typeMaximum is null || high < typeMaximum) ? high : typeMaximum;
        return (minimum is null ? string.Empty : ", \"minimum\": " + NumberRange.Format(minimum.Value))
            + (maximum is null ? string.Empty : ", \"maximum\": " + NumberRange.Format(maximum.Value));
    }

    private string Definition(TypeSpec record, string preferredName)
    {
        foreach (var (name, type) in definitions)
        {
            if (type == record)
            {
                return name;
            }
        }

        var unique = preferredName;
        for (var n = 2; definitions.Any(d => d.Name == unique); n++)
        {
            unique = preferredName + n.ToString(CultureInfo.InvariantCulture);
        }

        definitions.Add((unique, record));
        return unique;
    }

    private void Property(int depth, string name, string value) =>
        json.Append(' ', depth * 2).Append(Text(name)).Append(": ").Append(value).Append(",\n");

    private static string Sentence(string text) => text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";

    private static string? Join(string? first, string second) => first is null ? second : first + " " + second;

    private static string SimpleName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    /// <summary>A JSON string literal.</summary>
    private static string Text(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case < ' ' or '\u2028' or '\u2029' or '\u007F':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
