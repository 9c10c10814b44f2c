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

        Problems(diff, output, string.Empty);
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

        Problems(diff, output, "\n> ");
    }

    public static void Json(DataDiff diff, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("base", diff.Base);
            json.WriteString("head", diff.Head);
            json.WriteNumber("baseErrors", diff.BaseProblems);
            json.WriteNumber("headErrors", diff.HeadProblems);
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

    private static void Problems(DataDiff diff, TextWriter output, string prefix)
    {
        foreach (var (label, count) in new[] { (diff.Base, diff.BaseProblems), (diff.Head, diff.HeadProblems) }.Where(p => p.Item2 > 0))
        {
            output.WriteLine($"{prefix}{label} has {count} data error{(count == 1 ? "" : "s")} (run sahel check); entries that could not be read are not compared.");
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
