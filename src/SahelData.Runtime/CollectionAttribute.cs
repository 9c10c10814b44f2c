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

    /// <summary>
    /// Whether each entry gets a static property named after its id on the collection's class (<c>Events.Tinzaouaten</c>).
    /// Left unset, entries get them up to 10,000 entries in the collection (a build-time cost that grows with every
    /// member) and a larger collection goes without, with an info diagnostic (SAHEL1003); true gives them at any size,
    /// false never. The project property <c>SahelDataNamedMembers=false</c> turns them off everywhere.
    /// </summary>
    public bool NamedMembers { get; set; } = true;
}
