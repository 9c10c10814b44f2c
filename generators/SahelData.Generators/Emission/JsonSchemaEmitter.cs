using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;

namespace SahelData.Generators.Emission;

/// <summary>
/// Writes the JSON Schema (draft-07) of a collection's YAML files, as resolve decided it
/// (<see cref="JsonSchemaSpec"/>), so that editors complete keys and values and check them as the curator types.
/// Output is deterministic: definitions in the order resolve gives, keys in declaration order.
/// </summary>
internal sealed class JsonSchemaEmitter
{
    private const string IdPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    private readonly StringBuilder json = new();

    public static string Emit(JsonSchemaSpec schema) => new JsonSchemaEmitter().Write(schema);

    private string Write(JsonSchemaSpec schema)
    {
        json.Append("{\n");
        Property(1, "$schema", Text("http://json-schema.org/draft-07/schema#"));
        Property(1, "$id", Text(schema.FileName));
        Property(1, "title", Text(schema.Title));
        Property(1, "description", Text(schema.Description));
        Property(1, "type", Text("array"));
        Property(1, "items", "{ \"$ref\": " + Text("#/definitions/" + schema.Definitions[0].Name) + " }");
        json.Append("  \"definitions\": {\n").Append(string.Join(",\n", schema.Definitions.Select(Record))).Append("\n  }\n}\n");
        return json.ToString();
    }

    private static string Record(SchemaDefinition definition)
    {
        var lines = new List<string> { "\"type\": \"object\"", "\"additionalProperties\": false" };
        var required = definition.Properties.Where(p => p.IsRequired).Select(p => Text(p.Key)).ToList();
        if (required.Count > 0)
        {
            lines.Add("\"required\": [" + string.Join(", ", required) + "]");
        }

        var properties = definition.Properties.Select(property => "        " + Text(property.Key) + ": " +
            (property.IsEntryId
                ? "{ \"type\": \"string\", \"pattern\": " + Text(IdPattern) + ", \"description\": " + Text(property.Description ?? "The entry's id.") + " }"
                : ValueSchema(property.Value, property.Description)));
        lines.Add("\"properties\": {\n" + string.Join(",\n", properties) + "\n      }");
        return "    " + Text(definition.Name) + ": {\n" + string.Join(",\n", lines.Select(l => "      " + l)) + "\n    }";
    }

    private static string ValueSchema(SchemaValue value, string? description)
    {
        var parts = new List<string>();
        switch (value.Kind)
        {
            case FieldKind.String:
                parts.Add("\"type\": \"string\"");
                break;
            case FieldKind.Boolean:
                parts.Add("\"type\": \"boolean\"");
                break;
            case FieldKind.Int32:
                parts.Add("\"type\": \"integer\"" + Bounds(value.Range, int.MinValue, int.MaxValue));
                break;
            case FieldKind.Int64:
                parts.Add("\"type\": \"integer\"" + Bounds(value.Range, null, null));
                break;
            case FieldKind.Decimal or FieldKind.Double:
                parts.Add("\"type\": \"number\"" + Bounds(value.Range, null, null));
                break;
            case FieldKind.Enum:
                parts.Add("\"type\": \"string\", \"enum\": [" + string.Join(", ", value.Words.Select(w => Text(w.Word))) + "]");
                if (value.Words.Any(w => w.Meaning is not null))
                {
                    // Editors' YAML servers show each word's meaning beside it in completion.
                    parts.Add("\"enumDescriptions\": [" + string.Join(", ", value.Words.Select(w => Text(w.Meaning ?? string.Empty))) + "]");
                    description = Join(description, "The allowed values — " + string.Join(" ", value.Words.Select(w => $"'{w.Word}': {Sentence(w.Meaning ?? "(no description)")}")));
                }

                break;
            case FieldKind.Date:
                parts.Add("\"type\": [\"string\", \"integer\"], \"pattern\": " + Text("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$") + Bounds(value.Range, 1, 9999));
                description = Join(description, value.Range is { } years
                    ? $"A date: YYYY, YYYY-MM or YYYY-MM-DD, with {years.Describe("a year")}."
                    : "A date: YYYY, YYYY-MM or YYYY-MM-DD.");
                break;
            case FieldKind.Reference:
                parts.Add("\"type\": \"string\", \"pattern\": " + Text(IdPattern));
                description = Join(description, value.TargetFolderPath is null ? "An id." : $"The id of an entry of {value.TargetFolderPath}.");
                break;
            case FieldKind.Record:
                parts.Add("\"$ref\": " + Text("#/definitions/" + value.Definition));
                break;
            case FieldKind.List:
                parts.Add("\"type\": \"array\", \"items\": " + ValueSchema(value.Element!, null));
                break;
        }

        var body = "{ " + string.Join(", ", parts) + " }";
        if (value.IsNullable)
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

    private void Property(int depth, string name, string value) =>
        json.Append(' ', depth * 2).Append(Text(name)).Append(": ").Append(value).Append(",\n");

    private static string Sentence(string text) => text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";

    private static string? Join(string? first, string second) => first is null ? second : first + " " + second;

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
