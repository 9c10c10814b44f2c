using System.Globalization;
using SahelData.Compiler.Diagnostics;

namespace SahelData.Compiler.Model;

/// <summary>A member of an enum: its C# name, its kebab-case YAML spelling, its numeric value and what it means (from its XML docs).</summary>
internal sealed record EnumMemberSpec(string Name, string YamlName, long Value, string? Description = null);

/// <summary>
/// The values a number may take (for a date: its year), from the property's range attribute; a missing bound is open.
/// </summary>
internal sealed record NumberRange(decimal? Minimum, decimal? Maximum)
{
    public bool Contains(decimal value) => (Minimum is null || value >= Minimum) && (Maximum is null || value <= Maximum);

    /// <summary>The range in words, after "Write": "a whole number from -90 to 90", "a number of 0 or more".</summary>
    public string Describe(string what) => (Minimum, Maximum) switch
    {
        ({ } min, { } max) => $"{what} from {Format(min)} to {Format(max)}",
        ({ } min, null) => $"{what} of {Format(min)} or more",
        (null, { } max) => $"{what} of {Format(max)} or less",
        _ => what,
    };

    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}

/// <summary>
/// The type of a property as the generator understands it. <see cref="TypeName"/> is the fully qualified C# name
/// (for a reference, the simple name of the target's id type, resolved against the other collections later).
/// </summary>
internal sealed record TypeSpec(
    FieldKind Kind,
    string TypeName,
    bool IsNullable,
    TypeSpec? Element,
    EquatableArray<FieldSpec> Fields,
    EquatableArray<EnumMemberSpec> Members,
    NumberRange? Range = null)
{
    public static TypeSpec Scalar(FieldKind kind, string typeName, bool isNullable) =>
        new(kind, typeName, isNullable, null, EquatableArray<FieldSpec>.Empty, EquatableArray<EnumMemberSpec>.Empty);

    /// <summary>Describes the type the way a curator reads it in an error message.</summary>
    public string Describe() => Kind switch
    {
        FieldKind.String => "text",
        FieldKind.Boolean => "true or false",
        FieldKind.Int32 or FieldKind.Int64 => "a whole number",
        FieldKind.Decimal or FieldKind.Double => "a number",
        FieldKind.Enum => "one of the listed words",
        FieldKind.Date => "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        FieldKind.Reference => "the id of an entry",
        FieldKind.Record => "a group of keys (a mapping)",
        FieldKind.List => "a list, written [first, second]",
        _ => Kind.ToString(),
    };

    /// <summary>A value of this type as the data files write it, for "add a line such as" hints.</summary>
    public string Example() => Kind switch
    {
        FieldKind.Boolean => "true",
        FieldKind.Int32 or FieldKind.Int64 => "0",
        FieldKind.Decimal or FieldKind.Double => "2.5",
        FieldKind.Enum when Members.Count > 0 => Members[0].YamlName,
        FieldKind.Date => "2024-07-27",
        FieldKind.Reference => "an-id",
        FieldKind.List when Element is { Kind: not FieldKind.Record and not FieldKind.List } => $"[{Element.Example()}, …]",
        _ => "…",
    };
}

/// <summary>A property of a record, mapped to a snake_case YAML key.</summary>
internal sealed record FieldSpec(
    string PropertyName,
    string Key,
    TypeSpec Type,
    bool IsRequired,
    string? ReverseIndexName,
    bool IsAcyclic,
    string? Description);

/// <summary>A collection declared by a record carrying the collection attribute.</summary>
internal sealed record CollectionSpec(
    string Folder,
    string Namespace,
    string RecordName,
    string RecordTypeName,
    string ClassName,
    string IdTypeName,
    bool IsPublic,
    EquatableArray<FieldSpec> Fields,
    bool IsReferenced = false,
    bool? NamedMembers = null)
{
    public string ClassFullName => Namespace.Length == 0 ? $"global::{ClassName}" : $"global::{Namespace}.{ClassName}";

    public string IdTypeFullName => Namespace.Length == 0 ? $"global::{IdTypeName}" : $"global::{Namespace}.{IdTypeName}";

    public int IdFieldIndex => IndexOfField("Id", FieldKind.Reference);

    /// <summary>The first text property after the id names the entry in documentation and listings.</summary>
    public int TitleFieldIndex
    {
        get
        {
            for (var i = 0; i < Fields.Count; i++)
            {
                if (i != IdFieldIndex && Fields[i].Type.Kind == FieldKind.String)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    public int NameFieldIndex => IndexOfField("Name", FieldKind.String);

    public int AliasesFieldIndex
    {
        get
        {
            var index = IndexOfField("Aliases", FieldKind.List);
            return index >= 0 && Fields[index].Type.Element?.Kind == FieldKind.String ? index : -1;
        }
    }

    public bool HasNames => NameFieldIndex >= 0;

    private int IndexOfField(string propertyName, FieldKind kind)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].PropertyName == propertyName && Fields[i].Type.Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>What reading one collection record produced: its spec (or the reasons it has none) and where the record is.</summary>
internal sealed record SchemaResult(CollectionSpec? Collection, LocationInfo? Location, EquatableArray<DiagnosticInfo> Diagnostics);
