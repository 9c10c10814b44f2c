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
/// Decides, once, everything the emitters write: for each collection as a whole, member names, reference paths and
/// their targets, reverse indexes, the name index and the id tables; for each data file (a chunk of its
/// collection), the stored values of its entries and their named members.
/// </summary>
internal static class DatasetResolver
{
    /// <summary>
    /// Resolves one collection as a whole from its linked keys. Its input holds neither a location nor a stored
    /// value, so an edit that only moves text or changes a description leaves it cached.
    /// </summary>
    public static ResolveResult Resolve(CollectionKeys keys, EquatableArray<CollectionSpec> schema, OutputSettings settings, CancellationToken cancellationToken)
    {
        return Stage.Guard(
            $"resolving {keys.Spec.Folder}/",
            () => new ResolveResult(Resolve(keys, schema, schema.Select(c => Ref(c, settings)).ToEquatableArray(), settings, cancellationToken), EquatableArray<DiagnosticInfo>.Empty),
            error => new ResolveResult(null, new[] { error }.ToEquatableArray()));
    }

    /// <summary>Resolves one linked file, chunk by chunk: the stored values of the entries and their named members.</summary>
    public static ImmutableArray<ChunkResult> ResolveChunks(LinkedFile file, EquatableArray<CollectionSpec> schema, OutputSettings settings, CancellationToken cancellationToken)
    {
        var spec = schema.FirstOrDefault(c => c.Folder == file.Folder);
        if (spec is null)
        {
            return ImmutableArray<ChunkResult>.Empty;
        }

        var chunks = ImmutableArray.CreateBuilder<ChunkResult>();
        for (var start = 0; start < file.Entries.Count; start += CollectionIds.EntriesPerChunk)
        {
            var chunk = file.FirstChunk + (start / CollectionIds.EntriesPerChunk);
            var count = Math.Min(CollectionIds.EntriesPerChunk, file.Entries.Count - start);
            chunks.Add(Stage.Guard(
                $"resolving chunk {chunk} of {spec.Folder}/ ({file.Path})",
                () =>
                {
                    var entries = file.Entries.Skip(start).Take(count).ToEquatableArray();
                    var stored = Store(spec, entries, new TextTable(), cancellationToken);
                    var members = settings.HasNamedMembers(spec.Folder) ? Members(spec, file, start, count) : EquatableArray<NamedMember>.Empty;
                    return new ChunkResult(new ResolvedChunk(spec, chunk, members, stored), EquatableArray<DiagnosticInfo>.Empty);
                },
                error => new ChunkResult(null, new[] { error }.ToEquatableArray())));
        }

        return chunks.ToImmutable();
    }

    private static CollectionRef Ref(CollectionSpec spec, OutputSettings settings) =>
        new(spec.Folder, settings.FolderPath(spec.Folder), spec.IdTypeName, spec.IdTypeFullName, spec.ClassFullName);

    private static ResolvedCollection Resolve(
        CollectionKeys keys,
        EquatableArray<CollectionSpec> schema,
        EquatableArray<CollectionRef> collections,
        OutputSettings settings,
        CancellationToken cancellationToken)
    {
        var spec = keys.Spec;
        var ids = keys.Ids.Ids;
        CollectionRef? Target(string idTypeName) => CollectionRef.OfIdType(collections, idTypeName);

        var texts = new TextTable();
        var tables = IdTablesOf(keys.Ids, texts, cancellationToken);
        var names = spec.HasNames ? NameIndexOf(keys.Entries, texts) : null;
        var paths = ReferencePaths.Of(spec);
        var reverse = paths
            .Select((path, index) => (Path: path, Index: index))
            .Where(p => Target(p.Path.TargetIdType) is not null)
            .Select(p => ReverseIndexOf(keys.Entries, p.Index, p.Path, Target(p.Path.TargetIdType)!, p.Path.TargetIdType == spec.IdTypeName, texts))
            .ToEquatableArray();
        var incoming = schema
            .SelectMany(source => ReferencePaths.Of(source)
                .Where(p => p.TargetIdType == spec.IdTypeName)
                .Select(p => new IncomingIndex(Ref(source, settings), p.MethodName, p.KeyPath)))
            .ToEquatableArray();

        return new ResolvedCollection(
            spec,
            ids,
            keys.Entries,
            collections,
            settings.HasNamedMembers(spec.Folder) ? keys.Ids.Members : EquatableArray<MemberName>.Empty,
            reverse,
            incoming,
            names,
            tables with
            {
                TextCount = texts.Count,
                Utf8 = texts.Utf8(),
                TextBounds = PackedText.Table(texts.Bounds()),
            },
            keys.Ids.ChunkCount,
            settings.HasNamedMembers(spec.Folder),
            JsonSchemaResolver.Resolve(spec, collections, settings),
            ids.Count > 0 ? ids[0] : null);
    }

