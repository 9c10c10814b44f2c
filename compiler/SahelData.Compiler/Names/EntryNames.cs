using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;

namespace SahelData.Compiler.Names;

/// <summary>
/// The C# member each entry gets on its collection class (<c>north-gate</c> → <c>Gates.NorthGate</c>).
/// An id whose name is taken gets no member; the linker reports it, the emitter skips it.
/// </summary>
internal static class EntryNames
{
    /// <summary>Members every collection class declares, and names a static class inherits from object.</summary>
    public static readonly IReadOnlyList<string> BuiltInMembers = new[]
    {
        "All", "ById", "Count", "JsonSchema", "Find", "FindAll", "Get", "TryGet", "IndexOf", "At", "ReferencesTo", "Folder", "Facts",
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>For each entry in order (its id, and whether the id is valid): its member name, or null with the reason it has none.</summary>
    public static IReadOnlyList<(string? Name, string? Clash)> Assign(CollectionSpec collection, IReadOnlyList<string> ids, IReadOnlyList<bool> validIds)
    {
        var reserved = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var name in BuiltInMembers)
        {
            reserved[name] = $"is already a member of {collection.ClassName}";
        }

        reserved[collection.ClassName] = "is the name of the collection class itself";
        foreach (var path in ReferencePaths.Of(collection))
        {
            reserved[path.MethodName] = $"is already the lookup {collection.ClassName}.{path.MethodName}";
        }

        var result = new List<(string?, string?)>(ids.Count);
        var taken = new Dictionary<string, string>(System.StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (!validIds[i])
            {
                result.Add((null, null));
                continue;
            }

            var name = Naming.ToPascalCase(id);
            if (reserved.TryGetValue(name, out var why))
            {
                result.Add((null, why));
            }
            else if (taken.TryGetValue(name, out var other))
            {
                result.Add((null, other == id ? null : $"is already the name of '{other}'"));
            }
            else
            {
                taken.Add(name, id);
                result.Add((name, null));
            }
        }

        return result;
    }
}
