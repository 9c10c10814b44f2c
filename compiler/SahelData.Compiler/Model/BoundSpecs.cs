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

internal sealed record DecimalValue(decimal Value) : BoundValue;

internal sealed record DoubleValue(double Value) : BoundValue;

internal sealed record EnumValue(long Value) : BoundValue;

internal sealed record DateValue(int Year, int Month, int Day) : BoundValue
{
    public int Packed => (Year * 10000) + (Month * 100) + Day;
}

/// <summary>
/// A reference by id; <see cref="TargetIndex"/> is filled in when the whole dataset is linked (-1: not found).
/// <see cref="Slot"/> numbers the references of an entry in the order they were read: where each one stands in the
/// file is in <see cref="EntryLocations.References"/>, so that moving text around leaves the value equal.
/// </summary>
internal sealed record ReferenceValue(string TargetIdType, string Id, int Slot, int TargetIndex = -1) : BoundValue;

/// <summary>A record's values, one per field of its type, in declaration order.</summary>
internal sealed record RecordValue(EquatableArray<BoundValue> Fields) : BoundValue;

internal sealed record ListValue(EquatableArray<BoundValue> Items) : BoundValue;

/// <summary>One entry of a collection, bound against its record type; where it stands is in <see cref="EntryLocations"/>.</summary>
internal sealed record BoundEntry(string Id, bool HasValidId, RecordValue Value);

/// <summary>Where an entry's id and each of its references (by <see cref="ReferenceValue.Slot"/>) stand in its file.</summary>
internal sealed record EntryLocations(LocationInfo Id, EquatableArray<LocationInfo> References);

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

/// <summary>A collection after linking: its entries in id order with every reference resolved.</summary>
internal sealed record CollectionData(CollectionSpec Spec, EquatableArray<BoundEntry> Entries);

/// <summary>Where each entry of a linked collection has its id, in the collection's order: for diagnostics only.</summary>
internal sealed record CollectionIdLocations(string Folder, EquatableArray<LocationInfo> Ids);

/// <summary>The whole dataset after linking, with the problems only the whole graph reveals.</summary>
internal sealed record LinkedDataset(EquatableArray<CollectionData> Collections, EquatableArray<CollectionIdLocations> IdLocations, EquatableArray<DiagnosticInfo> Diagnostics);
