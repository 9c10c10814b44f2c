using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// A field as the registry writes it: its property, YAML key and kinds (the run-time library's
/// <c>FieldKind</c>, which the core compiles too), the type that declares it (for its accessor), and, by place in the collection's
/// lists, the record and the enum it holds (-1 for none).
/// </summary>
internal sealed record FieldFactsSpec(
    string PropertyName,
    string Key,
    FieldKind Kind,
    FieldKind? ElementKind,
    bool IsRequired,
    int Record,
    int Enum,
    string? TargetFolder,
    string? Description);

/// <summary>A record as the registry writes it: its fully qualified type and its fields in declaration order.</summary>
internal sealed record RecordFactsSpec(string TypeName, EquatableArray<FieldFactsSpec> Fields);

/// <summary>An enum as the registry writes it: its fully qualified type and its members (with their YAML spellings).</summary>
internal sealed record EnumFactsSpec(string TypeName, EquatableArray<EnumMemberSpec> Members);

/// <summary>
/// Everything the registry of one collection holds, decided once here from the schema: its records (every nested
/// record before the records that hold it, the entry's record last), the enums they use, each once, and which
/// fields are the id and the title, and whether the collection is looked up by name. The emitter writes it as it is.
/// </summary>
internal sealed record CollectionFactsSpec(
    CollectionSpec Spec,
    string Folder,
    string IdTypeFullName,
    int IdField,
    int TitleField,
    bool HasNameLookup,
    EquatableArray<RecordFactsSpec> Records,
    EquatableArray<EnumFactsSpec> Enums);

/// <summary>One collection's facts, or the internal error that stopped them.</summary>
internal sealed record CollectionFactsResult(CollectionFactsSpec? Facts, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Decides the registry of each collection from the schema alone: it changes only when the records do.</summary>
internal static class CollectionFactsResolver
{
    public static CollectionFactsResult Resolve(CollectionSpec spec, EquatableArray<CollectionSpec> schema) =>
        Stage.Guard(
            $"resolving the facts of {spec.Folder}/",
            () => new CollectionFactsResult(Build(spec, schema), EquatableArray<DiagnosticInfo>.Empty),
            error => new CollectionFactsResult(null, new[] { error }.ToEquatableArray()));

    private static CollectionFactsSpec Build(CollectionSpec spec, EquatableArray<CollectionSpec> schema)
    {
        var records = new List<RecordFactsSpec>();
        var enums = new List<EnumFactsSpec>();

        int EnumOf(TypeSpec type)
        {
            var index = enums.FindIndex(e => e.TypeName == type.TypeName);
            if (index < 0)
            {
                enums.Add(new EnumFactsSpec(type.TypeName, type.Members));
                index = enums.Count - 1;
            }

            return index;
        }

        string? TargetOf(TypeSpec type) => schema.FirstOrDefault(c => c.IdTypeName == type.TypeName)?.Folder;

        int RecordOf(string typeName, EquatableArray<FieldSpec> fields)
        {
            var index = records.FindIndex(r => r.TypeName == typeName);
            if (index >= 0)
            {
                return index;
            }

            var facts = fields.Select(field =>
            {
                var type = field.Type;
                var value = type.Kind == FieldKind.List && type.Element is { } element ? element : type;
                return new FieldFactsSpec(
                    field.PropertyName,
                    field.Key,
                    type.Kind,
                    type.Kind == FieldKind.List ? value.Kind : null,
                    field.IsRequired,
                    value.Kind == FieldKind.Record ? RecordOf(value.TypeName, value.Fields) : -1,
                    value.Kind == FieldKind.Enum ? EnumOf(value) : -1,
                    value.Kind == FieldKind.Reference ? TargetOf(value) : null,
                    field.Description);
            }).ToEquatableArray();
            records.Add(new RecordFactsSpec(typeName, facts));
            return records.Count - 1;
        }

        RecordOf(spec.RecordTypeName, spec.Fields);
        return new CollectionFactsSpec(spec, spec.Folder, spec.IdTypeFullName, spec.IdFieldIndex, spec.TitleFieldIndex, spec.HasNames, records.ToEquatableArray(), enums.ToEquatableArray());
    }
}
