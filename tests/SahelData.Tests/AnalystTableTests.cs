using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using SahelData.Model;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace SahelData.Tests;

/// <summary>
/// The analysts' tables, exported once by the tool's commands and read back by readers no one here wrote: DuckDB over
/// the Parquet files and the Data Package's CSV, SQLite itself over the database. Expected counts come from the library.
/// </summary>
public sealed class AnalystTableTests : IClassFixture<AnalystTableTests.Exported>
{
    private readonly Exported exported;

    public AnalystTableTests(Exported exported) => this.exported = exported;

    /// <summary>The three exports, written by <c>sahel export</c> into a temporary folder.</summary>
    public sealed class Exported : IDisposable
    {
        public Exported()
        {
            Directory.CreateDirectory(Root);
            foreach (var (format, path) in new[] { ("datapackage", Package), ("sqlite", Database), ("parquet", Parquet) })
            {
                var (code, _, error) = CliTests.Run("export", format, "-o", path);
                Assert.True(code == 0, error);
            }
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "sahel-tables-" + Guid.NewGuid().ToString("N"));

        public string Package => Path.Combine(Root, "package");

        public string Database => Path.Combine(Root, "sahel.sqlite");

        public string Parquet => Path.Combine(Root, "parquet");

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    /// <summary>What the dataset holds, counted from the library: the rows each table must have.</summary>
    private static readonly Dictionary<string, int> ExpectedRows = new()
    {
        ["sources"] = Sources.Count,
        ["actors"] = Actors.Count,
        ["places"] = Places.Count,
        ["events"] = Events.Count,
        ["claims"] = Claims.Count,
        ["acled_events"] = Events.Count,
        ["participants"] = Events.All.Sum(e => e.Participants.Select(p => (p.Actor, p.Role)).Distinct().Count()),
        ["reported_dates"] = Events.All.Sum(e => e.ReportedDates.Length),
        ["fatalities"] = Events.All.Sum(e => e.Fatalities.Length),
        ["figures"] = Events.All.Sum(e => e.Figures.Length),
        ["event_notes"] = Events.All.Sum(e => e.Notes.Length),
        ["event_sources"] = Events.All.Sum(e => e.Sources.Distinct().Count()),
        ["positions"] = Claims.All.Sum(c => c.Positions.Length),
        ["position_sources"] = Claims.All.Sum(c => c.Positions.Sum(p => p.Sources.Distinct().Count())),
        ["claim_notes"] = Claims.All.Sum(c => c.Notes.Length),
        ["roles"] = Actors.All.Sum(a => a.Roles.Length),
        ["relations"] = Actors.All.Count(a => a.PartOf is not null) + Actors.All.Count(a => a.SuccessorOf is not null)
            + Places.All.Count(p => p.Within is not null) + Events.All.Count(e => e.PartOf is not null)
            + Events.All.Sum(e => e.CausedBy.Length) + Claims.All.Sum(c => c.About.Length + c.Concerns.Length),
    };