    private static IdTables IdTablesOf(CollectionIds ids, TextTable texts, CancellationToken cancellationToken)
    {
        // Among equal ids (already reported), the first entry wins.
        var firstIds = new List<string>();
        var idEntries = new List<int>();
        var idTexts = new int[ids.Ids.Count];
        for (var i = 0; i < ids.Ids.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            idTexts[i] = texts.IndexOf(ids.Ids[i]);
            if (i == 0 || ids.Ids[i] != ids.Ids[i - 1])
            {
                firstIds.Add(ids.Ids[i]);
                idEntries.Add(i);
            }
        }

        var perfect = HashTables.BuildPerfect(firstIds, ignoresAsciiCase: false, idEntries);
        var idSlots = perfect?.Slots ?? PackedText.Table(HashTables.Build(firstIds).Select(slot => slot == 0 ? 0 : idEntries[slot - 1] + 1).ToList());
        var empty = new PackedTable(string.Empty, 1);
        return new IdTables(
            idSlots,
            perfect,
            PackedText.Table(idTexts),
            PackedText.Table(ids.Origins.Select(ids.ChunkOf).ToList()),
            PackedText.Table(ids.Origins.Select(o => o.Entry % CollectionIds.EntriesPerChunk).ToList()),
            0,
            string.Empty,
            empty);
    }

    private static StoredValues Store(CollectionSpec spec, IReadOnlyList<BoundEntry> entries, TextTable texts, CancellationToken cancellationToken)
    {
        var encoder = new ValueEncoder(texts.IndexOf);
        var values = new StringBuilder();
        var starts = new int[entries.Count];
        var entryValues = new List<int>();
        var recordType = TypeSpec.Scalar(FieldKind.Record, spec.RecordTypeName, false) with { Fields = spec.Fields };
        for (var i = 0; i < entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starts[i] = values.Length;
            entryValues.Clear();
            encoder.Write(recordType, entries[i].Value, entryValues);
            foreach (var value in entryValues)
            {
                PackedText.AppendVarint(values, value);
            }
        }

        return new StoredValues(values.ToString(), PackedText.Table(starts), texts.Count, texts.Utf8(), PackedText.Table(texts.Bounds()));
    }

