using System;
using System.Collections.Generic;
using System.Linq;

namespace SahelData.Cli.Exports.Tables;

/// <summary>Declares a table's columns beside the function that reads each one from an item, so schema and values never drift apart.</summary>
internal sealed class TableBuilder<T>
{
    private readonly string name;
    private readonly string description;
    private readonly List<(Column Column, Func<T, object?> Value)> columns = new();
    private string[] primaryKey = Array.Empty<string>();

    public TableBuilder(string name, string description)
    {
        this.name = name;
        this.description = description;
    }

    public TableBuilder<T> Key(params string[] columnNames)
    {
        primaryKey = columnNames;
        return this;
    }

    public TableBuilder<T> Text(string column, string meaning, Func<T, string?> value, bool required = false, ForeignKey? references = null) =>
        Add(new Column(column, ColumnType.Text, required, meaning, references), value);

    /// <summary>A column of ids or names joined with <see cref="Table.ListSeparator"/>.</summary>
    public TableBuilder<T> List(string column, string meaning, Func<T, IEnumerable<string>> value) =>
        Add(new Column(column, ColumnType.Text, false, meaning) { IsList = true }, item => value(item).ToList() is { Count: > 0 } items ? string.Join(Table.ListSeparator, items) : null);

    /// <summary>An enumeration column: its values are the YAML spellings, listed in the schema.</summary>
    public TableBuilder<T> Enum<TEnum>(string column, string meaning, Func<T, TEnum?> value, bool required = true)
        where TEnum : struct, System.Enum =>
        Add(new Column(column, ColumnType.Text, required, meaning) { Values = Spellings.All<TEnum>() }, item => value(item) is { } member ? Spellings.Of(member) : null);

    /// <summary>A text column restricted to the given values.</summary>
    public TableBuilder<T> Choice(string column, string meaning, IReadOnlyList<string> values, Func<T, string?> value, bool required = true) =>
        Add(new Column(column, ColumnType.Text, required, meaning) { Values = values }, value);

    public TableBuilder<T> Integer(string column, string meaning, Func<T, long?> value, bool required = false) =>
        Add(new Column(column, ColumnType.Integer, required, meaning), item => value(item));

    public TableBuilder<T> Number(string column, string meaning, Func<T, double?> value, bool required = false) =>
        Add(new Column(column, ColumnType.Number, required, meaning), item => value(item));

    public TableBuilder<T> Boolean(string column, string meaning, Func<T, bool> value) =>
        Add(new Column(column, ColumnType.Boolean, true, meaning), item => value(item));

    public TableBuilder<T> Day(string column, string meaning, Func<T, DateOnly?> value, bool required = false) =>
        Add(new Column(column, ColumnType.Day, required, meaning), item => value(item));

    /// <summary>
    /// A date as precise as the sources give it, and beside it its precision and the first and last day it can mean,
    /// so that a period filter never relies on an invented day: <c>date</c>, <c>date_precision</c>,
    /// <c>date_earliest</c>, <c>date_latest</c>.
    /// </summary>
    public TableBuilder<T> PartialDate(string column, string meaning, Func<T, SahelData.PartialDate?> value, bool required = false) =>
        Add(new Column(column, ColumnType.PartialDate, required, meaning + ", as precise as the sources give it (YYYY, YYYY-MM or YYYY-MM-DD)"), item => value(item)?.ToString())
        .Choice(column + "_precision", $"the precision of {column}", Precisions, item => value(item)?.Precision is { } precision ? Word(precision) : null, required)
        .Day(column + "_earliest", $"the first day {column} can mean", item => value(item)?.Start, required)
        .Day(column + "_latest", $"the last day {column} can mean", item => value(item)?.End, required);

    /// <summary>The precisions of a partial date, in words.</summary>
    public static readonly IReadOnlyList<string> Precisions = new[] { "day", "month", "year" };

    public static string Word(SahelData.DatePrecision precision) => precision switch
    {
        SahelData.DatePrecision.Day => "day",
        SahelData.DatePrecision.Month => "month",
        _ => "year",
    };

    public Table Build(IEnumerable<T> items) => new(
        name,
        description,
        columns.Select(c => c.Column).ToList(),
        primaryKey,
        items.Select(item => columns.Select(c => c.Value(item)).ToArray()).ToList());

    private TableBuilder<T> Add(Column column, Func<T, object?> value)
    {
        columns.Add((column, value));
        return this;
    }
}
