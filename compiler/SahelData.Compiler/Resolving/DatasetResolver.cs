using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Names;
using SahelData.Runtime;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// Decides, once, everything the emitters write for each collection of a linked dataset: member names, reference
/// paths and their targets, reverse indexes, the name index, hash tables and the stored values. Also reports the
/// problems that only the chosen output has: an id whose generated member name clashes, when members are generated.
/// </summary>
internal static class DatasetResolver
{
    /// <summary>Resolves every collection, with the diagnostics of each (used where nothing is cached, as in tools).</summary>
    public static ResolvedDataset Resolve(LinkedDataset dataset, EquatableArray<CollectionSpec> schema, OutputSettings settings, CancellationToken cancellationToken)
    {
        var resolved = dataset.Collections.Select(data => Resolve(data, schema, settings, cancellationToken)).ToList();
        return new ResolvedDataset(
            resolved.Where(r => r.Collection is not null).Select(r => r.Collection!).ToEquatableArray(),
            resolved.SelectMany(r => r.Diagnostics).Concat(Diagnostics(resolved, dataset.IdLocations)).ToEquatableArray());
    }

    /// <summary>
    /// Resolves one linked collection. Its input holds no location, so an edit that only moves text leaves it
    /// cached; the problems it finds come back without locations too (see <see cref="Diagnostics"/>).
    /// </summary>
    public static ResolveResult Resolve(CollectionData data, EquatableArray<CollectionSpec> schema, OutputSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var collections = schema.Select(c => Ref(c, settings)).ToEquatableArray();
            return new ResolveResult(Resolve(data, schema, collections, settings, cancellationToken), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ResolveResult(null, new[] { DiagnosticInfo.Create(DiagnosticCatalog.InternalError, null, $"resolving {data.Spec.Folder}/", exception.ToString()) }.ToEquatableArray());
        }
    }

