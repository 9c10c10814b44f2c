using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SahelData.Compiler.Checking;

namespace SahelData.Cli.Lsp;

/// <summary>
/// What the editor asks about a data file, answered from one analysis of the workspace (the build's own reading of
/// every file) and the text around the cursor: completion, hover, definition, references, rename and fixes.
/// </summary>
internal static partial class DataFeatures
{
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("Did you mean '([^']+)'\\?")]
    private static partial Regex Suggestion();

    public static CompletionList Complete(Workspace workspace, WorkspaceSnapshot snapshot, string path, string text, Position position)
    {
        var folder = workspace.FolderOf(path);
        var entryKeys = folder is null ? Array.Empty<DataKey>() : workspace.KeysOf(folder);
        if (CursorContext.At(text, position, entryKeys) is not { } context)
        {
            return new CompletionList(false, []);
        }

        if (context.IsKey)
        {
            return new CompletionList(false, context.KeysHere(entryKeys)
                .Select(key => new CompletionItem(key.Key, CompletionItemKind.Field, key.Describe + (key.IsRequired ? ", required" : string.Empty), Documentation(key.Description), key.Key + ": ", key.Key, null))
                .ToList());
        }

        var items = context.ValueKey(entryKeys) switch
        {
            { Kind: DataKeyKind.Reference, TargetFolder: { } target } => snapshot.Entries
                .Where(e => e.Folder == target)
                .Select(e => new CompletionItem(e.Id, CompletionItemKind.Reference, $"{e.Title} ({target})", Documentation($"**{e.Title}**\n\n{target}/{e.Id}"), e.Id, e.Id, e.Id))
                .ToList(),
            { Kind: DataKeyKind.Word } word => word.Words
                .Select((w, i) => new CompletionItem(w.Spelling, CompletionItemKind.EnumMember, w.Meaning, Documentation(w.Meaning), w.Spelling, w.Spelling, i.ToString("D4", CultureInfo.InvariantCulture)))
                .ToList(),
            { Kind: DataKeyKind.Boolean } => [new CompletionItem("true", CompletionItemKind.Value, null, null, "true", null, null), new CompletionItem("false", CompletionItemKind.Value, null, null, "false", null, null)],
            _ => new List<CompletionItem>(),
        };
        return new CompletionList(false, items);
    }

    public static Hover? HoverAt(Workspace workspace, WorkspaceSnapshot snapshot, string path, string text, Position position)
    {
        if (OccurrenceAt(snapshot, path, position) is { } occurrence)
        {
            var entry = snapshot.Find(occurrence.At.Folder, occurrence.At.Id);
            var body = entry is null
                ? $"`{occurrence.At.Id}`: no entry of {occurrence.At.Folder}/ has this id"
                : Describe(snapshot, entry);
            return new Hover(MarkupContent.Markdown(body), Conversions.ToRange(occurrence.At.Location!));
        }

        var folder = workspace.FolderOf(path);
        var entryKeys = folder is null ? Array.Empty<DataKey>() : workspace.KeysOf(folder);
        if (CursorContext.At(text, position, entryKeys) is not { Word.Length: > 0 } context)
        {
            return null;
        }

        // The whole word under the cursor, not only what precedes it.
        var wordEnd = new Position(position.Line, context.WordEnd);
        var atEnd = CursorContext.At(text, wordEnd, entryKeys)!;
        var word = text.Split('\n')[position.Line].Substring(context.WordStart, context.WordEnd - context.WordStart);
        var lineRest = text.Split('\n')[position.Line].Substring(context.WordEnd).TrimStart();
        if (atEnd.IsKey || lineRest.StartsWith(':'))
        {
            var key = atEnd.KeysHere(entryKeys).FirstOrDefault(k => k.Key == word);
            return key is null ? null : new Hover(MarkupContent.Markdown($"`{key.Key}`: {key.Describe}{(key.IsRequired ? ", required" : string.Empty)}\n\n{key.Description}"), context.WordRange);
        }

        if (atEnd.ValueKey(entryKeys) is { Kind: DataKeyKind.Word } wordKey && wordKey.Words.FirstOrDefault(w => w.Spelling == word) is { } allowed)
        {
            return new Hover(MarkupContent.Markdown($"`{allowed.Spelling}`: {allowed.Meaning}"), context.WordRange);
        }

        return null;
    }

    public static IReadOnlyList<Location> Definition(WorkspaceSnapshot snapshot, string path, Position position) =>
        OccurrenceAt(snapshot, path, position) is { } occurrence
            ? snapshot.Occurrences(occurrence.At.Folder, occurrence.At.Id).Where(o => o.IsDeclaration).Select(o => Conversions.ToLocation(o.At.Location!)).ToList()
            : [];

    public static IReadOnlyList<Location> References(WorkspaceSnapshot snapshot, string path, Position position, bool includeDeclaration) =>
        OccurrenceAt(snapshot, path, position) is { } occurrence
            ? snapshot.Occurrences(occurrence.At.Folder, occurrence.At.Id)
                .Where(o => includeDeclaration || !o.IsDeclaration)
                .Select(o => Conversions.ToLocation(o.At.Location!))
                .ToList()
            : [];

    /// <summary>Every place the id at the cursor is written, changed to <paramref name="newId"/>; an error message instead when the rename cannot be done.</summary>
    public static (WorkspaceEdit? Edit, string? Refusal) Rename(WorkspaceSnapshot snapshot, string path, Position position, string newId)
    {
        if (OccurrenceAt(snapshot, path, position) is not { } occurrence)
        {
            return (null, "Put the cursor on an id (an entry's id or a reference to one) to rename it.");
        }

        var (folder, id) = (occurrence.At.Folder, occurrence.At.Id);
        if (!IdPattern().IsMatch(newId))
        {
            return (null, $"'{newId}' is not a valid id: write lowercase letters and digits in words joined by hyphens, starting with a letter, e.g. wagner-group.");
        }

        if (snapshot.Find(folder, newId) is { } existing)
        {
            return (null, $"'{newId}' is already the id of an entry of {folder}/ ({existing.FilePath}:{existing.Location.Line}): choose another id.");
        }

        var changes = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        foreach (var (_, at, _) in snapshot.Occurrences(folder, id))
        {
            var location = at.Location!;
            var text = snapshot.Texts[location.FilePath];

            // The written value may be quoted: only the id inside it changes.
            var inside = text.IndexOf(id, location.Start, location.Length, StringComparison.Ordinal);
            var start = new Position(location.StartLine, location.StartColumn + Math.Max(0, inside - location.Start));
            var edit = new TextEdit(new Range(start, start with { Character = start.Character + id.Length }), newId);
            var uri = Conversions.ToUri(location.FilePath);
            if (!changes.TryGetValue(uri, out var edits))
            {
                changes[uri] = edits = new List<TextEdit>();
            }

            edits.Add(edit);
        }

        return (new WorkspaceEdit(changes.ToDictionary(c => c.Key, c => (IReadOnlyList<TextEdit>)c.Value, StringComparer.Ordinal)), null);
    }

    /// <summary>A fix for each diagnostic whose message suggests the word to write ("Did you mean 'wagner-group'?").</summary>
    public static IReadOnlyList<CodeAction> Fixes(string uri, string text, IEnumerable<Diagnostic> diagnostics)
    {
        var fixes = new List<CodeAction>();
        foreach (var diagnostic in diagnostics.Where(d => d.Source == Conversions.Source))
        {
            if (Suggestion().Match(diagnostic.Message) is not { Success: true } match)
            {
                continue;
            }

            var suggested = match.Groups[1].Value;
            var start = Conversions.Offset(text, diagnostic.Range.Start);
            var end = Conversions.Offset(text, diagnostic.Range.End);
            var written = text.Substring(start, Math.Max(0, end - start));
            var quote = written.Length >= 2 && written[0] is '\'' or '"' && written[^1] == written[0] ? written[0].ToString() : string.Empty;
            var edit = new TextEdit(diagnostic.Range, quote + suggested + quote);
            fixes.Add(new CodeAction(
                $"Change '{written.Trim('\'', '"')}' to '{suggested}'",
                "quickfix",
                [diagnostic],
                true,
                new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = [edit] })));
        }

        return fixes;
    }

    /// <summary>The id written at a position: an entry's own id or a reference to one, as the build read it.</summary>
    private static (DataEntry In, DataReference At)? OccurrenceAt(WorkspaceSnapshot snapshot, string path, Position position)
    {
        foreach (var entry in snapshot.Entries.Where(e => e.FilePath == path))
        {
            foreach (var field in entry.Fields)
            {
                foreach (var reference in WorkspaceSnapshot.References(field.Value))
                {
                    if (reference.Location is { } location && Conversions.Contains(location, position))
                    {
                        return (entry, reference);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>An entry as a hover shows it: its title and collection, then its words, dates and references with their titles.</summary>
    private static string Describe(WorkspaceSnapshot snapshot, DataEntry entry)
    {
        var text = new StringBuilder();
        text.Append("**").Append(entry.Title ?? entry.Id).Append("**\n\n`").Append(entry.Folder).Append('/').Append(entry.Id).Append('`');
        foreach (var field in entry.Fields.Where(f => f.Key != "id"))
        {
            var line = field.Value switch
            {
                DataScalar { Kind: DataScalarKind.Word or DataScalarKind.Date } scalar => scalar.Text,
                DataReference reference => Titled(snapshot, reference),
                DataList { Items.Count: > 0 } list when list.Items.All(i => i is DataReference) =>
                    string.Join(", ", list.Items.Cast<DataReference>().Select(r => Titled(snapshot, r))),
                _ => null,
            };
            if (line is not null)
            {
                text.Append("\n\n").Append(field.Key).Append(": ").Append(line);
            }
        }

        return text.ToString();
    }

    private static string Titled(WorkspaceSnapshot snapshot, DataReference reference) =>
        snapshot.Find(reference.Folder, reference.Id)?.Title is { } title ? $"`{reference.Id}` ({title})" : $"`{reference.Id}`";

    private static MarkupContent? Documentation(string? markdown) => markdown is null ? null : MarkupContent.Markdown(markdown);
}
