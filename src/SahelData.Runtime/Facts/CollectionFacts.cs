using System;
using System.Collections.Generic;

namespace SahelData.Runtime;

/// <summary>
/// What the build decided about one collection, compiled into the assembly beside its data: its folder, its id type,
/// the field that titles an entry, its record's fields (YAML keys, kinds, accessors) and the enums they use. Tools
/// read it to print or export any collection alike, without reflection and without re-deriving a spelling.
/// </summary>
public sealed class CollectionFacts
{
    /// <summary>Creates the facts of one collection; called by generated code.</summary>
    /// <param name="folder">The collection's data folder.</param>
    /// <param name="idType">The type of its ids.</param>
    /// <param name="record">Its entries' record.</param>
    /// <param name="idField">The place of the id among <paramref name="record"/>'s fields.</param>
    /// <param name="titleField">The place of the field that titles an entry, or -1 when entries have none.</param>
    /// <param name="enums">Every enum its fields use, at any depth.</param>
    public CollectionFacts(string folder, Type idType, RecordFacts record, int idField, int titleField, IReadOnlyList<EnumFacts> enums)
    {
        Folder = folder;
        IdType = idType;
        Record = record;
        IdField = record.Fields[idField];
        TitleField = titleField >= 0 ? record.Fields[titleField] : null;
        Enums = enums;
    }

    /// <summary>The collection's data folder, e.g. <c>books</c>.</summary>
    public string Folder { get; }

    /// <summary>The type of its ids.</summary>
    public Type IdType { get; }

    /// <summary>Its entries' record.</summary>
    public RecordFacts Record { get; }

    /// <summary>The id field.</summary>
    public FieldFacts IdField { get; }

    /// <summary>The field that titles an entry in listings and documentation (the first text after the id), or null.</summary>
    public FieldFacts? TitleField { get; }

    /// <summary>Every enum the collection's fields use, at any depth, each once.</summary>
    public IReadOnlyList<EnumFacts> Enums { get; }

    /// <summary>The id of <paramref name="entry"/> as the data files write it.</summary>
    /// <param name="entry">An entry of this collection.</param>
    public string IdOf(object entry) => IdField.Read(entry)?.ToString() ?? string.Empty;

    /// <summary>The title of <paramref name="entry"/>; its id when entries have no title field.</summary>
    /// <param name="entry">An entry of this collection.</param>
    public string TitleOf(object entry) => TitleField?.Read(entry) as string ?? IdOf(entry);
}
