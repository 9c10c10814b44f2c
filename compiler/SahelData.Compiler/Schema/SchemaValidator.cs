using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Names;
using SahelData.Compiler.Resolving;

namespace SahelData.Compiler.Schema;

/// <summary>Checks what only the set of all collections reveals: folders used twice, references to no collection, lookups named twice.</summary>
internal static class SchemaValidator
{
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

        LocationInfo? LocationOf(CollectionSpec collection) => declared.TryGetValue(collection.RecordTypeName, out var location) ? location : null;
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var idTypes = new HashSet<string>(schema.Select(c => c.IdTypeName));
        foreach (var group in schema.GroupBy(c => c.Folder).Where(g => g.Count() > 1))
        {
            foreach (var collection in group.Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.InvalidCollection,
                    LocationOf(collection),
                    $"The folder '{collection.Folder}' is already the collection of '{group.First().RecordName}'; each collection needs its own folder"));
            }
        }

        foreach (var collection in schema)
        {
            var methods = new HashSet<string>(EntryNames.BuiltInMembers);
            foreach (var path in ReferencePaths.Of(collection))
            {
                if (!idTypes.Contains(path.TargetIdType))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticCatalog.InvalidCollection,
                        LocationOf(collection),
                        $"'{path.KeyPath}' of '{collection.RecordName}' refers to '{path.TargetIdType}', but no record with [Collection] creates that id type"));
                }

                if (!methods.Add(path.MethodName))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticCatalog.InvalidCollection,
                        LocationOf(collection),
                        $"The lookup '{collection.ClassName}.{path.MethodName}' for '{path.KeyPath}' is named twice; give it another name with [ReverseIndex(\"…\")]"));
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }
}

/// <summary>Where the record of a collection is declared.</summary>
internal sealed record RecordLocation(string RecordTypeName, LocationInfo Location);
