using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Names;
using SahelData.Compiler.Resolving;
using SahelData.Runtime;

namespace SahelData.Compiler.Linking;

/// <summary>
/// Links the files' entries into collections in stages, so that the generator redoes only what an edit touches:
/// <list type="number">
/// <item>the id index (<see cref="Index"/>), from each file's ids alone: id order, duplicate ids, member names;</item>
/// <item>each file on its own (<see cref="LinkFile"/>): its references resolved against the index, dangling ones reported;</item>
/// <item>each collection (<see cref="LinkCollections"/>) from its files' keys (names, references): hierarchy cycles.</item>
/// </list>
/// None of these outputs holds a location; <see cref="Diagnostics"/> locates their problems in the files.
/// </summary>
internal static class DatasetLinker
{
    /// <summary>The ids a file contributes to its collection, or null when it belongs to none.</summary>
    public static FileIds? IdsOf(BoundFile file) => file.Folder is null
        ? null
        : new FileIds(file.Path, file.Folder, file.Entries.Select(e => e.Id).ToEquatableArray(), file.Entries.Select(e => e.HasValidId).ToEquatableArray(), file.IsUnreadable);

    /// <summary>The file as linking reads it: without locations and diagnostics, so that moving text leaves it equal.</summary>
    public static BoundFile ContentOf(BoundFile file) => file with { Locations = EquatableArray<EntryLocations>.Empty, Diagnostics = EquatableArray<DiagnosticInfo>.Empty };