    /// <summary>The clashing member names of resolved collections, located at the ids that cause them.</summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(IEnumerable<ResolveResult> results, EquatableArray<CollectionIdLocations> idLocations)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var collection in results.Select(r => r.Collection).Where(c => c is not null))
        {
            var locations = idLocations.FirstOrDefault(l => l.Folder == collection!.Spec.Folder);
            foreach (var clash in collection!.Clashes)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.ReservedName,
                    locations is not null && clash.Index < locations.Ids.Count ? locations.Ids[clash.Index] : null,
                    clash.Id,
                    clash.Name,
                    clash.Reason,
                    clash.Suggestion));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static CollectionRef Ref(CollectionSpec spec, OutputSettings settings) =>
        new(spec.Folder, settings.FolderPath(spec.Folder), spec.IdTypeName, spec.IdTypeFullName, spec.ClassFullName);

    private static ResolvedCollection Resolve(
        CollectionData data,
        EquatableArray<CollectionSpec> schema,
        EquatableArray<CollectionRef> collections,
        OutputSettings settings,
        CancellationToken cancellationToken)
    {
        var spec = data.Spec;
        var entries = data.Entries;
        CollectionRef? Target(string idTypeName) => collections.FirstOrDefault(c => c.IdTypeName == idTypeName);

        var texts = new TextTable();
        var stored = Store(spec, entries, texts, cancellationToken);
        var names = spec.HasNames ? NameIndexOf(spec, entries, texts) : null;
        var reverse = ReferencePaths.Of(spec)
            .Where(p => Target(p.TargetIdType) is not null)
            .Select(p => ReverseIndexOf(entries, p, Target(p.TargetIdType)!))
            .ToEquatableArray();
        var incoming = schema
            .SelectMany(source => ReferencePaths.Of(source)
                .Where(p => p.TargetIdType == spec.IdTypeName)
                .Select(p => new IncomingIndex(Ref(source, settings), p.MethodName, p.KeyPath)))
            .ToEquatableArray();
        var clashes = new List<NameClash>();
        var members = settings.NamedMembers ? Members(spec, entries, clashes) : EquatableArray<NamedMember>.Empty;

        return new ResolvedCollection(spec, entries, collections, members, reverse, incoming, names, stored with
        {
            TextCount = texts.Count,
            Utf8 = texts.Utf8(),
            TextBounds = PackedText.Table(texts.Bounds()),
        }, settings.NamedMembers, new CollectionSettings(settings.SchemaTitle(spec.Folder), settings.FolderPath(spec.Folder)), entries.Count > 0 ? entries[0].Id : null, clashes.ToEquatableArray());
    }

    private static StoredValues Store(CollectionSpec spec, EquatableArray<BoundEntry> entries, TextTable texts, CancellationToken cancellationToken)
    {
        var encoder = new ValueEncoder(texts.IndexOf);
        var values = new StringBuilder();
        var starts = new int[entries.Count];
        var idTexts = new int[entries.Count];
        var entryValues = new List<int>();
        var recordType = TypeSpec.Scalar(ValueKind.Record, spec.RecordTypeName, false) with { Fields = spec.Fields };
        for (var i = 0; i < entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starts[i] = values.Length;
            idTexts[i] = texts.IndexOf(entries[i].Id);
            entryValues.Clear();
            encoder.Write(recordType, entries[i].Value, entryValues);
            foreach (var value in entryValues)
            {
                PackedText.AppendVarint(values, value);
            }
        }

        // Among equal ids (already reported), the first entry wins.
        var firstIds = new List<string>();
        var idEntries = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (seen.Add(entries[i].Id))
            {
                firstIds.Add(entries[i].Id);
                idEntries.Add(i);
            }
        }

        var idSlots = HashTables.Build(firstIds).Select(slot => slot == 0 ? 0 : idEntries[slot - 1] + 1).ToList();
        var empty = new PackedTable(string.Empty, 1);
        return new StoredValues(values.ToString(), PackedText.Table(starts), PackedText.Table(idTexts), PackedText.Table(idSlots), 0, string.Empty, empty);
    }

    private static NameIndex NameIndexOf(CollectionSpec spec, EquatableArray<BoundEntry> entries, TextTable texts)
    {
        var byKey = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var fields = entries[i].Value.Fields;
            var names = new List<string>();
            if (fields[spec.NameFieldIndex] is StringValue name)
            {
                names.Add(name.Value);
            }

            if (spec.AliasesFieldIndex >= 0 && fields[spec.AliasesFieldIndex] is ListValue aliases)
            {
                names.AddRange(aliases.Items.OfType<StringValue>().Select(a => a.Value));
            }

            foreach (var key in names.Select(NameKey.Fold).Where(k => k.Length > 0))
            {
                if (!byKey.TryGetValue(key, out var set))
                {
                    byKey.Add(key, set = new SortedSet<int>());
                }

                set.Add(i);
            }
        }

        var keys = byKey.Keys.ToList();
        var bounds = new List<int> { 0 };
        var positions = new List<int>();
        foreach (var set in byKey.Values)
        {
            positions.AddRange(set);
            bounds.Add(positions.Count);
        }

        return new NameIndex(
            PackedText.Table(HashTables.Build(keys)),
            PackedText.Table(keys.Select(texts.IndexOf).ToList()),
            PackedText.Table(bounds),
            PackedText.Table(positions));
    }

    private static ReverseIndex ReverseIndexOf(EquatableArray<BoundEntry> entries, ReferencePath path, CollectionRef target)
    {
        var byTarget = new SortedDictionary<int, SortedSet<int>>();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var reference in ReferencePaths.ValuesAt(entries[i].Value, path).Where(r => r.TargetIndex >= 0))
            {
                if (!byTarget.TryGetValue(reference.TargetIndex, out var set))
                {
                    byTarget.Add(reference.TargetIndex, set = new SortedSet<int>());
                }

                set.Add(i);
            }
        }

        var targetCount = byTarget.Count == 0 ? 0 : byTarget.Keys.Max() + 1;
        var bounds = new List<int>(targetCount + 1) { 0 };
        var sources = new List<int>();
        for (var index = 0; index < targetCount; index++)
        {
            if (byTarget.TryGetValue(index, out var set))
            {
                sources.AddRange(set);
            }

            bounds.Add(sources.Count);
        }

        return new ReverseIndex(path, target, PackedText.Table(bounds), PackedText.Table(sources));
    }

    private static EquatableArray<NamedMember> Members(CollectionSpec spec, EquatableArray<BoundEntry> entries, List<NameClash> clashes)
    {
        var names = EntryNames.Assign(spec, entries);
        var members = new List<NamedMember>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (names[i].Clash is { } clash)
            {
                clashes.Add(new NameClash(i, entries[i].Id, Naming.ToPascalCase(entries[i].Id), clash, entries[i].Id + "-" + spec.RecordName.ToLowerInvariant()));
            }

            if (names[i].Name is { } name)
            {
                var fields = entries[i].Value.Fields;
                var title = spec.TitleFieldIndex >= 0 && fields[spec.TitleFieldIndex] is StringValue t ? t.Value : entries[i].Id;
                var description = spec.DescriptionFieldIndex >= 0 && fields[spec.DescriptionFieldIndex] is StringValue d ? d.Value : null;
                members.Add(new NamedMember(i, entries[i].Id, name, title, description));
            }
        }

        return members.ToEquatableArray();
    }

    /// <summary>The texts of a collection in first-use order, each stored once.</summary>
    private sealed class TextTable
    {
        private readonly List<string> texts = new();
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);

        public int Count => texts.Count;

        public int IndexOf(string text)
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = texts.Count;
                texts.Add(text);
                indexes.Add(text, index);
            }

            return index;
        }

        public string Utf8() => string.Concat(texts);

        public List<int> Bounds()
        {
            var bounds = new List<int>(texts.Count + 1) { 0 };
            var offset = 0;
            foreach (var text in texts)
            {
                offset += Encoding.UTF8.GetByteCount(text);
                bounds.Add(offset);
            }

            return bounds;
        }
    }
}