    private static NameIndex NameIndexOf(EquatableArray<EntryKeys> entries, TextTable texts)
    {
        var byKey = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var keyOfSpelling = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var nameKeys = entries[i].NameKeys;
            for (var j = 0; j < nameKeys.Count; j++)
            {
                var key = nameKeys[j];
                keyOfSpelling[entries[i].NameSpellings[j]] = key;
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

        var keyIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            keyIndexes.Add(keys[i], i);
        }

        // The probe table holds every key and, after them, every spelling the hash, blind to case, tells from the texts
        // before it: a name in any spelling the data records, in any case, is then found by one probe, without folding.
        // A spelling the hash reads as a text already there (the same code units but for bit 5: that text in another
        // case, or a rarer pair such as Ā and Ġ) is left out, since the two would share every slot and leave no perfect
        // layout; it is still found, by the probe when it is that text in another case, else by folding.
        var probeTexts = new List<string>(keys);
        var probeKeys = Enumerable.Range(0, keys.Count).ToList();
        var seen = new HashSet<string>(keys.Select(StableHash.AsReadBlindToCase), StringComparer.Ordinal);
        foreach (var pair in keyOfSpelling)
        {
            if (seen.Add(StableHash.AsReadBlindToCase(pair.Key)))
            {
                probeTexts.Add(pair.Key);
                probeKeys.Add(keyIndexes[pair.Value]);
            }
        }

        var probeEntries = probeKeys.Select(k => bounds[k + 1] - bounds[k] == 1 ? positions[bounds[k]] : -1).ToList();
        var perfect = HashTables.BuildPerfect(probeTexts, ignoresAsciiCase: true);
        return new NameIndex(
            perfect?.Slots ?? PackedText.Table(HashTables.Build(probeTexts, ignoresAsciiCase: true)),
            perfect,
            PackedText.Table(probeTexts.Select(texts.IndexOf).ToList()),
            PackedText.Table(probeKeys),
            PackedText.Table(probeEntries),
            PackedText.Table(bounds),
            PackedText.Table(positions));
    }

    /// <summary>
    /// A reverse index. Within a collection it is keyed by the target's position (an id edit re-emits the collection
    /// anyway). Across collections it is keyed by the target's id, through a hash table of its own: no position of
    /// another collection is baked in, so adding an entry to the collection referred to leaves this one as it was.
    /// </summary>
    private static ReverseIndex ReverseIndexOf(EquatableArray<EntryKeys> entries, int pathIndex, ReferencePath path, CollectionRef target, bool withinCollection, TextTable texts)
    {
        if (!withinCollection)
        {
            return ReverseIndexById(entries, pathIndex, path, target, texts);
        }

        var byTarget = new SortedDictionary<int, SortedSet<int>>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (pathIndex >= entries[i].References.Count)
            {
                continue;
            }

            foreach (var reference in entries[i].References[pathIndex].Where(r => r.TargetIndex >= 0))
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

        return new ReverseIndex(path, pathIndex, target, PackedText.Table(bounds), PackedText.Table(sources), null);
    }

    private static ReverseIndex ReverseIndexById(EquatableArray<EntryKeys> entries, int pathIndex, ReferencePath path, CollectionRef target, TextTable texts)
    {
        var byTarget = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (pathIndex >= entries[i].References.Count)
            {
                continue;
            }

            foreach (var reference in entries[i].References[pathIndex])
            {
                if (!byTarget.TryGetValue(reference.Id, out var set))
                {
                    byTarget.Add(reference.Id, set = new SortedSet<int>());
                }

                set.Add(i);
            }
        }

        var targets = byTarget.Keys.ToList();
        var bounds = new List<int>(targets.Count + 1) { 0 };
        var sources = new List<int>();
        foreach (var set in byTarget.Values)
        {
            sources.AddRange(set);
            bounds.Add(sources.Count);
        }

        var keys = new TargetKeys(PackedText.Table(HashTables.Build(targets)), PackedText.Table(targets.Select(texts.IndexOf).ToList()));
        return new ReverseIndex(path, pathIndex, target, PackedText.Table(bounds), PackedText.Table(sources), keys);
    }

    private static EquatableArray<NamedMember> Members(CollectionSpec spec, LinkedFile file, int start, int count)
    {
        var members = new List<NamedMember>();
        for (var i = start; i < start + count; i++)
        {
            if (file.Members[i].Name is { } name)
            {
                var entry = file.Entries[i];
                var fields = entry.Value.Fields;
                var title = spec.TitleFieldIndex >= 0 && fields[spec.TitleFieldIndex] is StringValue t ? t.Value : entry.Id;
                members.Add(new NamedMember(file.Positions[i], entry.Id, name, title));
            }
        }

        return members.ToEquatableArray();
    }

    /// <summary>The texts of a table in first-use order, each stored once.</summary>
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
