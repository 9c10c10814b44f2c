using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SahelData.Compiler.Names;

namespace SahelData.Cli;

/// <summary>Prints a record the way a curator wrote it: snake_case keys, kebab-case values, ids as text.</summary>
internal static class EntryPrinter
{
    public static void Print(TextWriter output, object entry, int indent)
    {
        foreach (var property in RecordProperties.Of(entry))
        {
            var value = property.GetValue(entry);
            var key = Naming.ToSnakeCase(property.Name);
            var pad = new string(' ', indent);
            if (value is null)
            {
                continue;
            }

            if (value is IEnumerable items and not string)
            {
                var list = items.Cast<object>().ToList();
                if (list.Count == 0)
                {
                    continue;
                }

                if (list.All(IsScalar))
                {
                    output.WriteLine($"{pad}{key}: {string.Join(", ", list.Select(Format))}");
                    continue;
                }

                output.WriteLine($"{pad}{key}:");
                foreach (var item in list)
                {
                    var nested = new StringWriter(CultureInfo.InvariantCulture);
                    Print(nested, item, indent + 4);
                    var text = nested.ToString();
                    output.Write(pad + "  - " + text.TrimStart());
                }

                continue;
            }

            output.WriteLine($"{pad}{key}: {Format(value)}");
        }
    }

    /// <summary>Texts and values (numbers, enums, dates, ids) print on one line; records print key by key.</summary>
    private static bool IsScalar(object value) => value is string || value.GetType().IsValueType;

    private static string Format(object value) => value switch
    {
        Enum member => Naming.ToKebabCase(member.ToString()),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
