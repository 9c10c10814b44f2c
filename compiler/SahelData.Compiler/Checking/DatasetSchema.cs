using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SahelData.Compiler.Model;
using SahelData.Compiler.Schema;

namespace SahelData.Compiler.Checking;

/// <summary>
/// The collections of a dataset, as the build compiled them: read back from the descriptions the generator writes
/// into the assembly, so a tool checks data against the very schema of the library it ships with.
/// </summary>
public sealed class DatasetSchema
{
    /// <summary>The full name of the assembly attribute the generator adds for each compiled collection.</summary>
    public const string CompiledCollectionAttributeName = "SahelData.Runtime.CompiledCollectionAttribute";

    private DatasetSchema(EquatableArray<CollectionSpec> collections, bool namedMembers)
    {
        Collections = collections;
        NamedMembers = namedMembers;
    }

    /// <summary>The data folder of each collection, in ordinal order.</summary>
    public IReadOnlyList<string> Folders => Collections.Select(c => c.Folder).ToList();

    /// <summary>Whether the build generates a named member per entry (and so refuses ids whose names would clash).</summary>
    public bool NamedMembers { get; }

    internal EquatableArray<CollectionSpec> Collections { get; }

    /// <summary>The schema compiled into <paramref name="assembly"/>; empty when it holds no collection.</summary>
    /// <param name="assembly">An assembly built with the SahelData generator, e.g. <c>typeof(SomeCollection).Assembly</c>.</param>
    public static DatasetSchema Of(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        var descriptions = new List<string>();
        var namedMembers = true;
        foreach (var attribute in assembly.GetCustomAttributesData().Where(a => a.AttributeType.FullName == CompiledCollectionAttributeName))
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Count >= 3 && arguments[2].Value is string description)
            {
                descriptions.Add(description);
            }

            if (arguments.Count >= 4 && arguments[3].Value is bool named)
            {
                namedMembers &= named;
            }
        }

        return Parse(descriptions, namedMembers);
    }

    /// <summary>A schema from the descriptions the generator writes (one per collection).</summary>
    /// <param name="descriptions">The descriptions.</param>
    /// <param name="namedMembers">Whether the build generates named members.</param>
    /// <exception cref="FormatException">A description is not in the generator's format.</exception>
    public static DatasetSchema Parse(IEnumerable<string> descriptions, bool namedMembers = true) => new(
        descriptions.Select(SchemaDescription.Read)
            .OrderBy(c => c.Folder, StringComparer.Ordinal)
            .ThenBy(c => c.RecordTypeName, StringComparer.Ordinal)
            .ToEquatableArray(),
        namedMembers);
}
