using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using SahelData.Runtime;

namespace SahelData.Cli;

/// <summary>
/// Prints a record the way a curator wrote it: its YAML keys, enum values as the data spells them, ids as text. Keys,
/// spellings and values come from the collection's registry (<see cref="RecordFacts"/>), never from reflection.
/// </summary>
internal static class EntryPrinter
{
    public static void Print(TextWriter output, object entry, RecordFacts record, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var field in record.Fields)
        {
            var value = field.Read(entry);
            if (value is null)
            {
                continue;
            }

            if (field.Kind == FieldKind.List)
            {
                var list = ((IEnumerable)value).Cast<object>().ToList();
                if (list.Count == 0)
                {
                    continue;
                }

                if (field.Record is not { } items)
                {
                    output.WriteLine($"{pad}{field.Key}: {string.Join(", ", list.Select(item => Format(field, item)))}");
                    continue;
                }

                output.WriteLine($"{pad}{field.Key}:");
                foreach (var item in list)
                {
                    var nested = new StringWriter(CultureInfo.InvariantCulture);
                    Print(nested, item, items, indent + 4);
                    output.Write(pad + "  - " + nested.ToString().TrimStart());
                }

                continue;
            }

            if (field.Record is { } fields)
            {
                output.WriteLine($"{pad}{field.Key}:");
                Print(output, value, fields, indent + 2);
                continue;
            }

            output.WriteLine($"{pad}{field.Key}: {Format(field, value)}");
        }
    }

    /// <summary>Texts and values (numbers, enums, dates, ids) print on one line, an enum value as the data spells it.</summary>
    private static string Format(FieldFacts field, object value) => value switch
    {
        Enum member when field.Enum is { } facts => facts.SpellingOf(member),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
