using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// The JSON Schema of a collection's files, decided once: its file name, title and description, and its records
/// as definitions in order of first use (the collection's own record first), each under a name unique in the schema.
/// </summary>
internal sealed record JsonSchemaSpec(string FileName, string Title, string Description, EquatableArray<SchemaDefinition> Definitions);

/// <summary>A record of the schema: the name other parts refer to it by, and its keys in declaration order.</summary>
internal sealed record SchemaDefinition(string Name, EquatableArray<SchemaProperty> Properties);

/// <summary>
/// A key of a record: whether a file must write it, whether it is the entry's id (which has a pattern of its own),
/// its documentation and its value.
/// </summary>
internal sealed record SchemaProperty(string Key, bool IsRequired, bool IsEntryId, string? Description, SchemaValue Value);

/// <summary>
/// A value as the schema states it: its kind, whether null is allowed, its bounds, the words of an enum, the folder
/// a reference points into (null when the id type is no collection's), the definition of a record, a list's element.
/// </summary>
internal sealed record SchemaValue(
    FieldKind Kind,
    bool IsNullable,
    NumberRange? Range,
    EquatableArray<SchemaWord> Words,
    string? TargetFolderPath,
    string? Definition,
    SchemaValue? Element);

/// <summary>A word an enum value is spelt with in YAML, and what it means.</summary>
internal sealed record SchemaWord(string Word, string? Meaning);

/// <summary>Decides a collection's <see cref="JsonSchemaSpec"/> from its record and the collections it refers to.</summary>
internal static class JsonSchemaResolver
{
    public static JsonSchemaSpec Resolve(CollectionSpec spec, IReadOnlyList<CollectionRef> collections, OutputSettings settings) =>
        new Walk(spec, collections).Schema(settings);

    private sealed class Walk
    {
        private readonly CollectionSpec spec;
        private readonly IReadOnlyList<CollectionRef> collections;
        private readonly List<(string Name, TypeSpec Record)> found = new();

        public Walk(CollectionSpec spec, IReadOnlyList<CollectionRef> collections)
        {
            this.spec = spec;
            this.collections = collections;
        }

        public JsonSchemaSpec Schema(OutputSettings settings)
        {
            var root = TypeSpec.Scalar(FieldKind.Record, spec.RecordTypeName, isNullable: false) with { Fields = spec.Fields };
            DefinitionOf(root, spec.RecordName);

            // A record's properties can name records not met before, so the list grows while it is walked: each
            // record is defined where it is first used, breadth first.
            var definitions = new List<SchemaDefinition>();
            for (var i = 0; i < found.Count; i++)
            {
                var (name, record) = found[i];
                var isRoot = i == 0;
                definitions.Add(new SchemaDefinition(
                    name,
                    record.Fields
                        .Select(field => new SchemaProperty(field.Key, field.IsRequired, isRoot && field.PropertyName == "Id", field.Description, ValueOf(field.Type)))
                        .ToEquatableArray()));
            }

            return new JsonSchemaSpec(
                spec.Folder + ".schema.json",
                settings.SchemaTitle(spec.Folder),
                $"A file of {settings.FolderPath(spec.Folder)}: a list of {spec.RecordName} entries. Generated from the C# model; do not edit by hand.",
                definitions.ToEquatableArray());
        }

        private SchemaValue ValueOf(TypeSpec type) => new(
            type.Kind,
            type.IsNullable,
            type.Range,
            type.Kind == FieldKind.Enum ? type.Members.Select(m => new SchemaWord(m.YamlName, m.Description)).ToEquatableArray() : EquatableArray<SchemaWord>.Empty,
            type.Kind == FieldKind.Reference ? CollectionRef.OfIdType(collections, type.TypeName)?.FolderPath : null,
            type.Kind == FieldKind.Record ? DefinitionOf(type with { IsNullable = false }, SimpleName(type.TypeName)) : null,
            type.Kind == FieldKind.List && type.Element is { } element ? ValueOf(element) : null);

        /// <summary>The definition of <paramref name="record"/>: the one it already has, or a new one under a free name.</summary>
        private string DefinitionOf(TypeSpec record, string preferredName)
        {
            foreach (var (name, known) in found)
            {
                if (known == record)
                {
                    return name;
                }
            }

            var unique = preferredName;
            for (var n = 2; found.Any(d => d.Name == unique); n++)
            {
                unique = preferredName + n.ToString(CultureInfo.InvariantCulture);
            }

            found.Add((unique, record));
            return unique;
        }

        private static string SimpleName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);
    }
}
