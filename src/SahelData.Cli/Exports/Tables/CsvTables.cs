using System;
using System.Globalization;
using System.IO;
using System.Text;
using nietras.SeparatedValues;

namespace SahelData.Cli.Exports.Tables;

/// <summary>
/// A table as CSV (RFC 4180, by Sep): UTF-8 without a byte-order mark, a header row, CRLF line ends, fields holding a
/// comma, a quote or a line break quoted with inner quotes doubled; an absent value is an empty field.
/// </summary>
internal static class CsvTables
{
    public static void Write(Table table, Stream stream)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text, leaveOpen: true))
        {
            foreach (var column in table.Columns)
            {
                writer.Header.Add(column.Name);
            }

            if (table.Rows.Count == 0)
            {
                writer.Header.Write();
            }

            foreach (var values in table.Rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < values.Length; i++)
                {
                    row[i].Set(Text(values[i]));
                }
            }
        }

        text.Flush();
    }

    /// <summary>A value as text: the form every format's reader parses back (ISO days, invariant numbers, true/false).</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"a table value of type {value.GetType().Name}", nameof(value)),
    };
}
