using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// A place in a collection's records where a reference to another entry can stand, e.g. <c>members[].person</c>,
/// with the name of the reverse index the generator emits for it. <see cref="IsHierarchy"/>: the path is a top-level
/// field marked <c>[Acyclic]</c> that refers to the same collection, the one rule (decided here only) for which
/// paths are checked for cycles.
/// </summary>
internal sealed record ReferencePath(
    EquatableArray<int> FieldIndexes,
    string KeyPath,
    string TargetIdType,
    string MethodName,
    bool IsHierarchy = false);

internal static class ReferencePaths
{
    /// <summary>Every reference path of <paramref name="collection"/> except the entry's own id, in declaration order.</summary>
    public static IReadOnlyList<ReferencePath> Of(CollectionSpec collection)
    {
        var paths = new List<ReferencePath>();
        Walk(collection.Fields, new List<int>(), new List<string>(), new List<string>(), paths, collection.IdFieldIndex, collection.IdTypeName);
        return paths;
    }

    /// <summary>
    /// The fields marked <c>[Acyclic]</c> that are no hierarchy (not a top-level reference, or a list of them, to the
    /// same collection): the attribute would be silently ignored there.
    /// </summary>
    public static IEnumerable<FieldSpec> MisplacedAcyclic(CollectionSpec collection)
    {
        var hierarchies = new HashSet<int>(Of(collection).Where(p => p.IsHierarchy).Select(p => p.FieldIndexes[0]));
        return collection.Fields.Where((field, index) => field.IsAcyclic && !hierarchies.Contains(index));
    }

    /// <summary>Every reference value held at <paramref name="path"/> in <paramref name="value"/>.</summary>
    public static IEnumerable<ReferenceValue> ValuesAt(RecordValue value, ReferencePath path) => ValuesAt(value, path.FieldIndexes, 0);

    /// <summary>
    /// Every reference at <paramref name="path"/> with its exact location in the entry, e.g. <c>members[2].person</c>:
    /// the form in which integrity tests name each reference.
    /// </summary>
    public static IEnumerable<(string Location, ReferenceValue Reference)> Locate(CollectionSpec collection, RecordValue value, ReferencePath path)
    {
        var found = new List<(string, ReferenceValue)>();
        Locate(collection.Fields, value, path.FieldIndexes, 0, string.Empty, found);
        return found;
    }

    private static void Locate(EquatableArray<FieldSpec> fields, RecordValue record, EquatableArray<int> indexes, int depth, string prefix, List<(string, ReferenceValue)> found)
    {
        var field = fields[indexes[depth]];
        LocateIn(field.Type, record.Fields[indexes[depth]], indexes, depth, prefix.Length == 0 ? field.Key : prefix + "." + field.Key, found);
    }

    private static void LocateIn(TypeSpec type, BoundValue value, EquatableArray<int> indexes, int depth, string location, List<(string, ReferenceValue)> found)
    {
        switch (value)
        {
            case ListValue list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    LocateIn(type.Element!, list.Items[i], indexes, depth, $"{location}[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", found);
                }

                break;
            case ReferenceValue reference when depth == indexes.Count - 1:
                found.Add((location, reference));
                break;
            case RecordValue record when depth < indexes.Count - 1:
                Locate(type.Fields, record, indexes, depth + 1, location, found);
                break;
        }
    }

    private static IEnumerable<ReferenceValue> ValuesAt(BoundValue value, EquatableArray<int> indexes, int depth)
    {
        switch (value)
        {
            case ReferenceValue reference when depth == indexes.Count:
                yield return reference;
                break;
            case ListValue list:
                foreach (var reference in list.Items.SelectMany(item => ValuesAt(item, indexes, depth)))
                {
                    yield return reference;
                }

                break;
            case RecordValue record when depth < indexes.Count:
                foreach (var reference in ValuesAt(record.Fields[indexes[depth]], indexes, depth + 1))
                {
                    yield return reference;
                }

                break;
        }
    }

    private static void Walk(
        EquatableArray<FieldSpec> fields,
        List<int> indexes,
        List<string> keys,
        List<string> properties,
        List<ReferencePath> paths,
        int skipIndex,
        string ownIdType)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i == skipIndex)
            {
                continue;
            }

            var field = fields[i];
            var type = field.Type;
            var key = field.Key;
            while (type.Kind == FieldKind.List)
            {
                type = type.Element!;
                key += "[]";
            }

            indexes.Add(i);
            keys.Add(key);
            properties.Add(field.PropertyName);
            if (type.Kind == FieldKind.Reference)
            {
                paths.Add(new ReferencePath(
                    indexes.ToEquatableArray(),
                    string.Join(".", keys),
                    type.TypeName,
                    field.ReverseIndexName ?? "By" + string.Concat(properties),
                    IsHierarchy: field.IsAcyclic && indexes.Count == 1 && type.TypeName == ownIdType));
            }
            else if (type.Kind == FieldKind.Record)
            {
                Walk(type.Fields, indexes, keys, properties, paths, skipIndex: -1, ownIdType);
            }

            indexes.RemoveAt(indexes.Count - 1);
            keys.RemoveAt(keys.Count - 1);
            properties.RemoveAt(properties.Count - 1);
        }
    }
}
