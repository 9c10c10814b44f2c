using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SahelData.Compiler.Names;

namespace SahelData.Cli.Exports;

/// <summary>Writes records as JSON objects with the YAML's field names and spellings, leaving out absent values.</summary>
internal static class EntryJson
{
    public static void Write(Utf8JsonWriter writer, object record)
    {
        writer.WriteStartObject();
        foreach (var property in RecordProperties.Of(record))
        {
            var value = property.GetValue(record);
            if (value is null || (value is IEnumerable items and not string && !items.Cast<object>().Any()))
            {
                continue;
            }

            writer.WritePropertyName(Naming.ToSnakeCase(property.Name));
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double real:
                writer.WriteNumberValue(real);
                break;
            case Enum member:
                writer.WriteStringValue(Naming.ToKebabCase(member.ToString()));
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case var _ when value.GetType().IsValueType:
                // Dates and ids: their text is the form the data files use.
                writer.WriteStringValue(value.ToString());
                break;
            default:
                Write(writer, value);
                break;
        }
    }
}
