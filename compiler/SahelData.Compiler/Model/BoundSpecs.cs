using SahelData.Compiler.Diagnostics;

namespace SahelData.Compiler.Model;

/// <summary>A YAML value converted to the type its property declares.</summary>
internal abstract record BoundValue;

/// <summary>No value: the key is absent, null, or its value was rejected with a diagnostic.</summary>
internal sealed record AbsentValue : BoundValue
{
    public static readonly AbsentValue Instance = new();
}

internal sealed record StringValue(string Value) : BoundValue;

internal sealed record BooleanValue(bool Value) : BoundValue;

internal sealed record IntegerValue(long Value) : BoundValue;

/// <summary>
/// A decimal, equal to another only when the encoder writes the same bits: <c>2.5</c> and <c>2.50</c> differ in
/// scale, print differently, and so must not let a cached output stand for the other.
/// </summary>
internal sealed record DecimalValue(decimal Value) : BoundValue
{
    public bool Equals(DecimalValue? other)
    {
        if (other is null)
        {
            return false;
        }

        var bits = decimal.GetBits(Value);
        var others = decimal.GetBits(other.Value);
        return bits[0] == others[0] && bits[1] == others[1] && bits[2] == others[2] && bits[3] == others[3];
    }

    public override int GetHashCode()
    {
        var bits = decimal.GetBits(Value);
        return (((((bits[0] * 31) + bits[1]) * 31) + bits[2]) * 31) + bits[3];
    }
}

/// <summary>
/// A floating-point number, equal to another only when the encoder writes the same bits: <c>0.0</c> and <c>-0.0</c>
/// compare equal as doubles, yet they are stored (and print) differently; NaN equals itself.
/// </summary>
internal sealed record DoubleValue(double Value) : BoundValue
{
    public bool Equals(DoubleValue? other) => other is not null && System.BitConverter.DoubleToInt64Bits(Value) == System.BitConverter.DoubleToInt64Bits(other.Value);

    public override int GetHashCode() => System.BitConverter.DoubleToInt64Bits(Value).GetHashCode();
}

internal sealed record EnumValue(long Value) : BoundValue;

internal sealed record DateValue(int Year, int Month, int Day) : BoundValue
{
    public int Packed => (Year * 10000) + (Month * 100) + Day;
}

/// <summary>
/// A reference by id; <see cref="TargetIndex"/> is the target's position, filled in by linking for a reference within its
/// own collection only (-1: another collection, looked up by id at run time; or not found).
/// <see cref="Slot"/> numbers the references of an entry in the order they were read: where each one stands in the
/// file is in <see cref="EntryLocations.References"/>, so that moving text around leaves the value equal.
/// </summary>
internal sealed record ReferenceValue(string TargetIdType, string Id, int Slot, int TargetIndex = -1) : BoundValue;

/// <summary>A record's values, one per field of its type, in declaration order.</summary>
internal sealed record RecordValue(EquatableArray<BoundValue> Fields) : BoundValue;

internal sealed record ListValue(EquatableArray<BoundValue> Items) : BoundValue;

/// <summary>One entry of a collection, bound against its record type; where it stands is in <see cref="EntryLocations"/>.</summary>
internal sealed record BoundEntry(string Id, bool HasValidId, RecordValue Value);

/// <summary>
/// Where an entry's id and each of its references (by <see cref="ReferenceValue.Slot"/>) stand in its file; and, when
/// the binder was asked to (for tools), where every value stands, by key path: recorded once, at bind time, so no
/// host walks back over the YAML tree.
/// </summary>
internal sealed record EntryLocations(LocationInfo Id, EquatableArray<LocationInfo> References, EquatableArray<ValueLocation> Values = default);

