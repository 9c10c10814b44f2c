using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;

namespace SahelData.Compiler.Integrity;

/// <summary>
/// Everything the integrity tests of one collection are written from, decided once: the expected ids and references
/// (from <see cref="IntegrityReading"/>, never from the stages under test), the named members the build gave, the
/// reverse indexes and hierarchies to check, and how to reach each collection a reference may point into.
/// </summary>
internal sealed record IntegrityCases(
    CollectionSpec Spec,
    EquatableArray<CollectionRef> Collections,
    EquatableArray<string> ExpectedIds,
    EquatableArray<NamedEntryCase> NamedEntries,
    EquatableArray<ReferenceCase> References,
    EquatableArray<ReverseIndexCase> ReverseIndexes)
{
    /// <summary>The test class's name.</summary>
    public string ClassName => Spec.ClassName + "IntegrityTests";
}

/// <summary>An entry whose named member must be the entry its id finds.</summary>
internal sealed record NamedEntryCase(string Id, string Member);

/// <summary>A reference the YAML holds: the entry, where in it, and the entry it must lead to.</summary>
internal sealed record ReferenceCase(string Id, string Location, string TargetFolder, string TargetId)
{
    /// <summary>How messages name it: <c>books/x authors[0] -> authors/y</c>.</summary>
    public string Describe(string folder) => $"{folder}/{Id} {Location} -> {TargetFolder}/{TargetId}";
}

/// <summary>
/// A reverse index to check against the references it inverts: its case name (<c>Books.WrittenBy inverts books
/// authors[]</c>), its path and its number among the collection's reference paths, and the collection it points into.
/// </summary>
internal sealed record ReverseIndexCase(string Name, ReferencePath Path, int PathNumber, CollectionRef Target)
{
    /// <summary>The case name of the hierarchy check: <c>authors mentored_by</c>.</summary>
    public string HierarchyName(string folder) => $"{folder} {Path.KeyPath}";
}

/// <summary>Decides the <see cref="IntegrityCases"/> of a resolved collection from the files as read for the tests.</summary>
internal static class IntegrityCasesResolver
{
    public static IntegrityCases Resolve(ResolvedCollection collection, IEnumerable<FileReading> readings)
    {
        var spec = collection.Spec;

        // Id order as the compiled collection promises it (ordinal); among equal ids, the first file by path first.
        var entries = readings
            .Where(r => r.Folder == spec.Folder)
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .SelectMany(r => r.Entries)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var indexes = collection.ReverseIndexes
            .Select(r => new ReverseIndexCase($"{spec.ClassName}.{r.Path.MethodName} inverts {spec.Folder} {r.Path.KeyPath}", r.Path, r.PathNumber, r.Target))
            .ToEquatableArray();
        var targets = indexes.ToDictionary(i => i.PathNumber, i => i.Target.Folder);
        var references = entries
            .SelectMany(e => e.References
                .Where(r => targets.ContainsKey(r.Path))
                .Select(r => new ReferenceCase(e.Id, r.Location, targets[r.Path], r.TargetId)))
            .Distinct()
            .ToEquatableArray();
        var named = collection.Members
            .Select((member, i) => (Id: collection.Ids[i], member.Name))
            .Where(m => m.Name is not null)
            .Select(m => new NamedEntryCase(m.Id, m.Name!))
            .Distinct()
            .ToEquatableArray();
        return new IntegrityCases(spec, collection.Collections, entries.Select(e => e.Id).ToEquatableArray(), named, references, indexes);
    }
}
