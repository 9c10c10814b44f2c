using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Checking;

/// <summary>
/// The keys a data file of a collection may hold, as the compiled schema describes them, for tools that help a
/// curator write them (an editor's completion and hover): each key's meaning, what it holds, the collection its
/// ids lead to and the words it allows with their meanings.
/// </summary>
public static class SchemaKeys
{
    /// <summary>The keys of an entry of the collection in <paramref name="folder"/>; empty for a folder the schema does not know.</summary>
    /// <param name="schema">The compiled schema.</param>
    /// <param name="folder">The collection's folder name, e.g. <c>events</c>.</param>
    public static IReadOnlyList<DataKey> Of(DatasetSchema schema, string folder)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        var collection = schema.Collections.FirstOrDefault(c => c.Folder == folder);
        if (collection is null)
        {
            return Array.Empty<DataKey>();
        }

        var folderOfIdType = schema.Collections
            .GroupBy(c => c.IdTypeName)
            .ToDictionary(g => g.Key, g => g.First().Folder, StringComparer.Ordinal);
        var keys = Keys(collection.Fields, folderOfIdType);
        return collection.IdFieldIndex < 0 ? keys : keys.Select((k, i) => i == collection.IdFieldIndex ? k with { IsId = true } : k).ToList();
    }

    private static IReadOnlyList<DataKey> Keys(EquatableArray<FieldSpec> fields, IReadOnlyDictionary<string, string> folderOfIdType) =>
        fields.Select(field => Key(field, folderOfIdType)).ToList();

    private static DataKey Key(FieldSpec field, IReadOnlyDictionary<string, string> folderOfIdType)
    {
        var type = field.Type;
        var isList = type.Kind == FieldKind.List && type.Element is not null;
        var value = isList ? type.Element! : type;
        var kind = value.Kind switch
        {
            FieldKind.String => DataKeyKind.Text,
            FieldKind.Boolean => DataKeyKind.Boolean,
            FieldKind.Int32 or FieldKind.Int64 or FieldKind.Decimal or FieldKind.Double => DataKeyKind.Number,
            FieldKind.Enum => DataKeyKind.Word,
            FieldKind.Date => DataKeyKind.Date,
            FieldKind.Reference => DataKeyKind.Reference,
            _ => DataKeyKind.Group,
        };
        return new DataKey(
            field.Key,
            field.Description,
            kind,
            isList,
            field.IsRequired,
            kind == DataKeyKind.Reference && folderOfIdType.TryGetValue(value.TypeName, out var folder) ? folder : null,
            value.Members.Select(m => new DataWord(m.YamlName, m.Description)).ToList(),
            kind == DataKeyKind.Group ? Keys(value.Fields, folderOfIdType) : Array.Empty<DataKey>(),
            value.Describe());
    }
}

/// <summary>What a key holds (for a list, what each item holds).</summary>
public enum DataKeyKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>One of the allowed words (<see cref="DataKey.Words"/>).</summary>
    Word,

    /// <summary>A date, YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    Date,

    /// <summary>The id of an entry of <see cref="DataKey.TargetFolder"/>.</summary>
    Reference,

    /// <summary>A group of keys (<see cref="DataKey.Keys"/>).</summary>
    Group,
}

/// <summary>A key of an entry, or of a group of keys inside one.</summary>
/// <param name="Key">The key as the data files write it, e.g. <c>end_date</c>.</param>
/// <param name="Description">What it means, from the model's documentation.</param>
/// <param name="Kind">What it holds; for a list, what each item holds.</param>
/// <param name="IsList">Whether it holds a list.</param>
/// <param name="IsRequired">Whether every entry must have it.</param>
/// <param name="TargetFolder">For a reference, the folder of the collection its ids lead to.</param>
/// <param name="Words">For a word, the allowed spellings with their meanings, in the model's order.</param>
/// <param name="Keys">For a group, its own keys.</param>
/// <param name="Describe">What it holds in words, as the diagnostics say it ("a date (YYYY, YYYY-MM or YYYY-MM-DD)").</param>
public sealed record DataKey(
    string Key,
    string? Description,
    DataKeyKind Kind,
    bool IsList,
    bool IsRequired,
    string? TargetFolder,
    IReadOnlyList<DataWord> Words,
    IReadOnlyList<DataKey> Keys,
    string Describe)
{
    /// <summary>Whether this is the entry's own id (its <see cref="TargetFolder"/> is the entry's collection).</summary>
    public bool IsId { get; init; }
}

/// <summary>An allowed word of a key, with what it means.</summary>
/// <param name="Spelling">The word as the data files write it, e.g. <c>armed-clash</c>.</param>
/// <param name="Meaning">What it means, from the model's documentation.</param>
public sealed record DataWord(string Spelling, string? Meaning);