/// <summary>Where one value of an entry stands: <see cref="Path"/> is its key path (<c>editions[1].year</c>; empty: the entry).</summary>
internal sealed record ValueLocation(string Path, LocationInfo Location)
{
    public static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public static string Item(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}

/// <summary>
/// The entries one YAML file contributes to one collection, and, apart, where they stand: only diagnostics read
/// <see cref="Locations"/>, so an edit that only moves text changes nothing that code is generated from.
/// <see cref="IsUnreadable"/>: the file could not be parsed, so its entries are unknown, not absent.
/// </summary>
internal sealed record BoundFile(
    string Path,
    string? Folder,
    EquatableArray<BoundEntry> Entries,
    EquatableArray<EntryLocations> Locations,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool IsUnreadable = false);

/// <summary>A file bound straight after parsing (<c>DataStages.ParseAndBind</c>), with the parser's diagnostics, without its tree.</summary>
internal sealed record BoundFileWithParse(BoundFile File, EquatableArray<DiagnosticInfo> ParseDiagnostics);

/// <summary>The ids one file contributes, in file order: all the id index reads, so a value edit leaves it equal.</summary>
internal sealed record FileIds(string Path, string Folder, EquatableArray<string> Ids, EquatableArray<bool> ValidIds, bool IsUnreadable);

/// <summary>A repeated id: the positions, in collection order, of the entry that repeats it and of the first one.</summary>
internal sealed record DuplicateId(int Repeated, int Original);

/// <summary>Where an entry of a collection comes from: its file (by <see cref="CollectionIds.Files"/>) and its place there.</summary>
internal sealed record EntryOrigin(int File, int Entry);

/// <summary>
/// The ids of one collection, linked once for all its files: the entries in id order (the order of <c>All</c>),
/// where each comes from, the repeated ids, and each entry's member name. Changes only when ids do.
/// Each file's entries are stored in chunks of at most <see cref="EntriesPerChunk"/>, numbered across the
/// collection from <see cref="FirstChunks"/>: an edit re-emits the chunk of the edited entry alone.
/// </summary>
internal sealed record CollectionIds(
    string Folder,
    EquatableArray<string> Files,
    EquatableArray<int> FirstChunks,
    int ChunkCount,
    EquatableArray<EquatableArray<int>> FilePositions,
    EquatableArray<string> Ids,
    EquatableArray<EntryOrigin> Origins,
    EquatableArray<DuplicateId> Duplicates,
    EquatableArray<MemberName> Members)
{
    /// <summary>
    /// The most entries a chunk holds: small enough that re-emitting one costs little next to re-reading its file,
    /// large enough that the files per collection stay few.
    /// </summary>
    public const int EntriesPerChunk = 128;

    /// <summary>The chunk that stores an entry.</summary>
    public int ChunkOf(EntryOrigin origin) => FirstChunks[origin.File] + (origin.Entry / EntriesPerChunk);
}

/// <summary>The member an entry gets on its collection class, or none (<see cref="Name"/> null) with the reason when its name is taken.</summary>
internal sealed record MemberName(string? Name, string? Clash);

/// <summary>
/// The ids of the whole dataset, per collection in schema order, and the folders whose entries are not all known
/// (a file could not be read): what linking a file's references needs from every other file; and the internal
/// error that stopped indexing, if any.
/// </summary>
internal sealed record IdIndex(EquatableArray<CollectionIds> Collections, EquatableArray<string> IncompleteFolders, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// A problem found in one entry, located not by text position but by the entry's file (its place among the
/// collection's files), its place in that file (-1: none) and a reference slot (-1: the id).
/// </summary>
internal sealed record EntryProblem(DiagnosticInfo Diagnostic, int File, int Entry, int Slot);

/// <summary>
/// One file's entries after linking: every reference resolved against the <see cref="IdIndex"/>, each entry's
/// position in its collection and member name, the file's place (<see cref="File"/>) among the collection's
/// files and the number of its first chunk. Holds no location: a comment added to the file leaves it equal.
/// </summary>
internal sealed record LinkedFile(
    string Path,
    string Folder,
    int File,
    int FirstChunk,
    EquatableArray<BoundEntry> Entries,
    EquatableArray<int> Positions,
    EquatableArray<MemberName> Members,
    EquatableArray<EntryProblem> Problems);

/// <summary>A reference of an entry as integrity tests name it (<c>members[2].person</c>), with its slot and its target's position (-1: none).</summary>
internal sealed record LocatedReference(string Location, string Id, int Slot, int TargetIndex);

/// <summary>
/// What the collection-wide tables read from one entry: its folded name keys, each one's name or alias as the data
/// spells it (same positions), and its references, per reference path.
/// </summary>
internal sealed record EntryKeys(EquatableArray<string> NameKeys, EquatableArray<string> NameSpellings, EquatableArray<EquatableArray<LocatedReference>> References);

/// <summary>What the collection-wide tables read from one linked file; a description edit leaves it equal.</summary>
internal sealed record FileKeys(string Folder, int File, EquatableArray<int> Positions, EquatableArray<EntryKeys> Entries)
{
    /// <summary>The internal error that stopped reading the file's keys, if any.</summary>
    public EquatableArray<DiagnosticInfo> Errors { get; init; } = EquatableArray<DiagnosticInfo>.Empty;
}

/// <summary>
/// One collection linked as a whole from its files' keys: its ids, each entry's keys in collection order, and the
/// reference cycles found.
/// </summary>
internal sealed record CollectionKeys(CollectionSpec Spec, CollectionIds Ids, EquatableArray<EntryKeys> Entries, EquatableArray<EntryProblem> Cycles);
