using System;
using System.ComponentModel;

namespace SahelData.Runtime;

/// <summary>
/// Marks an assembly as holding a collection compiled from YAML, so that a test project referencing it can generate
/// integrity tests for it. Added by the generator; not for hand use.
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

    /// <summary>The record type of the collection.</summary>
    public Type RecordType { get; }

    /// <summary>The data folder of the collection.</summary>
    public string Folder { get; }
}
