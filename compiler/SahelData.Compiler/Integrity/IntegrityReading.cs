using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SahelData.Compiler.Binding;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace SahelData.Compiler.Integrity;

/// <summary>
/// The ids and references one data file holds, read for the generated integrity tests: the expected side of each
/// test. <see cref="Path"/> orders the files.
/// </summary>
internal sealed record FileReading(string Path, string Folder, EquatableArray<EntryReading> Entries);

/// <summary>An entry as the file writes it: its id and every reference it holds, in the order of the reference paths.</summary>
internal sealed record EntryReading(string Id, EquatableArray<ReferenceReading> References);

/// <summary>
/// A reference at <see cref="Location"/> (e.g. <c>members[2].person</c>), found along the collection's reference
/// path number <see cref="Path"/>.
/// </summary>
internal sealed record ReferenceReading(int Path, string Location, string TargetId);

/// <summary>
/// Reads a data file for the integrity tests with YamlDotNet's own document model and the schema's keys alone,
/// independently of the parser, binder and linker whose output the tests check: a bug in any of them shows up as a
/// difference between this reading and the compiled data, instead of being on both sides of every comparison.
/// </summary>
/// <remarks>
/// Only what the tests compare is read: each entry's id and the text at each place a reference can stand. A file
/// this reader cannot read yields no entry; the build has reported it already, and the tests then fail on it.
/// </remarks>
internal static class IntegrityReading
{
    public static FileReading? Read(string path, string? text, EquatableArray<CollectionSpec> schema, string? dataRoot, CancellationToken cancellationToken)
    {
        var folder = DataFolders.FolderOf(path, dataRoot);
        var spec = schema.FirstOrDefault(c => c.Folder == folder);
        if (spec is null)
        {
            return null;
        }

        var entries = new List<EntryReading>();
        var paths = ReferencePaths.Of(spec);
        var idKey = spec.Fields[spec.IdFieldIndex].Key;
        foreach (var node in Sequence(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node is not YamlMappingNode entry || Child(entry, idKey) is not YamlScalarNode idNode || IsNull(idNode) || idNode.Value is not { } id)
            {
                continue;
            }

            var references = new List<ReferenceReading>();
            for (var k = 0; k < paths.Count; k++)
            {
                Walk(spec.Fields, paths[k].FieldIndexes, 0, entry, string.Empty, k, references);
            }

            entries.Add(new EntryReading(id, references.ToEquatableArray()));
        }

        return new FileReading(path, spec.Folder, entries.ToEquatableArray());
    }

    private static IEnumerable<YamlNode> Sequence(string? text)
    {
        if (text is null)
        {
            return Array.Empty<YamlNode>();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return Array.Empty<YamlNode>();
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlSequenceNode root ? root.Children : Array.Empty<YamlNode>();
    }

    private static void Walk(EquatableArray<FieldSpec> fields, EquatableArray<int> indexes, int depth, YamlMappingNode record, string prefix, int path, List<ReferenceReading> found)
    {
        var field = fields[indexes[depth]];
        if (Child(record, field.Key) is { } value)
        {
            WalkValue(field.Type, value, indexes, depth, prefix.Length == 0 ? field.Key : prefix + "." + field.Key, path, found);
        }
    }

    private static void WalkValue(TypeSpec type, YamlNode value, EquatableArray<int> indexes, int depth, string location, int path, List<ReferenceReading> found)
    {
        switch (value)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                return;
            case YamlSequenceNode list when type.Kind == FieldKind.List:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    WalkValue(type.Element!, list.Children[i], indexes, depth, $"{location}[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", path, found);
                }

                break;
            case YamlScalarNode { Value: { } id } when type.Kind == FieldKind.Reference && depth == indexes.Count - 1:
                found.Add(new ReferenceReading(path, location, id));
                break;
            case YamlMappingNode record when type.Kind == FieldKind.Record && depth < indexes.Count - 1:
                Walk(type.Fields, indexes, depth + 1, record, location, path, found);
                break;
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key)
    {
        foreach (var pair in mapping.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>A plain scalar YAML reads as null (YAML 1.2's core schema): nothing, <c>~</c> or <c>null</c> in any of its three spellings.</summary>
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
