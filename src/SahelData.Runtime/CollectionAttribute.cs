using System;

namespace SahelData;

/// <summary>
/// Declares a record as a collection whose entries are read, at compile time, from the YAML files of a data folder.
/// The generator creates the id type (the record's name followed by <c>Id</c>) and the static class named after the
/// folder.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAttribute : Attribute
{
    /// <summary>Declares the collection stored in <paramref name="folder"/>, a lower-case folder name.</summary>
    public CollectionAttribute(string folder) => Folder = folder;

    /// <summary>The folder, below the data folder, that holds the collection's YAML files.</summary>
    public string Folder { get; }
}