    /// <summary>Orders each collection's entries by id, finds repeated ids and assigns member names.</summary>
    public static IdIndex Index(IEnumerable<FileIds> files, EquatableArray<CollectionSpec> schema, CancellationToken cancellationToken)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var incomplete = ordered.Where(f => f.IsUnreadable).Select(f => f.Folder).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToEquatableArray();
        var collections = new List<CollectionIds>(schema.Count);
        var owners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in schema)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The binder binds a folder's files against the first collection of that folder; a second one (already
            // reported) gets none.
            var own = owners.Add(spec.Folder) ? ordered.Where(f => f.Folder == spec.Folder).ToList() : new List<FileIds>();
            collections.Add(IdsOf(spec, own));
        }

        return new IdIndex(collections.ToEquatableArray(), incomplete, EquatableArray<DiagnosticInfo>.Empty);
    }

    private static CollectionIds IdsOf(CollectionSpec spec, List<FileIds> files)
    {
        // OrderBy is stable: among equal ids, the entry of the first file (by path), then the first in the file, wins.
        var located = files
            .SelectMany((f, file) => f.Ids.Select((id, entry) => (Id: id, Valid: f.ValidIds[entry], Origin: new EntryOrigin(file, entry))))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var duplicates = new List<DuplicateId>();
        for (var i = 1; i < located.Count; i++)
        {
            var repeated = located[i].Id;
            if (repeated.Length == 0 || repeated != located[i - 1].Id)
            {
                continue;
            }

            var j = i - 1;
            while (j > 0 && located[j - 1].Id == repeated)
            {
                j--;
            }

            duplicates.Add(new DuplicateId(i, j));
        }

        var positions = files.Select(f => new int[f.Ids.Count]).ToList();
        for (var i = 0; i < located.Count; i++)
        {
            positions[located[i].Origin.File][located[i].Origin.Entry] = i;
        }

        var firstChunks = new int[files.Count];
        var chunkCount = 0;
        for (var file = 0; file < files.Count; file++)
        {
            firstChunks[file] = chunkCount;
            chunkCount += (files[file].Ids.Count + CollectionIds.EntriesPerChunk - 1) / CollectionIds.EntriesPerChunk;
        }

        var ids = located.Select(e => e.Id).ToList();
        var members = EntryNames.Assign(spec, ids, located.Select(e => e.Valid).ToList()).Select(n => new MemberName(n.Name, n.Clash));
        return new CollectionIds(
            spec.Folder,
            files.Select(f => f.Path).ToEquatableArray(),
            firstChunks.ToEquatableArray(),
            chunkCount,
            positions.Select(p => p.ToEquatableArray()).ToEquatableArray(),
            ids.ToEquatableArray(),
            located.Select(e => e.Origin).ToEquatableArray(),
            duplicates.ToEquatableArray(),
            members.ToEquatableArray());
    }

    /// <summary>
    /// Resolves the references of one file against the id index; null for a file of no collection. Reads nothing
    /// of other files but their ids, so a value edit elsewhere leaves this step cached.
    /// </summary>
    public static LinkedFile? LinkFile(BoundFile file, IdIndex index, EquatableArray<CollectionSpec> schema, CancellationToken cancellationToken)
    {
        var collection = file.Folder is null ? -1 : IndexOfFolder(schema, file.Folder);
        if (collection < 0 || collection >= index.Collections.Count)
        {
            return null;
        }

        var spec = schema[collection];
        var ids = index.Collections[collection];
        var fileNumber = IndexOf(ids.Files, file.Path);
        if (fileNumber < 0)
        {
            return null;
        }

        var problems = new List<EntryProblem>();
        return Stage.Guard(
            $"linking {file.Path}",
            () =>
            {
                var targets = new Dictionary<string, (CollectionSpec Spec, CollectionIds Ids)>(StringComparer.Ordinal);
                for (var i = 0; i < schema.Count && i < index.Collections.Count; i++)
                {
                    targets[schema[i].IdTypeName] = (schema[i], index.Collections[i]);
                }

                var positions = ids.FilePositions[fileNumber];
                var linker = new FileLinker(targets, index.IncompleteFolders, problems, fileNumber, spec.Folder);
                var entries = new List<BoundEntry>(file.Entries.Count);
                for (var i = 0; i < file.Entries.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var entry = file.Entries[i];
                    var fields = ((RecordValue)linker.Resolve(entry.Value, i)).Fields.ToArray();
                    if (fields[spec.IdFieldIndex] is ReferenceValue self)
                    {
                        fields[spec.IdFieldIndex] = self with { TargetIndex = positions[i] };
                    }

                    entries.Add(entry with { Value = new RecordValue(fields.ToEquatableArray()) });
                }

                return new LinkedFile(file.Path, spec.Folder, fileNumber, ids.FirstChunks[fileNumber], entries.ToEquatableArray(), positions, positions.Select(p => ids.Members[p]).ToEquatableArray(), problems.ToEquatableArray());
            },
            error =>
            {
                problems.Add(new EntryProblem(error, fileNumber, -1, -1));
                return new LinkedFile(file.Path, spec.Folder, fileNumber, ids.FirstChunks[fileNumber], EquatableArray<BoundEntry>.Empty, EquatableArray<int>.Empty, EquatableArray<MemberName>.Empty, problems.ToEquatableArray());
            });
    }

    /// <summary>What the collection-wide tables and checks read from a linked file: its entries' name keys and references.</summary>
    public static FileKeys? KeysOf(LinkedFile file, EquatableArray<CollectionSpec> schema)
    {
        var collection = IndexOfFolder(schema, file.Folder);
        if (collection < 0)
        {
            return null;
        }

        var spec = schema[collection];
        var paths = ReferencePaths.Of(spec);
        var entries = new List<EntryKeys>(file.Entries.Count);
        foreach (var entry in file.Entries)
        {
            var names = new List<string>();
            if (spec.HasNames)
            {
                var fields = entry.Value.Fields;
                if (fields[spec.NameFieldIndex] is StringValue name)
                {
                    names.Add(name.Value);
                }

                if (spec.AliasesFieldIndex >= 0 && fields[spec.AliasesFieldIndex] is ListValue aliases)
                {
                    names.AddRange(aliases.Items.OfType<StringValue>().Select(a => a.Value));
                }
            }

            var references = paths
                .Select(path => ReferencePaths.Locate(spec, entry.Value, path).Select(r => new LocatedReference(r.Location, r.Reference.Id, r.Reference.Slot, r.Reference.TargetIndex)).ToEquatableArray())
                .ToEquatableArray();
            var spelled = names.Select(n => (Spelling: n, Key: NameKey.Fold(n))).Where(p => p.Key.Length > 0).ToList();
            entries.Add(new EntryKeys(spelled.Select(p => p.Key).ToEquatableArray(), spelled.Select(p => p.Spelling).ToEquatableArray(), references));
        }

        return new FileKeys(file.Folder, file.File, file.Positions, entries.ToEquatableArray());
    }

    /// <summary>Each collection's keys in collection order, with the cycles of its hierarchies, in schema order.</summary>
    public static EquatableArray<CollectionKeys> LinkCollections(IReadOnlyList<FileKeys> files, IdIndex index, EquatableArray<CollectionSpec> schema, CancellationToken cancellationToken)
    {
        var collections = new List<CollectionKeys>(schema.Count);
        for (var c = 0; c < schema.Count && c < index.Collections.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spec = schema[c];
            var ids = index.Collections[c];
            var entries = new EntryKeys[ids.Ids.Count];
            foreach (var file in files.Where(f => f.Folder == spec.Folder && f.File < ids.Files.Count))
            {
                for (var i = 0; i < file.Entries.Count && i < file.Positions.Count; i++)
                {
                    entries[file.Positions[i]] = file.Entries[i];
                }
            }

            // A file whose keys are missing (its linking failed, already reported) leaves its entries without keys.
            var empty = new EntryKeys(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<EquatableArray<LocatedReference>>.Empty);
            var keys = entries.Select(e => e ?? empty).ToEquatableArray();
            // A file whose keys could not be read says why, with the collection's other problems.
            var errors = files.Where(f => f.Folder == spec.Folder).SelectMany(f => f.Errors).Select(e => new EntryProblem(e, -1, -1, -1));
            collections.Add(new CollectionKeys(spec, ids, keys, errors.Concat(CyclesOrError(spec, ids, keys)).ToEquatableArray()));
        }

        return collections.ToEquatableArray();
    }

    private static EquatableArray<EntryProblem> CyclesOrError(CollectionSpec spec, CollectionIds ids, EquatableArray<EntryKeys> entries) =>
        Stage.Guard($"checking the hierarchies of {spec.Folder}/", () => Cycles(spec, ids, entries), error => new[] { new EntryProblem(error, -1, -1, -1) }.ToEquatableArray());

    /// <summary>Follows each field marked acyclic from every entry and reports each link that closes a circle.</summary>
    private static EquatableArray<EntryProblem> Cycles(CollectionSpec spec, CollectionIds ids, EquatableArray<EntryKeys> entries)
    {
        var problems = new List<EntryProblem>();
        var paths = ReferencePaths.Of(spec);
        for (var p = 0; p < paths.Count; p++)
        {
            var path = paths[p];
            var field = spec.Fields[path.FieldIndexes[0]];
            if (!path.IsHierarchy)
            {
                continue;
            }

            var edges = entries.Select(e => p < e.References.Count ? e.References[p].Where(r => r.TargetIndex >= 0).ToList() : new List<LocatedReference>()).ToList();
            var state = new byte[entries.Count]; // 0 unvisited, 1 on the current path, 2 done
            for (var start = 0; start < entries.Count; start++)
            {
                if (state[start] != 0)
                {
                    continue;
                }

                var stack = new Stack<(int Node, int Edge)>();
                stack.Push((start, 0));
                state[start] = 1;
                while (stack.Count > 0)
                {
                    var (node, edge) = stack.Pop();
                    if (edge >= edges[node].Count)
                    {
                        state[node] = 2;
                        continue;
                    }

                    stack.Push((node, edge + 1));
                    var link = edges[node][edge];
                    if (state[link.TargetIndex] == 1)
                    {
                        var circle = stack.Reverse().Select(s => ids.Ids[s.Node]).SkipWhile(id => id != link.Id).Concat(new[] { link.Id });
                        var origin = ids.Origins[node];
                        problems.Add(new EntryProblem(
                            DiagnosticInfo.Create(DiagnosticCatalog.ReferenceCycle, null, ids.Ids[node], field.Key, string.Join(" → ", circle)),
                            origin.File,
                            origin.Entry,
                            link.Slot));
                    }
                    else if (state[link.TargetIndex] == 0)
                    {
                        state[link.TargetIndex] = 1;
                        stack.Push((link.TargetIndex, 0));
                    }
                }
            }
        }

        return problems.ToEquatableArray();
    }

    /// <summary>
    /// Locates the problems of linking in the files, in the order the build has always reported them: every
    /// repeated id first, then, collection by collection, dangling references in id order and hierarchy cycles.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(
        IReadOnlyList<BoundFile> files,
        IdIndex index,
        IReadOnlyList<LinkedFile> linked,
        IReadOnlyList<CollectionKeys> collections,
        EquatableArray<CollectionSpec> schema)
    {
        var locations = LocationsByPath(files);

        var diagnostics = new List<DiagnosticInfo>(index.Diagnostics);
        LocationInfo? Where(CollectionIds ids, int file, int entry, int slot)
        {
            if (file < 0 || file >= ids.Files.Count || entry < 0 || !locations.TryGetValue(ids.Files[file], out var located) || entry >= located.Count)
            {
                return null;
            }

            return slot < 0 ? located[entry].Id : slot < located[entry].References.Count ? located[entry].References[slot] : null;
        }

        foreach (var ids in index.Collections)
        {
            foreach (var duplicate in ids.Duplicates)
            {
                var repeated = ids.Origins[duplicate.Repeated];
                var first = ids.Origins[duplicate.Original];
                var original = Where(ids, first.File, first.Entry, -1);
                var diagnostic = DiagnosticInfo.Create(
                    DiagnosticCatalog.DuplicateId,
                    Where(ids, repeated.File, repeated.Entry, -1),
                    ids.Ids[duplicate.Repeated],
                    Path.GetFileName(original?.FilePath ?? ids.Files[first.File]),
                    $"line {original?.Line ?? 0}");
                diagnostics.Add(original is null ? diagnostic : diagnostic.WithAdditionalLocation(original));
            }
        }

        for (var c = 0; c < index.Collections.Count && c < schema.Count; c++)
        {
            var ids = index.Collections[c];
            var folder = schema[c].Folder;

            // Dangling references in collection order; within an entry, in the order they were found.
            var dangling = linked
                .Where(f => f.Folder == folder && f.File < ids.Files.Count && ids.Files[f.File] == f.Path)
                .SelectMany(f => f.Problems.Select(problem => (Position: problem.Entry >= 0 && problem.Entry < f.Positions.Count ? f.Positions[problem.Entry] : -1, Problem: problem)))
                .OrderBy(p => p.Position);
            foreach (var (_, problem) in dangling)
            {
                diagnostics.Add(problem.Diagnostic with { Location = Where(ids, problem.File, problem.Entry, problem.Slot) });
            }

            foreach (var problem in collections.Where(k => k.Spec.Folder == folder).SelectMany(k => k.Cycles))
            {
                diagnostics.Add(problem.Diagnostic with { Location = Where(ids, problem.File, problem.Entry, problem.Slot) });
            }
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>The member names that clash, located at the ids that cause them (only when members are generated).</summary>
    public static EquatableArray<DiagnosticInfo> NameClashes(IReadOnlyList<BoundFile> files, IdIndex index, EquatableArray<CollectionSpec> schema)
    {
        var locations = LocationsByPath(files);

        var diagnostics = new List<DiagnosticInfo>();
        for (var c = 0; c < index.Collections.Count && c < schema.Count; c++)
        {
            var ids = index.Collections[c];
            for (var i = 0; i < ids.Members.Count; i++)
            {
                if (ids.Members[i].Clash is not { } clash)
                {
                    continue;
                }

                var origin = ids.Origins[i];
                var location = locations.TryGetValue(ids.Files[origin.File], out var located) && origin.Entry < located.Count ? located[origin.Entry].Id : null;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.ReservedName,
                    location,
                    ids.Ids[i],
                    Naming.ToPascalCase(ids.Ids[i]),
                    clash,
                    ids.Ids[i] + "-" + schema[c].RecordName.ToLowerInvariant()));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static Dictionary<string, EquatableArray<EntryLocations>> LocationsByPath(IReadOnlyList<BoundFile> files)
    {
        var locations = new Dictionary<string, EquatableArray<EntryLocations>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            locations[file.Path] = file.Locations;
        }

        return locations;
    }

    private static int IndexOfFolder(EquatableArray<CollectionSpec> schema, string folder)
    {
        for (var i = 0; i < schema.Count; i++)
        {
            if (schema[i].Folder == folder)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(EquatableArray<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == item)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Resolves the references of one file's entries, recording the dangling ones.</summary>
    private sealed class FileLinker
    {
        private readonly Dictionary<string, (CollectionSpec Spec, CollectionIds Ids)> targets;
        private readonly EquatableArray<string> incompleteFolders;
        private readonly List<EntryProblem> problems;
        private readonly int file;
        private readonly string folder;

        public FileLinker(Dictionary<string, (CollectionSpec Spec, CollectionIds Ids)> targets, EquatableArray<string> incompleteFolders, List<EntryProblem> problems, int file, string folder)
        {
            this.folder = folder;
            this.targets = targets;
            this.incompleteFolders = incompleteFolders;
            this.problems = problems;
            this.file = file;
        }

        public BoundValue Resolve(BoundValue value, int entry)
        {
            switch (value)
            {
                case ReferenceValue reference:
                    if (!targets.TryGetValue(reference.TargetIdType, out var target))
                    {
                        // The schema names no collection for this id type; the schema check reports it once.
                        return reference;
                    }

                    var index = FirstIndexOf(target.Ids.Ids, reference.Id);
                    if (index >= 0)
                    {
                        // Only a position within the file's own collection is kept: one in another collection would
                        // change whenever that collection gains an entry, and re-emit every file that refers to it.
                        // Across collections the stored id is looked up through the target's id table instead.
                        return target.Spec.Folder == folder ? reference with { TargetIndex = index } : reference;
                    }

                    // A folder with a file that could not be parsed: the reference may name an entry of that file,
                    // and the syntax error is the one problem to fix, so it is not reported as dangling.
                    if (incompleteFolders.Contains(target.Spec.Folder))
                    {
                        return reference;
                    }

                    var closest = Suggestions.Closest(reference.Id, Distinct(target.Ids.Ids).Where(Naming.IsValidId));
                    var hint = closest is not null
                        ? $"Did you mean '{closest}'?"
                        : $"Check the spelling, or add an entry with this id to {target.Spec.Folder}/.";
                    problems.Add(new EntryProblem(DiagnosticInfo.Create(DiagnosticCatalog.DanglingReference, null, reference.Id, target.Spec.Folder + "/", hint), file, entry, reference.Slot));
                    return reference;
                case RecordValue record:
                    return new RecordValue(record.Fields.Select(f => Resolve(f, entry)).ToEquatableArray());
                case ListValue list:
                    return new ListValue(list.Items.Select(i => Resolve(i, entry)).ToEquatableArray());
                default:
                    return value;
            }
        }

        /// <summary>The position of the first of the ids (sorted by ordinal comparison) equal to <paramref name="id"/>, or -1.</summary>
        private static int FirstIndexOf(EquatableArray<string> sortedIds, string id)
        {
            int low = 0, high = sortedIds.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (string.CompareOrdinal(sortedIds[middle], id) < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low < sortedIds.Count && sortedIds[low] == id ? low : -1;
        }

        private static IEnumerable<string> Distinct(EquatableArray<string> sortedIds)
        {
            for (var i = 0; i < sortedIds.Count; i++)
            {
                if (i == 0 || sortedIds[i] != sortedIds[i - 1])
                {
                    yield return sortedIds[i];
                }
            }
        }
    }
}