    [Fact]
    public void The_descriptor_declares_each_table_its_documented_columns_and_the_licence_version_and_citation()
    {
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(exported.Package, "datapackage.json")));
        var root = descriptor.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        var cff = new YamlStream();
        cff.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot(), "CITATION.cff"))));
        var citation = (YamlMappingNode)cff.Documents.Single().RootNode;
        Assert.Equal(((YamlScalarNode)citation["license"]).Value, root.GetProperty("licenses")[0].GetProperty("name").GetString());
        Assert.Contains(((YamlScalarNode)citation["title"]).Value!, root.GetProperty("citation").GetString());
        Assert.Contains(((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)citation["authors"])[0])["name"]).Value!, root.GetProperty("citation").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", root.GetProperty("version").GetString());

        // The citation names the release series the packages are versioned in (src/Directory.Build.props), and the export's version is of that series.
        var series = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Directory.Build.props")).Descendants("SahelVersionBase").Single().Value;
        Assert.Equal(series, ((YamlScalarNode)citation["version"]).Value);
        Assert.StartsWith(series + ".", root.GetProperty("version").GetString());

        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        Assert.Superset(ExpectedRows.Keys.ToHashSet(), resources.Select(r => r.GetProperty("name").GetString()!).ToHashSet());
        using var duck = DuckDb();
        foreach (var resource in resources)
        {
            var name = resource.GetProperty("name").GetString()!;
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString()), $"{name}.{f.GetProperty("name")} is described"));
            var columns = fields.Select(f => f.GetProperty("name").GetString()!).ToArray();
            Assert.Equal(ExportTests.DocumentedColumns(name), columns);
            Assert.Equal(columns, Query(duck, $"SELECT column_name FROM (DESCRIBE SELECT * FROM {CsvOf(Path.Combine(exported.Package, resource.GetProperty("path").GetString()!))})").Select(r => (string)r[0]!).ToArray());
            Assert.NotEmpty(resource.GetProperty("schema").GetProperty("primaryKey").EnumerateArray());
        }
    }

    [Fact]
    public void Every_foreign_key_of_the_data_package_resolves_row_by_row()
    {
        Assert.Empty(PackageViolations(exported.Package));
    }

    [Fact]
    public void The_package_check_finds_a_dangling_reference_a_duplicate_key_and_a_bad_date()
    {
        var broken = Path.Combine(exported.Root, "broken-package");
        CopyFolder(exported.Package, broken);
        var positions = Path.Combine(broken, "data", "positions.csv");
        var lines = File.ReadAllLines(positions).ToList();
        var header = lines[0].Split(',');
        var withActor = lines.FindIndex(1, l => l.Split(',')[Array.IndexOf(header, "holder_type")] == "actor");
        var cells = lines[withActor].Split(',');
        cells[Array.IndexOf(header, "holder_actor_id")] = "nobody-at-all";
        lines[withActor] = string.Join(",", cells);
        File.WriteAllLines(positions, lines);
        var sources = Path.Combine(broken, "data", "sources.csv");
        var sourceLines = File.ReadAllLines(sources).ToList();
        sourceLines.Add(sourceLines[1]);
        File.WriteAllLines(sources, sourceLines);
        File.AppendAllText(Path.Combine(broken, "data", "events.csv"), File.ReadAllLines(Path.Combine(broken, "data", "events.csv"))[1].Replace(Events.All[0].Id.Value + ",", "not-a-date-event,", StringComparison.Ordinal).Replace("," + PossibleDay(Events.All[0]) + ",", ",2024-02-30,", StringComparison.Ordinal) + "\r\n");

        var violations = PackageViolations(broken);
        Assert.Contains(violations, v => v.Contains("nobody-at-all", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("sources: duplicate key", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("2024-02-30", StringComparison.Ordinal));
    }

    [Fact]
    public void Parquet_and_csv_tables_hold_what_the_dataset_holds_as_duckdb_reads_them()
    {
        using var duck = DuckDb();
        foreach (var (table, expected) in ExpectedRows)
        {
            Assert.Equal((table, expected), (table, Count(duck, $"read_parquet('{Path.Combine(exported.Parquet, table + ".parquet")}')")));
            Assert.Equal((table, expected), (table, Count(duck, CsvOf(Path.Combine(exported.Package, "data", table + ".csv")))));
        }

        var (code, stats, _) = CliTests.Run("stats");
        Assert.Equal(0, code);
        var entries = new[] { "sources", "actors", "places", "events", "claims" }.Sum(t => Count(duck, $"read_parquet('{Path.Combine(exported.Parquet, t + ".parquet")}')"));
        Assert.Contains($"SahelData: {entries} entries", stats);
    }

    [Fact]
    public void Parquet_columns_are_typed_carry_the_licence_and_join_on_every_key()
    {
        using var duck = DuckDb();
        string TypeOf(string table, string column) => (string)Query(duck, $"SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet('{ParquetFile(table)}')) WHERE column_name = '{column}'").Single()[0]!;
        Assert.Equal("DATE", TypeOf("events", "earliest_day"));
        Assert.Equal("DATE", TypeOf("acled_events", "latest_day"));
        Assert.Equal("VARCHAR", TypeOf("events", "date"));
        Assert.Equal("BIGINT", TypeOf("fatalities", "count"));
        Assert.Equal("BOOLEAN", TypeOf("claims", "disputed"));
        Assert.Equal("DOUBLE", TypeOf("places", "latitude"));
        Assert.Equal("CC-BY-4.0", (string)Query(duck, $"SELECT decode(value) FROM parquet_kv_metadata('{ParquetFile("positions")}') WHERE decode(key) = 'license'").Single()[0]!);

        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(exported.Package, "datapackage.json")));
        var joins = 0;
        foreach (var resource in descriptor.RootElement.GetProperty("resources").EnumerateArray())
        {
            var table = resource.GetProperty("name").GetString()!;
            foreach (var key in resource.GetProperty("schema").GetProperty("foreignKeys").EnumerateArray())
            {
                var column = key.GetProperty("fields")[0].GetString()!;
                var target = key.GetProperty("reference").GetProperty("resource").GetString() is { Length: > 0 } other ? other : table;
                var targetColumn = key.GetProperty("reference").GetProperty("fields")[0].GetString()!;
                var dangling = Count(duck, $"read_parquet('{ParquetFile(table)}') t WHERE t.\"{column}\" IS NOT NULL AND t.\"{column}\" NOT IN (SELECT \"{targetColumn}\" FROM read_parquet('{ParquetFile(target)}'))");
                Assert.True(dangling == 0, $"{table}.{column} → {target}.{targetColumn}: {dangling} rows refer to nothing");
                joins++;
            }
        }

        Assert.True(joins >= 20, "the foreign keys were read");
    }

    [Fact]
    public void Sqlite_passes_its_own_foreign_key_and_integrity_checks_searches_all_words_in_any_order_and_answers_its_views()
    {
        using var connection = new SqliteConnection($"Data Source={exported.Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Empty(Rows(connection, "PRAGMA foreign_key_check"));
        Assert.Equal("ok", Rows(connection, "PRAGMA integrity_check").Single()[0]);
        Assert.NotEmpty(Rows(connection, "PRAGMA foreign_key_list(positions)"));
        foreach (var (table, expected) in ExpectedRows)
        {
            Assert.Equal((table, (long)expected), (table, (long)Rows(connection, $"SELECT count(*) FROM \"{table}\"").Single()[0]!));
        }

        Assert.Equal((long)Claims.All.Sum(c => c.Positions.Length), (long)Rows(connection, "SELECT count(*) FROM positions_by_holder").Single()[0]!);
        Assert.Equal(Claims.Disputed.Select(c => c.Id.Value), Rows(connection, "SELECT id FROM disputed_claims ORDER BY id").Select(r => (string)r[0]!));
        Assert.Equal((long)Events.Count, (long)Rows(connection, "SELECT count(*) FROM events_acled").Single()[0]!);
        Assert.Equal(CitationLicence(), Rows(connection, "SELECT value FROM dataset_metadata WHERE key = 'license'").Single()[0]);

        // Two words of each claim's statement, in the reverse order, accents dropped: the claim is found.
        foreach (var claim in Claims.All)
        {
            var words = System.Text.RegularExpressions.Regex.Split(claim.Statement, @"[^\p{L}]+").Where(w => w.Length > 5).Distinct().Take(2).Reverse().ToList();
            if (words.Count < 2)
            {
                continue;
            }

            var found = Rows(connection, "SELECT entry_id FROM search WHERE entry_table = 'claims' AND search MATCH $q", ("$q", string.Join(" ", words.Select(w => "\"" + w + "\"")))).Select(r => (string)r[0]!);
            Assert.Contains(claim.Id.Value, found);
        }
    }

    [Fact]
    public void Sqlite_foreign_key_check_reports_a_row_that_refers_to_nothing()
    {
        var copy = Path.Combine(exported.Root, "broken.sqlite");
        File.Copy(exported.Database, copy, overwrite: true);
        using var connection = new SqliteConnection($"Data Source={copy};Pooling=False;Foreign Keys=False");
        connection.Open();
        Rows(connection, "UPDATE positions SET claim_id = 'no-such-claim' WHERE rowid = (SELECT min(rowid) FROM positions)");
        Assert.Equal("positions", Rows(connection, "PRAGMA foreign_key_check").Single()[0]);
    }

    [Fact]
    public void Each_position_is_one_row_with_its_stance_in_words_and_a_source_held_position_names_its_source()
    {
        using var duck = DuckDb();
        var rows = Query(duck, $"SELECT claim_id, holder_type, holder_actor_id, holder_source_id, holder_name, stance, stance_label FROM read_parquet('{ParquetFile("positions")}')")
            .GroupBy(r => (string)r[0]!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var claim in Claims.All)
        {
            var expected = claim.Positions.Select(p => p.Actor is { } actor
                ? ("actor", actor.Value, (string?)null, actor.Resolve().Name)
                : ("source", (string?)null, p.Sources[0].Value, p.Sources[0].Resolve().Title)).Order().ToList();
            Assert.Equal(expected, rows[claim.Id.Value].Select(r => ((string)r[1]!, (string?)r[2], (string?)r[3], (string)r[4]!)).Order().ToList());
            Assert.All(rows[claim.Id.Value], r => Assert.Equal(((string)r[5]!).Replace('-', ' '), (string)r[6]!));
        }
    }

    /// <summary>
    /// Every constraint the descriptor states, checked row by row on the CSV as DuckDB reads it: required values,
    /// enumerations, types (integer, number, boolean, a real calendar day), unique primary keys, foreign keys (and the
    /// relations table's subject and object, which name their table).
    /// </summary>
    private static List<string> PackageViolations(string package)
    {
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "datapackage.json")));
        using var duck = DuckDb();
        var tables = new Dictionary<string, (string[] Columns, List<string?[]> Rows)>();
        var resources = descriptor.RootElement.GetProperty("resources").EnumerateArray().ToList();
        foreach (var resource in resources)
        {
            var name = resource.GetProperty("name").GetString()!;
            var path = Path.Combine(package, resource.GetProperty("path").GetString()!);
            var columns = Query(duck, $"SELECT column_name FROM (DESCRIBE SELECT * FROM {CsvOf(path)})").Select(r => (string)r[0]!).ToArray();
            tables[name] = (columns, Query(duck, $"SELECT * FROM {CsvOf(path)}").Select(r => r.Select(v => (string?)v).ToArray()).ToList());
        }

        var violations = new List<string>();
        foreach (var resource in resources)
        {
            var name = resource.GetProperty("name").GetString()!;
            var (columns, rows) = tables[name];
            var schema = resource.GetProperty("schema");
            foreach (var field in schema.GetProperty("fields").EnumerateArray())
            {
                var column = Array.IndexOf(columns, field.GetProperty("name").GetString());
                var constraints = field.GetProperty("constraints");
                var allowed = constraints.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()).ToHashSet() : null;
                foreach (var row in rows)
                {
                    var value = row[column];
                    if (value is null)
                    {
                        if (constraints.GetProperty("required").GetBoolean())
                        {
                            violations.Add($"{name}: {columns[column]} is required");
                        }

                        continue;
                    }

                    var valid = field.GetProperty("type").GetString() switch
                    {
                        "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                        "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                        "boolean" => value is "true" or "false",
                        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                        _ => !constraints.TryGetProperty("pattern", out var pattern) || System.Text.RegularExpressions.Regex.IsMatch(value, "^(?:" + pattern.GetString() + ")$"),
                    };
                    if (!valid || (allowed is not null && !allowed.Contains(value)))
                    {
                        violations.Add($"{name}: {columns[column]} = '{value}' is not a valid {field.GetProperty("type").GetString()}");
                    }
                }
            }

            var key = schema.GetProperty("primaryKey").EnumerateArray().Select(k => Array.IndexOf(columns, k.GetString())).ToArray();
            foreach (var duplicate in rows.GroupBy(r => string.Join("\u0001", key.Select(k => r[k]))).Where(g => g.Count() > 1))
            {
                violations.Add($"{name}: duplicate key {duplicate.Key}");
            }

            foreach (var foreignKey in schema.GetProperty("foreignKeys").EnumerateArray())
            {
                var column = Array.IndexOf(columns, foreignKey.GetProperty("fields")[0].GetString());
                var reference = foreignKey.GetProperty("reference");
                var target = reference.GetProperty("resource").GetString() is { Length: > 0 } other ? other : name;
                var targetColumn = Array.IndexOf(tables[target].Columns, reference.GetProperty("fields")[0].GetString());
                var keys = tables[target].Rows.Select(r => r[targetColumn]).ToHashSet();
                violations.AddRange(rows.Where(r => r[column] is not null && !keys.Contains(r[column])).Select(r => $"{name}: {columns[column]} '{r[column]}' is not a {target} key"));
            }
        }

        var (relationColumns, relations) = tables["relations"];
        foreach (var side in new[] { "subject", "object" })
        {
            var table = Array.IndexOf(relationColumns, side + "_table");
            var id = Array.IndexOf(relationColumns, side + "_id");
            violations.AddRange(relations.Where(r => !tables[r[table]!].Rows.Any(t => t[0] == r[id])).Select(r => $"relations: {side} {r[table]}/{r[id]} does not exist"));
        }

        return violations;
    }

    private static string PossibleDay(Event e) => Events.PossibleDays(e).First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string ParquetFile(string table) => Path.Combine(exported.Parquet, table + ".parquet");

    /// <summary>DuckDB's CSV reader told the dialect the descriptor declares, every value read as text.</summary>
    private static string CsvOf(string path) => $"read_csv('{path}', header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true)";

    private static DuckDBConnection DuckDb()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static List<object?[]> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return rows;
    }

    private static int Count(DuckDBConnection connection, string from) => Convert.ToInt32(Query(connection, "SELECT count(*) FROM " + from).Single()[0], CultureInfo.InvariantCulture);

    private static List<object?[]> Rows(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return rows;
    }

    private static string CitationLicence() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot(), "CITATION.cff")).Single(l => l.StartsWith("license:", StringComparison.Ordinal)).Split(':')[1].Trim();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
