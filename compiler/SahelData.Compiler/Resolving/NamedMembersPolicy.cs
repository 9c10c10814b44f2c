using System.Globalization;
using System.Linq;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// Which collections get named members: the compiler's cost grows with every member (about 70% of its work on a
/// 100,000-entry dataset), while code rarely names entries of a very large collection, so by default a collection gets
/// them up to <see cref="DefaultLimit"/> entries. A collection's own switch on <c>[Collection]</c> decides instead;
/// <c>SahelDataNamedMembers=false</c> turns them off everywhere.
/// </summary>
internal static class NamedMembersPolicy
{
    /// <summary>The most entries a collection holds and still gets named members without asking for them (documented on <c>CollectionAttribute.NamedMembers</c>).</summary>
    public const int DefaultLimit = 10_000;

    /// <summary>The settings with the collections that go without named members, and an info diagnostic for each that the limit decided.</summary>
    public static (OutputSettings Settings, EquatableArray<DiagnosticInfo> Diagnostics) Decide(OutputSettings settings, IdIndex index, EquatableArray<CollectionSpec> schema)
    {
        if (!settings.NamedMembers)
        {
            return (settings, EquatableArray<DiagnosticInfo>.Empty);
        }

        var without = new System.Collections.Generic.List<string>();
        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
        foreach (var spec in schema.Where(s => !s.IsReferenced))
        {
            var count = index.Collections.FirstOrDefault(c => c.Folder == spec.Folder)?.Ids.Count ?? 0;
            if (spec.NamedMembers ?? count <= DefaultLimit)
            {
                continue;
            }

            without.Add(spec.Folder);
            if (spec.NamedMembers is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.NamedMembersLeftOut,
                    null,
                    settings.FolderPath(spec.Folder),
                    count.ToString("N0", CultureInfo.InvariantCulture),
                    DefaultLimit.ToString("N0", CultureInfo.InvariantCulture),
                    spec.ClassName));
            }
        }

        return (settings with { FoldersWithoutMembers = without.ToEquatableArray() }, diagnostics.ToEquatableArray());
    }
}
