using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Parquet;
using Parquet.Schema;
using System.Threading.Tasks;

namespace SahelData.Cli.Exports.Tables;

/// <summary>
/// The tables as typed Parquet files, one per table (<c>&lt;table&gt;.parquet</c>), for DuckDB, Polars, pandas and
/// Spark: text as UTF-8 strings, whole numbers as INT64, real numbers as DOUBLE, booleans, days as DATE; a column
/// that every row fills is required, the others optional. Each file's key-value metadata carries the table's
/// description and the dataset's version, licence and citation.
/// </summary>
internal static class ParquetTables
{
    public static void Write(IReadOnlyList<Table> tables, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var table in tables)
        {
            using var stream = File.Create(Path.Combine(folder, table.Name + ".parquet"));
            WriteAsync(table, stream).GetAwaiter().GetResult();
        }
    }

    private static async Task WriteAsync(Table table, Stream stream)
    {
        var fields = table.Columns.Select(FieldOf).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            ["description"] = table.Description,
            ["dataset"] = DatasetMetadata.Name,
            ["version"] = DatasetMetadata.Version,
            ["license"] = DatasetMetadata.DataLicense,
            ["citation"] = DatasetMetadata.Citation,
        };
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var index = i;
            var values = table.Rows.Select(r => r[index]);
            var field = fields[i];
            var task = table.Columns[i].Type switch
            {
                ColumnType.Integer => Write<long>(group, field, values, table.Columns[i].Required),
                ColumnType.Number => Write<double>(group, field, values, table.Columns[i].Required),
                ColumnType.Boolean => Write<bool>(group, field, values, table.Columns[i].Required),
                ColumnType.Day => Write<DateOnly>(group, field, values, table.Columns[i].Required),
                _ => group.WriteAsync(field, values.Select(v => (string?)v).ToList()!),
            };
            await task.ConfigureAwait(false);
        }
    }

    private static Task Write<T>(ParquetRowGroupWriter group, DataField field, IEnumerable<object?> values, bool required)
        where T : struct =>
        required
            ? group.WriteAsync<T>(field, values.Select(v => (T)v!).ToArray())
            : group.WriteAsync<T>(field, values.Select(v => (T?)v).ToArray());

    /// <summary>A required column when every row fills it; optional otherwise.</summary>
    private static DataField FieldOf(Column column) => column.Type switch
    {
        ColumnType.Integer => new DataField<long>(column.Name, !column.Required),
        ColumnType.Number => new DataField<double>(column.Name, !column.Required),
        ColumnType.Boolean => new DataField<bool>(column.Name, !column.Required),
        ColumnType.Day => new DataField<DateOnly>(column.Name, !column.Required),
        _ => new DataField<string>(column.Name, !column.Required),
    };
}
