using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SahelData.Compiler.Checking;

namespace SahelData.Cli.Curation;

/// <summary>A field that differs: its path (<c>positions[1].stance</c>), and its value before and after (null: absent).</summary>
internal sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>An entry as a diff shows it: collection, id, title and file (relative to the data folder's parent).</summary>
internal sealed record EntryRef(string Collection, string Id, string? Title, string File)
{
    public string Key => Collection + "/" + Id;
}

/// <summary>An entry present on both sides that changed, moved to another file, or both.</summary>
internal sealed record EntryChange(EntryRef Entry, string? MovedFrom, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// What changed between two versions of the data, by meaning: entries are matched by collection and id (so a moved
/// entry is one change, not a removal and an addition), fields by key, after binding (so a reformatted value, a
/// reordered key or a comment is no change), and references are shown with the name of the entry they lead to.
/// </summary>
internal sealed record DataDiff(string Base, string Head, IReadOnlyList<EntryRef> Added, IReadOnlyList<EntryRef> Removed, IReadOnlyList<EntryChange> Changed)
{
    private const string IdKey = "id";

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares two versions that both compile (see <see cref="DataVersion.Errors"/>).</summary>
    public static DataDiff Compare(DataVersion before, DataVersion after)
    {
        var old = Index(before.Snapshot);
        var current = Index(after.Snapshot);
        var added = current.Values.Where(e => !old.ContainsKey(Key(e))).Select(e => Ref(e, after)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var removed = old.Values.Where(e => !current.ContainsKey(Key(e))).Select(e => Ref(e, before)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var changed = new List<EntryChange>();
        foreach (var (key, entry) in current.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!old.TryGetValue(key, out var previous))
            {
                continue;
            }

            var fields = new List<FieldChange>();
            var renderBefore = new Renderer(old);
            var renderAfter = new Renderer(current);
            // The id matched the two sides; it cannot differ, and its name is the title, compared on its own.
            CompareFields(string.Empty, previous.Fields.Where(f => f.Key != IdKey).ToList(), entry.Fields.Where(f => f.Key != IdKey).ToList(), renderBefore, renderAfter, fields);
            var previousFile = Relative(previous.FilePath, before);
            var file = Relative(entry.FilePath, after);
            if (fields.Count > 0 || previousFile != file)
            {
                changed.Add(new EntryChange(Ref(entry, after), previousFile != file ? previousFile : null, fields));
            }
        }

        return new DataDiff(before.Label, after.Label, added, removed, changed);
    }

    private static Dictionary<string, DataEntry> Index(DataSnapshot snapshot)
    {
        var index = new Dictionary<string, DataEntry>(StringComparer.Ordinal);
        foreach (var entry in snapshot.Entries)
        {
            // A duplicate id is a data error the check reports; the diff compares the first.
            index.TryAdd(Key(entry), entry);
        }

        return index;
    }

    private static string Key(DataEntry entry) => entry.Folder + "/" + entry.Id;

    private static EntryRef Ref(DataEntry entry, DataVersion version) => new(entry.Folder, entry.Id, entry.Title, Relative(entry.FilePath, version));

    /// <summary>A path as a diff shows it: relative to the data folder's parent, with forward slashes.</summary>
    internal static string Relative(string path, DataVersion version) =>
        Path.GetRelativePath(Path.GetDirectoryName(version.Root) ?? version.Root, path).Replace('\\', '/');

    private static void CompareFields(string prefix, IReadOnlyList<DataField> before, IReadOnlyList<DataField> after, Renderer renderBefore, Renderer renderAfter, List<FieldChange> changes)
    {
        var keys = after.Select(f => f.Key).Concat(before.Select(f => f.Key)).Distinct().ToList();
        foreach (var key in keys)
        {
            CompareValues(
                prefix.Length == 0 ? key : prefix + "." + key,
                before.FirstOrDefault(f => f.Key == key)?.Value,
                after.FirstOrDefault(f => f.Key == key)?.Value,
                renderBefore,
                renderAfter,
                changes);
        }
    }

    private static void CompareValues(string path, DataValue? before, DataValue? after, Renderer renderBefore, Renderer renderAfter, List<FieldChange> changes)
    {
        // A list or a group of keys added or removed whole is shown item by item, key by key.
        before ??= Empty(after);
        after ??= Empty(before);
        switch (before, after)
        {
            case (DataRecord a, DataRecord b):
                CompareFields(path, a.Fields, b.Fields, renderBefore, renderAfter, changes);
                return;
            case (DataList a, DataList b) when a.Items.Count == b.Items.Count && a.Items.All(i => i is DataRecord) && b.Items.All(i => i is DataRecord):
                for (var i = 0; i < a.Items.Count; i++)
                {
                    CompareValues($"{path}[{i + 1}]", a.Items[i], b.Items[i], renderBefore, renderAfter, changes);
                }

                return;
            case (DataList a, DataList b):
                var oldItems = a.Items.Select(renderBefore.Render).ToList();
                var newItems = b.Items.Select(renderAfter.Render).ToList();
                var gone = Without(oldItems, newItems);
                var come = Without(newItems, oldItems);
                foreach (var item in gone)
                {
                    changes.Add(new FieldChange(path, item, null));
                }

                foreach (var item in come)
                {
                    changes.Add(new FieldChange(path, null, item));
                }

                if (gone.Count == 0 && come.Count == 0 && !oldItems.SequenceEqual(newItems))
                {
                    changes.Add(new FieldChange(path + " (order)", string.Join(", ", oldItems), string.Join(", ", newItems)));
                }

                return;
        }

        var was = before is null ? null : renderBefore.Render(before);
        var now = after is null ? null : renderAfter.Render(after);
        if (was != now)
        {
            changes.Add(new FieldChange(path, was, now));
        }
    }

    private static DataValue? Empty(DataValue? other) => other switch
    {
        DataList => new DataList([], null),
        DataRecord => new DataRecord([], null),
        _ => null,
    };

    /// <summary>The items of <paramref name="items"/> not in <paramref name="other"/>, counting repeats.</summary>
    private static List<string> Without(List<string> items, List<string> other)
    {
        var left = other.GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in items)
        {
            if (left.TryGetValue(item, out var count) && count > 0)
            {
                left[item] = count - 1;
            }
            else
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>Writes a value on one line; a reference with the name of the entry it leads to on that side.</summary>
    private sealed class Renderer(Dictionary<string, DataEntry> entries)
    {
        public string Render(DataValue value) => value switch
        {
            DataScalar scalar => scalar.Text,
            DataReference reference => entries.TryGetValue(reference.Folder + "/" + reference.Id, out var target) && target.Title is { } title
                ? $"{reference.Id} ({title})"
                : reference.Id,
            DataList list => "[" + string.Join(", ", list.Items.Select(Render)) + "]",
            DataRecord record => "{" + string.Join(", ", record.Fields.Select(f => f.Key + ": " + Render(f.Value))) + "}",
            _ => string.Empty,
        };
    }
}
