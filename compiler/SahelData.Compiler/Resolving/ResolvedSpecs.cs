using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Resolving;

/// <summary>A collection another one refers to: how generated code names it, and its folder as curators see it.</summary>
internal sealed record CollectionRef(string Folder, string FolderPath, string IdTypeName, string IdTypeFullName, string ClassFullName)
{
    /// <summary>The collection among <paramref name="collections"/> whose id type is <paramref name="idTypeName"/>, if any.</summary>
    public static CollectionRef? OfIdType(IEnumerable<CollectionRef> collections, string idTypeName)
    {
        foreach (var collection in collections)
        {
            if (collection.IdTypeName == idTypeName)
            {
                return collection;
            }
        }

        return null;
    }
}

/// <summary>
/// What the project's build settings decide about the output: whether each entry gets a named member, the project's
/// name (for titles) and the name of its data folder (for paths in docs); nothing comes from the data's domain.
/// </summary>
internal sealed record OutputSettings(bool NamedMembers, string ProjectName, string? DataFolderName)
{
    public static readonly OutputSettings Default = new(true, string.Empty, null);

    /// <summary>The collections whose entries get no named member although the project allows them (<see cref="NamedMembersPolicy"/>).</summary>
    public EquatableArray<string> FoldersWithoutMembers { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether the entries of <paramref name="folder"/> get named members.</summary>
    public bool HasNamedMembers(string folder) => NamedMembers && !FoldersWithoutMembers.Contains(folder);

    /// <summary>A collection folder as curators find it, e.g. <c>data/books/</c> (just <c>books/</c> without a data folder).</summary>
    public string FolderPath(string folder) => DataFolderName is null ? folder + "/" : $"{DataFolderName}/{folder}/";

    /// <summary>The title of a collection's JSON Schema: the project and the folder.</summary>
    public string SchemaTitle(string folder) => ProjectName.Length == 0 ? folder : $"{ProjectName} {folder}";
}

/// <summary>The member an entry gets on its collection class (<c>north-gate</c> → <c>NorthGate</c>), documented with its title.</summary>
internal sealed record NamedMember(int Index, string Id, string Name, string Title);

/// <summary>
/// A reverse index: the entries whose <see cref="ReferencePath.KeyPath"/> holds a given target, as packed
/// bounds and entry positions. Bounds are per target position within a collection (<see cref="ByTargetId"/> null),
/// and per target id across collections, found through <see cref="ByTargetId"/>. <see cref="PathNumber"/>: where the
/// path stands among all the collection's reference paths (numbered once, in resolve), as <see cref="EntryKeys.References"/> lists them.
/// </summary>
internal sealed record ReverseIndex(ReferencePath Path, int PathNumber, CollectionRef Target, PackedTable Bounds, PackedTable Entries, TargetKeys? ByTargetId);

/// <summary>The ids referred to by a reverse index across collections: a hash table over them and the text of each.</summary>
internal sealed record TargetKeys(PackedTable Slots, PackedTable Texts);

/// <summary>A reverse index of another collection (or this one) that leads to this collection's entries.</summary>
internal sealed record IncomingIndex(CollectionRef Source, string MethodName, string KeyPath);

/// <summary>
/// The lookup by name: a hash table, blind to case, of probe texts (every folded key, then every spelling the data
/// records that the hash tells from them), with the text, the key and, when the key belongs to one entry alone, the
/// entry of each; and the entries of each key.
/// </summary>
internal sealed record NameIndex(
    PackedTable Slots,
    PerfectTable? Perfect,
    PackedTable ProbeTexts,
    PackedTable ProbeKeys,
    PackedTable ProbeEntries,
    PackedTable Bounds,
    PackedTable Entries);

/// <summary>
/// The stored values of a chunk of one data file's entries: the value stream (one varint run per entry), where each
/// entry starts, and the UTF-8 text table the stream points into.
/// </summary>
internal sealed record StoredValues(string Values, PackedTable EntryStarts, int TextCount, string Utf8, PackedTable TextBounds);

/// <summary>
/// The tables of a collection that depend on ids alone: the id hash table and the text of each id, the chunk and
/// the place in it of each entry, and the UTF-8 text table of ids and name keys.
/// </summary>
internal sealed record IdTables(PackedTable Slots, PerfectTable? Perfect, PackedTable Texts, PackedTable EntryChunks, PackedTable EntryPlaces, int TextCount, string Utf8, PackedTable TextBounds);

/// <summary>
/// Everything emission needs for one collection as a whole, decided once: ids, names, references and the lookups
/// built from them, but no stored value (those are in each file's <see cref="ResolvedChunk"/>), so a value edit
/// leaves it equal. <see cref="Keys"/> and <see cref="Members"/> are in collection order.
/// </summary>
internal sealed record ResolvedCollection(
    CollectionSpec Spec,
    EquatableArray<string> Ids,
    EquatableArray<EntryKeys> Keys,
    EquatableArray<CollectionRef> Collections,
    EquatableArray<MemberName> Members,
    EquatableArray<ReverseIndex> ReverseIndexes,
    EquatableArray<IncomingIndex> Incoming,
    NameIndex? Names,
    IdTables Tables,
    int ChunkCount,
    bool NamedMembers,
    JsonSchemaSpec JsonSchema,
    string? ExampleId)
{
    /// <summary>How generated code names the collection whose id type is <paramref name="idTypeName"/>, if any.</summary>
    public CollectionRef? CollectionOfIdType(string idTypeName) => CollectionRef.OfIdType(Collections, idTypeName);
}

/// <summary>
/// A chunk of one data file's entries (<see cref="Chunk"/>: its number in the collection): their stored values and
/// named members.
/// </summary>
internal sealed record ResolvedChunk(CollectionSpec Spec, int Chunk, EquatableArray<NamedMember> Members, StoredValues Stored);

/// <summary>One collection resolved, or the internal error that stopped it.</summary>
internal sealed record ResolveResult(ResolvedCollection? Collection, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One chunk resolved, or the internal error that stopped it.</summary>
internal sealed record ChunkResult(ResolvedChunk? Chunk, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The whole dataset after resolving, with the problems resolving found.</summary>
internal sealed record ResolvedDataset(EquatableArray<ResolvedCollection> Collections, EquatableArray<ResolvedChunk> Chunks, EquatableArray<DiagnosticInfo> Diagnostics);
