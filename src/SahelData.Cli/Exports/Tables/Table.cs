using System;
using System.Collections.Generic;
using System.Linq;

namespace SahelData.Cli.Exports.Tables;

/// <summary>
/// The types a column can hold, each with one meaning in every format: CSV text, a SQLite column type, a Parquet
/// physical type and a Frictionless Table Schema type.
/// </summary>
internal enum ColumnType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text,

    /// <summary>A whole number (<see cref="long"/>).</summary>
    Integer,

    /// <summary>A real number (<see cref="double"/>).</summary>
    Number,

    /// <summary>true or false (<see cref="bool"/>).</summary>
    Boolean,

    /// <summary>A calendar day (<see cref="DateOnly"/>), written <c>YYYY-MM-DD</c>.</summary>
    Day,

    /// <summary>A date as precise as the sources give it, written <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (text).</summary>
    PartialDate,
}

/// <summary>A column that refers to another table's primary key.</summary>
internal sealed record ForeignKey(string Table, string Column);

/// <summary>One column: its name, type, whether every row has a value, what it means, and what it refers to.</summary>
internal sealed record Column(string Name, ColumnType Type, bool Required, string Description, ForeignKey? References = null)
{
    /// <summary>The values a text column may take, when it is an enumeration; empty otherwise.</summary>
    public IReadOnlyList<string> Values { get; init; } = Array.Empty<string>();

    /// <summary>Whether the column holds a list of ids or names separated by <see cref="Table.ListSeparator"/>.</summary>
    public bool IsList { get; init; }
}

/// <summary>
/// One table of the analysts' exports: the schema every writer (CSV, SQLite, Parquet, the Data Package descriptor)
/// reads, and its rows. A row holds one value per column, in column order: <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/>, <see cref="DateOnly"/> or null.
/// </summary>
internal sealed class Table
{
    /// <summary>The one separator between the items of a list column (ids, names): never part of an id or a name.</summary>
    public const string ListSeparator = "; ";

    public Table(string name, string description, IReadOnlyList<Column> columns, IReadOnlyList<string> primaryKey, IReadOnlyList<object?[]> rows)
    {
        Name = name;
        Description = description;
        Columns = columns;
        PrimaryKey = primaryKey;
        Rows = rows;
        foreach (var key in primaryKey)
        {
            _ = IndexOf(key);
        }

        foreach (var row in rows)
        {
            if (row.Length != columns.Count)
            {
                throw new InvalidOperationException($"a row of {name} has {row.Length} values for {columns.Count} columns");
            }
        }
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<Column> Columns { get; }

    public IReadOnlyList<string> PrimaryKey { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>The columns that refer to another table.</summary>
    public IEnumerable<Column> ForeignKeys => Columns.Where(c => c.References is not null);

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"{Name} has no column {column}", nameof(column));
    }
}
