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

namespace SahelData.Compiler.Linking;

/// <summary>
/// Links every file's entries into one dataset after all files are read: orders entries by id, reports duplicate ids,
/// resolves every reference (or reports it dangling) and checks hierarchies for cycles.
/// </summary>
internal sealed class DatasetLinker
{
    private readonly ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
    private readonly List<CollectionIdLocations> idLocations = new();
    private readonly CancellationToken cancellationToken;

    // Folders with a file that could not be parsed: a reference into them may name an entry of that file, and the
    // syntax error is the one problem to fix, so such references are not reported as dangling.
    private readonly HashSet<string> incompleteFolders = new(StringComparer.Ordinal);

    private DatasetLinker(CancellationToken cancellationToken) => this.cancellationToken = cancellationToken;

    public static LinkedDataset Link(ImmutableArray<BoundFile> files, EquatableArray<CollectionSpec> schema, CancellationToken cancellationToken)
    {
        var linker = new DatasetLinker(cancellationToken);
        try
        {
            var collections = linker.LinkAll(files, schema);
            return new LinkedDataset(collections, linker.idLocations.ToEquatableArray(), linker.diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            linker.diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InternalError, null, "linking the dataset", exception.ToString()));
            return new LinkedDataset(EquatableArray<CollectionData>.Empty, EquatableArray<CollectionIdLocations>.Empty, linker.diagnostics.ToEquatableArray());
        }
    }

    private EquatableArray<CollectionData> LinkAll(ImmutableArray<BoundFile> files, EquatableArray<CollectionSpec> schema)
    {
        var orderedFiles = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        foreach (var file in orderedFiles.Where(f => f.IsUnreadable && f.Folder is not null))
        {
            incompleteFolders.Add(file.Folder!);
        }

        var sorted = schema.Select(spec => SortAndCheckDuplicates(spec, orderedFiles)).ToList();

        var indexByType = new Dictionary<string, (CollectionSpec Spec, Dictionary<string, int> Ids)>(StringComparer.Ordinal);
        foreach (var (spec, entries) in sorted)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                if (!ids.ContainsKey(entries[i].Entry.Id))
                {
                    ids.Add(entries[i].Entry.Id, i);
                }
            }

            indexByType[spec.IdTypeName] = (spec, ids);
        }

        var collections = new List<CollectionData>(sorted.Count);
        foreach (var (spec, entries) in sorted)
        {
            var resolved = new List<BoundEntry>(entries.Count);
            for (var i = 0; i < entries.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (entry, locations) = entries[i];
                var value = (RecordValue)Resolve(entry.Value, locations, indexByType);
                var fields = value.Fields.ToArray();
                if (fields[spec.IdFieldIndex] is ReferenceValue self)
                {
                    fields[spec.IdFieldIndex] = self with { TargetIndex = i };
                }

                resolved.Add(entry with { Value = new RecordValue(fields.ToEquatableArray()) });
            }

            CheckCycles(spec, resolved, entries);
            collections.Add(new CollectionData(spec, resolved.ToEquatableArray()));
            idLocations.Add(new CollectionIdLocations(spec.Folder, entries.Select(e => e.Locations.Id).ToEquatableArray()));
        }

        return collections.ToEquatableArray();
    }

    private (CollectionSpec Spec, List<(BoundEntry Entry, EntryLocations Locations)> Entries) SortAndCheckDuplicates(CollectionSpec spec, List<BoundFile> files)
    {
        // OrderBy is stable: among equal ids, the entry of the first file (by path), then the first in the file, wins.
        var located = files.Where(f => f.Folder == spec.Folder)
            .SelectMany(f => f.Entries.Select((e, i) => (Entry: e, Locations: f.Locations[i])))
            .OrderBy(e => e.Entry.Id, StringComparer.Ordinal)
            .ToList();
        var entries = located.Select(e => e.Entry).ToList();
        for (var i = 1; i < entries.Count; i++)
        {
            var first = entries[i - 1];
            var repeated = entries[i];
            if (repeated.Id.Length == 0 || repeated.Id != first.Id)
            {
                continue;
            }

            var j = i - 1;
            while (j > 0 && entries[j - 1].Id == repeated.Id)
            {
                j--;
            }

            var original = located[j].Locations.Id;
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticCatalog.DuplicateId,
                located[i].Locations.Id,
                repeated.Id,
                Path.GetFileName(original.FilePath),
                $"line {original.Line}").WithAdditionalLocation(original));
        }

        return (spec, located);
    }

    private BoundValue Resolve(BoundValue value, EntryLocations locations, Dictionary<string, (CollectionSpec Spec, Dictionary<string, int> Ids)> indexByType)
    {
        switch (value)
        {
            case ReferenceValue reference:
                if (!indexByType.TryGetValue(reference.TargetIdType, out var target))
                {
                    // The schema names no collection for this id type; the schema check reports it once.
                    return reference;
                }

                if (target.Ids.TryGetValue(reference.Id, out var index))
                {
                    return reference with { TargetIndex = index };
                }

                if (incompleteFolders.Contains(target.Spec.Folder))
                {
                    return reference;
                }

                var closest = Suggestions.Closest(reference.Id, target.Ids.Keys.Where(Naming.IsValidId));
                var hint = closest is not null
                    ? $"Did you mean '{closest}'?"
                    : $"Check the spelling, or add an entry with this id to {target.Spec.Folder}/.";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.DanglingReference, locations.References[reference.Slot], reference.Id, target.Spec.Folder + "/", hint));
                return reference;
            case RecordValue record:
                return new RecordValue(record.Fields.Select(f => Resolve(f, locations, indexByType)).ToEquatableArray());
            case ListValue list:
                return new ListValue(list.Items.Select(i => Resolve(i, locations, indexByType)).ToEquatableArray());
            default:
                return value;
        }
    }

    /// <summary>Follows each field marked acyclic from every entry and reports each link that closes a circle.</summary>
    private void CheckCycles(CollectionSpec spec, List<BoundEntry> entries, List<(BoundEntry Entry, EntryLocations Locations)> located)
    {
        foreach (var path in ReferencePaths.Of(spec))
        {
            var field = spec.Fields[path.FieldIndexes[0]];
            if (!field.IsAcyclic || path.FieldIndexes.Count != 1 || path.TargetIdType != spec.IdTypeName)
            {
                continue;
            }

            var edges = entries.Select(e => ReferencePaths.ValuesAt(e.Value, path).Where(r => r.TargetIndex >= 0).ToList()).ToList();
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
                        var circle = stack.Reverse().Select(s => entries[s.Node].Id).SkipWhile(id => id != link.Id).Concat(new[] { link.Id });
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.ReferenceCycle, located[node].Locations.References[link.Slot], entries[node].Id, field.Key, string.Join(" → ", circle)));
                    }
                    else if (state[link.TargetIndex] == 0)
                    {
                        state[link.TargetIndex] = 1;
                        stack.Push((link.TargetIndex, 0));
                    }
                }
            }
        }
    }
}
