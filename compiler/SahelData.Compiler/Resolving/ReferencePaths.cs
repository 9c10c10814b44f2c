using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// A place in a collection's records where a reference to another entry can stand, e.g. <c>members[].person</c>,
/// with the name of the reverse index the generator emits for it.
/// </summary>
internal sealed record ReferencePath(
    EquatableArray<int> FieldIndexes,
    string KeyPath,
    string TargetIdType,
    string MethodName);

internal static class ReferencePaths
{
    /// <summary>Every reference path of <paramref name="collection"/> except the entry's own id, in declaration order.</summary>
    public static IReadOnlyList<ReferencePath> Of(CollectionSpec collection)
    {
        var paths = new List<ReferencePath>();
        Walk(collection.Fields, new List<int>(), new List<string>(), new List<string>(), paths, collection.IdFieldIndex);
        return paths;
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
        int skipIndex)
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
            while (type.Kind == ValueKind.List)
            {
                type = type.Element!;
                key += "[]";
            }

            indexes.Add(i);
            keys.Add(key);
            properties.Add(field.PropertyName);
            if (type.Kind == ValueKind.Reference)
            {
                paths.Add(new ReferencePath(
                    indexes.ToEquatableArray(),
                    string.Join(".", keys),
                    type.TypeName,
                    field.ReverseIndexName ?? "By" + string.Concat(properties)));
            }
            else if (type.Kind == ValueKind.Record)
            {
                Walk(type.Fields, indexes, keys, properties, paths, skipIndex: -1);
            }

            indexes.RemoveAt(indexes.Count - 1);
            keys.RemoveAt(keys.Count - 1);
            properties.RemoveAt(properties.Count - 1);
        }
    }
}
