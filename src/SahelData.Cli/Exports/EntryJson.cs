using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SahelData.Runtime;

namespace SahelData.Cli.Exports;

/// <summary>
/// Writes records as JSON objects with the YAML's keys and spellings, leaving out absent values. Keys, spellings and
/// values come from the collection's registry (<see cref="RecordFacts"/>), never from reflection.
/// </summary>
internal static class EntryJson
{
    public static void Write(Utf8JsonWriter writer, object record, RecordFacts facts)
    {
        writer.WriteStartObject();
        foreach (var field in facts.Fields)
        {
            var value = field.Read(record);
            if (value is null || (field.Kind == FieldKind.List && !((IEnumerable)value).Cast<object>().Any()))
            {
                continue;
            }

            writer.WritePropertyName(field.Key);
            WriteValue(writer, field, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, FieldFacts field, object value)
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
            case Enum member when field.Enum is { } facts:
                writer.WriteStringValue(facts.SpellingOf(member));
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, field, item);
                }

                writer.WriteEndArray();
                break;
            case var _ when field.Record is { } nested:
                Write(writer, value, nested);
                break;
            default:
                // Dates and ids: their text is the form the data files use.
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
