using System;
using System.Collections.Generic;

namespace SahelData.Runtime;

/// <summary>A record the data files describe (a collection's entries, or a group of keys inside them), with its fields in declaration order.</summary>
public sealed class RecordFacts
{
    /// <summary>Creates the facts of one record; called by generated code.</summary>
    /// <param name="recordType">The record.</param>
    /// <param name="fields">Its fields, in declaration order.</param>
    public RecordFacts(Type recordType, IReadOnlyList<FieldFacts> fields)
    {
        RecordType = recordType;
        Fields = fields;
    }

    /// <summary>The record.</summary>
    public Type RecordType { get; }

    /// <summary>Its fields, in declaration order (the order of the record's properties).</summary>
    public IReadOnlyList<FieldFacts> Fields { get; }

    /// <summary>The field written with the YAML key <paramref name="key"/>, or null.</summary>
    /// <param name="key">A YAML key, e.g. <c>successor_of</c>.</param>
    public FieldFacts? FieldWithKey(string key)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Key, key, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The field read from the property <paramref name="propertyName"/>, or null.</summary>
    /// <param name="propertyName">A property of the record, e.g. <c>SuccessorOf</c>.</param>
    public FieldFacts? FieldOfProperty(string propertyName)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.PropertyName, propertyName, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}

/// <summary>
/// A field of a record: its property, its YAML key, the kind of value it holds, and a compiled accessor that reads
/// it from a record (no reflection, so trimmed and native hosts read it as the build compiled it).
/// </summary>
public sealed class FieldFacts
{
    private readonly Func<object, object?> read;

    /// <summary>Creates the facts of one field; called by generated code.</summary>
    /// <param name="propertyName">The record's property.</param>
    /// <param name="key">Its YAML key.</param>
    /// <param name="kind">The kind of value it holds.</param>
    /// <param name="elementKind">For a list, the kind of its items; otherwise null.</param>
    /// <param name="isRequired">Whether every entry must write it.</param>
    /// <param name="read">Reads the field from a record of the declaring type, boxed; null when absent.</param>
    /// <param name="record">For a group of keys (or a list of them), its record; otherwise null.</param>
    /// <param name="enumFacts">For an enum (or a list of them), its members; otherwise null.</param>
    /// <param name="targetFolder">For a reference (or a list of them), the folder of the collection it refers to; otherwise null.</param>
    /// <param name="description">What the field holds, from its documentation, or null.</param>
    public FieldFacts(
        string propertyName,
        string key,
        FieldKind kind,
        FieldKind? elementKind,
        bool isRequired,
        Func<object, object?> read,
        RecordFacts? record,
        EnumFacts? enumFacts,
        string? targetFolder,
        string? description)
    {
        PropertyName = propertyName;
        Key = key;
        Kind = kind;
        ElementKind = elementKind;
        IsRequired = isRequired;
        this.read = read;
        Record = record;
        Enum = enumFacts;
        TargetFolder = targetFolder;
        Description = description;
    }

    /// <summary>The record's property, e.g. <c>SuccessorOf</c>.</summary>
    public string PropertyName { get; }

    /// <summary>The YAML key, e.g. <c>successor_of</c>.</summary>
    public string Key { get; }

    /// <summary>The kind of value the field holds.</summary>
    public FieldKind Kind { get; }

    /// <summary>For a list, the kind of its items; otherwise null.</summary>
    public FieldKind? ElementKind { get; }

    /// <summary>Whether every entry must write it.</summary>
    public bool IsRequired { get; }

    /// <summary>For a group of keys (or a list of them), its record; otherwise null.</summary>
    public RecordFacts? Record { get; }

    /// <summary>For an enum (or a list of them), its members; otherwise null.</summary>
    public EnumFacts? Enum { get; }

    /// <summary>For a reference (or a list of them), the folder of the collection it refers to; otherwise null.</summary>
    public string? TargetFolder { get; }

    /// <summary>What the field holds, from its documentation, or null.</summary>
    public string? Description { get; }

    /// <summary>The field's value in <paramref name="record"/>, boxed; null when it is absent.</summary>
    /// <param name="record">A record of the type that declares this field.</param>
    public object? Read(object record) => read(record);
}
