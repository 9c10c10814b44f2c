using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SahelData.Cli.Curation;

/// <summary>The three views of a <see cref="DataDiff"/>: a terminal listing, Markdown for a pull request's job summary, JSON.</summary>
internal static class DiffWriters
{
    private const string Arrow = "→";

    public static string Summary(DataDiff diff)
    {
        var moved = diff.Changed.Count(c => c.MovedFrom is not null);
        var edited = diff.Changed.Count(c => c.Fields.Count > 0);
        return diff.IsEmpty
            ? "no change to the data"
            : $"{diff.Added.Count} added, {diff.Removed.Count} removed, {edited} changed, {moved} moved";
    }

    public static void Text(DataDiff diff, TextWriter output)
    {
        output.WriteLine($"{diff.Base} {Arrow} {diff.Head}: {Summary(diff)}");
        foreach (var entry in diff.Added)
        {
            output.WriteLine($"+ {entry.Key}{Titled(entry.Title)}  ({entry.File})");
        }

        foreach (var entry in diff.Removed)
        {
            output.WriteLine($"- {entry.Key}{Titled(entry.Title)}  ({entry.File})");
        }

        foreach (var change in diff.Changed)
        {
            output.WriteLine($"~ {change.Entry.Key}{Titled(change.Entry.Title)}  ({change.Entry.File})");
            if (change.MovedFrom is not null)
            {
                output.WriteLine($"    moved: {change.MovedFrom} {Arrow} {change.Entry.File}");
            }

            foreach (var field in change.Fields)
            {
                output.WriteLine(field switch
                {
                    { Before: null } => $"    {field.Field}: + {field.After}",
                    { After: null } => $"    {field.Field}: - {field.Before}",
                    _ => $"    {field.Field}: {field.Before} {Arrow} {field.After}",
                });
            }
        }

    }

    public static void Markdown(DataDiff diff, TextWriter output)
    {
        output.WriteLine($"### Data changes: `{diff.Base}` {Arrow} `{diff.Head}`");
        output.WriteLine();
        output.WriteLine(Summary(diff) + ".");
        if (diff.Added.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("#### Added");
            output.WriteLine();
            foreach (var entry in diff.Added)
            {
                output.WriteLine($"- `{entry.Key}`{Escape(Titled(entry.Title))} in `{entry.File}`");
            }
        }

        if (diff.Removed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("#### Removed");
            output.WriteLine();
            foreach (var entry in diff.Removed)
            {
                output.WriteLine($"- `{entry.Key}`{Escape(Titled(entry.Title))} from `{entry.File}`");
            }
        }

        if (diff.Changed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("#### Changed");
            foreach (var change in diff.Changed)
            {
                output.WriteLine();
                output.WriteLine($"**`{change.Entry.Key}`**{Escape(Titled(change.Entry.Title))} in `{change.Entry.File}`");
                if (change.MovedFrom is not null)
                {
                    output.WriteLine();
                    output.WriteLine($"Moved from `{change.MovedFrom}`.");
                }

                if (change.Fields.Count > 0)
                {
                    output.WriteLine();
                    output.WriteLine("| field | before | after |");
                    output.WriteLine("|---|---|---|");
                    foreach (var field in change.Fields)
                    {
                        output.WriteLine($"| `{field.Field}` | {Cell(field.Before)} | {Cell(field.After)} |");
                    }
                }
            }
        }
    }

    public static void Json(DataDiff diff, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("base", diff.Base);
            json.WriteString("head", diff.Head);
            json.WriteNumber("baseErrors", 0);
            json.WriteNumber("headErrors", 0);
            json.WriteStartArray("added");
            foreach (var entry in diff.Added)
            {
                WriteEntry(json, entry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("removed");
            foreach (var entry in diff.Removed)
            {
                WriteEntry(json, entry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("changed");
            foreach (var change in diff.Changed)
            {
                WriteEntry(json, change.Entry);
                if (change.MovedFrom is null)
                {
                    json.WriteNull("movedFrom");
                }
                else
                {
                    json.WriteString("movedFrom", change.MovedFrom);
                }

                json.WriteStartArray("fields");
                foreach (var field in change.Fields)
                {
                    json.WriteStartObject();
                    json.WriteString("field", field.Field);
                    WriteNullable(json, "before", field.Before);
                    WriteNullable(json, "after", field.After);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Opens the entry's object; the caller adds its own members and closes it.</summary>
    private static void WriteEntry(Utf8JsonWriter json, EntryRef entry)
    {
        json.WriteStartObject();
        json.WriteString("collection", entry.Collection);
        json.WriteString("id", entry.Id);
        WriteNullable(json, "title", entry.Title);
        json.WriteString("file", entry.File);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// What a diff prints when a side does not compile: which side, its errors in the build's own lines (located, so
    /// that the problem matcher annotates them), and no change list.
    /// </summary>
    public static void DoesNotCompile(DataVersion before, DataVersion after, string format, TextWriter output)
    {
        var sides = new[] { ("base", before), ("head", after) }.Where(s => s.Item2.Errors.Count > 0).ToList();
        if (format == "json")
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("base", before.Label);
                json.WriteString("head", after.Label);
                json.WriteBoolean("compiles", false);
                json.WriteNumber("baseErrors", before.Errors.Count);
                json.WriteNumber("headErrors", after.Errors.Count);
                json.WriteStartArray("errors");
                foreach (var (side, version) in sides)
                {
                    foreach (var error in version.Errors)
                    {
                        json.WriteStartObject();
                        json.WriteString("side", side);
                        json.WriteString("id", error.Id);
                        json.WriteString("message", error.Message);
                        WriteNullable(json, "file", error.Location is null ? null : DataDiff.Relative(error.Location.FilePath, version));
                        json.WriteNumber("line", error.Location?.Line ?? 0);
                        json.WriteNumber("column", error.Location?.Column ?? 0);
                        json.WriteString("text", error.ToString());
                        json.WriteEndObject();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            return;
        }

        var markdown = format == "markdown";
        if (markdown)
        {
            output.WriteLine($"### Data changes: `{before.Label}` {Arrow} `{after.Label}`");
            output.WriteLine();
        }

        foreach (var (side, version) in sides)
        {
            var count = $"{version.Errors.Count} data error{(version.Errors.Count == 1 ? "" : "s")}";
            if (markdown)
            {
                output.WriteLine($"**The {side} (`{version.Label}`) does not compile: {count}.** No change is listed until it compiles; fix these first (`sahel check` prints them too):");
                output.WriteLine();
                output.WriteLine("```text");
                foreach (var error in version.Errors)
                {
                    output.WriteLine(error.Location is null ? error.ToString() : error.ToString().Replace(error.Location.FilePath, DataDiff.Relative(error.Location.FilePath, version)));
                }

                output.WriteLine("```");
                output.WriteLine();
            }
            else
            {
                output.WriteLine($"sahel diff: the {side} ({version.Label}) does not compile: {count}; no change is listed until it compiles.");
                foreach (var error in version.Errors)
                {
                    output.WriteLine(error.ToString());
                }
            }
        }
    }

    private static string Titled(string? title) => title is null ? string.Empty : " — " + title;

    private static string Cell(string? value) => value is null ? "—" : Escape(value);

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r", " ").Replace("\n", " "))
        {
            if (c is '|' or '*' or '_' or '`' or '<' or '>' or '[' or ']' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
