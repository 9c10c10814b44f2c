using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SahelData.Runtime;

/// <summary>
/// What the build decided about one collection, compiled into the assembly beside its data: its folder, its id type,
/// the field that titles an entry, its record's fields (YAML keys, kinds, accessors), the enums they use, and the
/// collection's own look-ups (by id, by name, the references to an entry) compiled as delegates. Tools read it to
/// print, query or export any collection alike, without reflection, without re-deriving a spelling and without a
/// view of each collection written by hand.
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
    /// <param name="lookups">The collection's own look-ups.</param>
    public CollectionFacts(string folder, Type idType, RecordFacts record, int idField, int titleField, IReadOnlyList<EnumFacts> enums, CollectionLookups lookups)
    {
        this.lookups = lookups ?? throw new ArgumentNullException(nameof(lookups));
        Folder = folder;
        IdType = idType;
        Record = record;
        IdField = record.Fields[idField];
        TitleField = titleField >= 0 ? record.Fields[titleField] : null;
        Enums = enums;
    }

    private readonly CollectionLookups lookups;

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

    /// <summary>How many entries the collection holds.</summary>
    public int Count => lookups.Count;

    /// <summary>The JSON Schema of the collection's YAML files.</summary>
    public string JsonSchema => lookups.JsonSchema;

    /// <summary>Every entry, in id order.</summary>
    public IEnumerable<object> All() => lookups.All();

    /// <summary>The id of every entry, in id order.</summary>
    public IEnumerable<string> Ids() => All().Select(IdOf);

    /// <summary>The entry with the id <paramref name="id"/>, or null.</summary>
    /// <param name="id">An id as the data files write it.</param>
    public object? Get(string id) => lookups.Get(id);

    /// <summary>The entries whose name or an alias is <paramref name="name"/> in any case or accents; none when the collection has no names.</summary>
    /// <param name="name">A name in any spelling.</param>
    public ImmutableArray<object> FindByName(string name) => lookups.FindByName(name);

    /// <summary>Every place where another entry refers to <paramref name="entry"/>.</summary>
    /// <param name="entry">An entry of this collection.</param>
    public ImmutableArray<EntryReference> ReferencesTo(object entry) => lookups.ReferencesTo(entry);
}

/// <summary>
/// A collection's own look-ups as delegates, so that a tool calls them on any collection alike; written by the
/// generator for each collection (static lambdas over its typed methods: no reflection, trim- and AOT-safe).
/// </summary>
/// <param name="Count">How many entries the collection holds.</param>
/// <param name="JsonSchema">The JSON Schema of its files.</param>
/// <param name="All">Its entries, in id order.</param>
/// <param name="Get">The entry of an id, or null.</param>
/// <param name="FindByName">The entries of a name in any spelling.</param>
/// <param name="ReferencesTo">The references to an entry.</param>
public sealed record CollectionLookups(
    int Count,
    string JsonSchema,
    Func<IEnumerable<object>> All,
    Func<string, object?> Get,
    Func<string, ImmutableArray<object>> FindByName,
    Func<object, ImmutableArray<EntryReference>> ReferencesTo);
