using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace SahelData.Cli.Exports.Tables;

/// <summary>
/// The tables as one SQLite database: typed columns, primary keys, foreign keys and checks on enumerations; a
/// full-text index (FTS5) over names, aliases, titles, statements and quotes; views for common questions; the
/// dataset's version, licence and citation in <c>dataset_metadata</c>. Datasette opens it as it is.
/// </summary>
internal static class SqliteTables
{
    /// <summary>The full-text index: one row per name, alias, title, statement or quote, with the table and id it belongs to.</summary>
    public const string SearchTable = "search";

    public static void Write(IReadOnlyList<Table> tables, string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, ForeignKeys = true, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var transaction = connection.BeginTransaction())
        {
            // An actor refers to its state, which may come later in id order: keys are checked when the transaction commits.
            Execute(connection, "PRAGMA defer_foreign_keys = ON");
            foreach (var table in tables)
            {
                Execute(connection, Create(table));
                Insert(connection, table);
            }

            Execute(connection, "CREATE TABLE dataset_metadata (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)");
            foreach (var (key, value) in new[] { ("name", DatasetMetadata.Name), ("title", DatasetMetadata.Title), ("version", DatasetMetadata.Version), ("license", DatasetMetadata.DataLicense), ("license_note", DatasetMetadata.LicenseNote), ("citation", DatasetMetadata.Citation) })
            {
                Execute(connection, "INSERT INTO dataset_metadata VALUES ($key, $value)", ("$key", key), ("$value", value));
            }

            CreateSearch(connection, tables);
            foreach (var view in Views)
            {
                Execute(connection, view);
            }

            transaction.Commit();
        }

        Execute(connection, "VACUUM");
    }

    /// <summary>Views for the questions analysts ask first.</summary>
    private static readonly string[] Views =
    {
        """
        CREATE VIEW positions_by_holder AS
        SELECT p.holder_name, p.holder_type, coalesce(p.holder_actor_id, p.holder_source_id) AS holder_id,
               p.stance_label, p.stance_side, p.claim_id, c.statement, c.disputed, p.date, p.quote, p.position_key
        FROM positions p JOIN claims c ON c.id = p.claim_id
        ORDER BY p.holder_name, p.claim_id, p.position_key
        """,
        """
        CREATE VIEW disputed_claims AS
        SELECT c.id, c.statement,
               sum(p.stance_side = 'holds') AS holding, sum(p.stance_side = 'rejects') AS rejecting,
               group_concat(CASE WHEN p.stance_side = 'holds' THEN p.holder_name END, '; ') AS held_by,
               group_concat(CASE WHEN p.stance_side = 'rejects' THEN p.holder_name END, '; ') AS rejected_by
        FROM claims c JOIN positions p ON p.claim_id = c.id
        WHERE c.disputed
        GROUP BY c.id, c.statement
        ORDER BY c.id
        """,
        """
        CREATE VIEW events_acled AS
        SELECT event_id_cnty, event_date, earliest_day, latest_day, year, time_precision, event_type, sub_event_type,
               actor1, assoc_actor_1, actor2, assoc_actor_2, country, location, latitude, longitude, fatalities, source, notes
        FROM acled_events
        ORDER BY earliest_day, event_id_cnty
        """,
    };

    private static string Create(Table table)
    {
        var lines = table.Columns.Select(c =>
            $"{Quote(c.Name)} {TypeOf(c.Type)}{(c.Required ? " NOT NULL" : string.Empty)}"
            + (c.Values.Count > 0 ? $" CHECK ({Quote(c.Name)} IN ({string.Join(", ", c.Values.Select(Literal))}))" : string.Empty)).ToList();
        lines.Add($"PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(Quote))})");
        lines.AddRange(table.ForeignKeys.Select(c => $"FOREIGN KEY ({Quote(c.Name)}) REFERENCES {Quote(c.References!.Table)} ({Quote(c.References.Column)})"));
        return $"CREATE TABLE {Quote(table.Name)} (\n  {string.Join(",\n  ", lines)}\n)";
    }

    private static void Insert(SqliteConnection connection, Table table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Quote(table.Name)} VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null))).ToArray();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    DateOnly day => CsvTables.Text(day),
                    bool flag => flag ? 1L : 0L,
                    var value => value,
                };
            }

            command.ExecuteNonQuery();
        }
    }

    /// <summary>Names and aliases of actors and places, titles of events and sources, statements of claims and quotes of positions.</summary>
    private static void CreateSearch(SqliteConnection connection, IReadOnlyList<Table> tables)
    {
        Execute(connection, $"CREATE VIRTUAL TABLE {SearchTable} USING fts5(entry_table UNINDEXED, entry_id UNINDEXED, field UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')");
        var indexed = new (string Table, string Key, string[] Fields)[]
        {
            ("actors", "id", new[] { "name", "aliases" }),
            ("places", "id", new[] { "name", "aliases" }),
            ("events", "id", new[] { "title", "description" }),
            ("sources", "id", new[] { "title" }),
            ("claims", "id", new[] { "statement" }),
            ("positions", "position_key", new[] { "quote" }),
        };
        foreach (var (name, key, fields) in indexed)
        {
            var table = tables.Single(t => t.Name == name);
            foreach (var field in fields)
            {
                Execute(connection, $"INSERT INTO {SearchTable} (entry_table, entry_id, field, text) SELECT {Literal(name)}, {Quote(key)}, {Literal(field)}, {Quote(field)} FROM {Quote(name)} WHERE {Quote(field)} IS NOT NULL");
            }
        }
    }

    private static string TypeOf(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Boolean => "INTEGER",
        ColumnType.Number => "REAL",
        _ => "TEXT",
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
