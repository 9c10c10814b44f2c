using System;
using System.ComponentModel;

namespace SahelData.Runtime;

/// <summary>
/// Marks an assembly as holding a collection compiled from YAML, so that a test project referencing it can generate
/// integrity tests for it, and tools can check data against its schema. Added by the generator; not for hand use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CompiledCollectionAttribute : Attribute
{
    /// <summary>Records that <paramref name="recordType"/> was compiled from the data folder <paramref name="folder"/>.</summary>
    public CompiledCollectionAttribute(Type recordType, string folder)
    {
        RecordType = recordType;
        Folder = folder;
    }

    /// <summary>
    /// Records that <paramref name="recordType"/> was compiled from the data folder <paramref name="folder"/>, with
    /// the schema the build used, so that tools check data against it without a compiler.
    /// </summary>
    public CompiledCollectionAttribute(Type recordType, string folder, string schema, bool namedMembers)
        : this(recordType, folder)
    {
        Schema = schema;
        NamedMembers = namedMembers;
    }

    /// <summary>The record type of the collection.</summary>
    public Type RecordType { get; }

    /// <summary>The data folder of the collection.</summary>
    public string Folder { get; }

    /// <summary>The collection's schema in the compiler core's compact description format, or null.</summary>
    public string? Schema { get; }

    /// <summary>Whether the build generated a named member per entry.</summary>
    public bool NamedMembers { get; } = true;
}
