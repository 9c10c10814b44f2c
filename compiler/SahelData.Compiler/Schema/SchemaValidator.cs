using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Names;
using SahelData.Compiler.Resolving;

namespace SahelData.Compiler.Schema;

/// <summary>
/// The gate between the schema and everything compiled from it. It checks what only the set of all collections
/// reveals (folders used twice, two collections with one generated class or one id type name, references to no
/// collection, lookups named twice) and lets through only the collections that can be compiled: a rejected one is
/// reported at its record and left out, so nothing downstream ever meets two outputs with one name.
/// </summary>
internal static class SchemaValidator
{
    /// <summary>The collections that pass the gate, in the schema's order: what binding, linking and emission read.</summary>
    public static EquatableArray<CollectionSpec> Accepted(EquatableArray<CollectionSpec> schema)
    {
        var rejected = new HashSet<CollectionSpec>(Problems(schema).Where(p => p.Rejects).Select(p => p.Collection));
        return rejected.Count == 0 ? schema : schema.Where(c => !rejected.Contains(c)).ToEquatableArray();
    }

    /// <param name="schema">Every collection.</param>
    /// <param name="locations">Where each record is declared, when known; kept apart from the specs so that editing
    /// around a record does not invalidate what is generated from it.</param>
    public static EquatableArray<DiagnosticInfo> Validate(EquatableArray<CollectionSpec> schema, IEnumerable<RecordLocation> locations)
    {
        var declared = new Dictionary<string, LocationInfo>(System.StringComparer.Ordinal);
        foreach (var location in locations)
        {
            declared[location.RecordTypeName] = location.Location;
        }

        return Problems(schema)
            .Select(p => DiagnosticInfo.Create(DiagnosticCatalog.InvalidCollection, declared.TryGetValue(p.Collection.RecordTypeName, out var location) ? location : null, p.Message))
            .ToEquatableArray();
    }

    private static IEnumerable<SchemaProblem> Problems(EquatableArray<CollectionSpec> schema)
    {
        // The first collection (in the schema's order, by folder then record) keeps a contested name.
        var folders = new Dictionary<string, CollectionSpec>(System.StringComparer.Ordinal);
        var classes = new Dictionary<string, CollectionSpec>(System.StringComparer.Ordinal);
        var idTypes = new Dictionary<string, CollectionSpec>(System.StringComparer.Ordinal);
        var accepted = new List<CollectionSpec>();
        foreach (var collection in schema)
        {
            if (folders.TryGetValue(collection.Folder, out var owner))
            {
                yield return new SchemaProblem(collection, $"The folder '{collection.Folder}' is already the collection of '{owner.RecordName}'; each collection needs its own folder", Rejects: true);
                continue;
            }

            if (classes.TryGetValue(collection.ClassFullName, out owner))
            {
                yield return new SchemaProblem(collection, $"The folder '{collection.Folder}' becomes the class '{collection.ClassFullName.Replace("global::", string.Empty)}', which the collection '{owner.Folder}' of '{owner.RecordName}' already generates; rename the folder or move the record to another namespace", Rejects: true);
                continue;
            }

            // References name their target by the id type's simple name, so it must pick one collection.
            if (idTypes.TryGetValue(collection.IdTypeName, out owner))
            {
                yield return new SchemaProblem(collection, $"The id type '{collection.IdTypeName}' of '{collection.RecordTypeName.Replace("global::", string.Empty)}' is already the id type of '{owner.RecordTypeName.Replace("global::", string.Empty)}' (folder '{owner.Folder}'); references could not tell them apart, so rename one of the records", Rejects: true);
                continue;
            }

            folders[collection.Folder] = collection;
            classes[collection.ClassFullName] = collection;
            idTypes[collection.IdTypeName] = collection;
            accepted.Add(collection);
        }

        foreach (var collection in accepted)
        {
            foreach (var field in ReferencePaths.MisplacedAcyclic(collection))
            {
                yield return new SchemaProblem(collection, $"[Acyclic] on '{field.Key}' of '{collection.RecordName}' checks nothing: it applies only to a property that refers to the same collection ({collection.IdTypeName}, or a list of them); remove it, or point the property at {collection.IdTypeName}", Rejects: false);
            }

            var methods = new HashSet<string>(EntryNames.BuiltInMembers);
            foreach (var path in ReferencePaths.Of(collection))
            {
                if (!idTypes.ContainsKey(path.TargetIdType))
                {
                    yield return new SchemaProblem(collection, $"'{path.KeyPath}' of '{collection.RecordName}' refers to '{path.TargetIdType}', but no record with [Collection] creates that id type", Rejects: false);
                }

                if (!methods.Add(path.MethodName))
                {
                    yield return new SchemaProblem(collection, $"The lookup '{collection.ClassName}.{path.MethodName}' for '{path.KeyPath}' is named twice; give it another name with [ReverseIndex(\"…\")]", Rejects: false);
                }
            }
        }
    }

    /// <summary>A problem of one collection; <see cref="Rejects"/>: the collection cannot be compiled at all.</summary>
    private sealed record SchemaProblem(CollectionSpec Collection, string Message, bool Rejects);
}

/// <summary>Where the record of a collection is declared.</summary>
internal sealed record RecordLocation(string RecordTypeName, LocationInfo Location);
