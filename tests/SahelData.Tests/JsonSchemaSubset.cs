using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SahelData.Tests;

/// <summary>
/// Validates JSON against the part of JSON Schema draft-07 that the generated schemas use: type, enum, pattern,
/// minimum/maximum, required, properties, additionalProperties, items, $ref to #/definitions and anyOf; and
/// enumDescriptions, an annotation for editors (each allowed value's meaning) that validates nothing.
/// </summary>
internal sealed class JsonSchemaSubset(JsonElement root)
{
    private static readonly HashSet<string> Understood = new()
    {
        "$schema", "$id", "title", "description", "type", "enum", "pattern", "minimum", "maximum", "required", "properties",
        "additionalProperties", "items", "$ref", "anyOf", "definitions", "enumDescriptions",
    };

    public List<string> Validate(JsonElement value)
    {
        var errors = new List<string>();
        Check(root, value, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Understood.Contains(keyword.Name))
            {
                errors.Add($"{path}: the schema uses '{keyword.Name}', which this validator does not know");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(root.GetProperty("definitions").GetProperty(reference.GetString()!["#/definitions/".Length..]), value, path, errors);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            if (!anyOf.EnumerateArray().Any(option => { var inner = new List<string>(); Check(option, value, path, inner); return inner.Count == 0; }))
            {
                errors.Add($"{path}: matches none of the allowed forms");
            }
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : new List<string> { type.GetString()! };
            if (!allowed.Any(t => IsOfType(value, t)))
            {
                errors.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", allowed)}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.ValueKind == value.ValueKind && v.ToString() == value.ToString()))
        {
            errors.Add($"{path}: '{value}' is not an allowed value");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{value}' does not match {pattern}");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
            {
                errors.Add($"{path}: {value} is below {minimum}");
            }

            if (schema.TryGetProperty("maximum", out var maximum) && value.GetDecimal() > maximum.GetDecimal())
            {
                errors.Add($"{path}: {value} is above {maximum}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                errors.AddRange(required.EnumerateArray().Where(r => !value.TryGetProperty(r.GetString()!, out _)).Select(r => $"{path}: '{r}' is required"));
            }

            foreach (var member in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var memberSchema))
                {
                    Check(memberSchema, member.Value, $"{path}.{member.Name}", errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: '{member.Name}' is not allowed");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{i++}]", errors);
            }
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
