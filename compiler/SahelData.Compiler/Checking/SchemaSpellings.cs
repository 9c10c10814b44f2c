using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Checking;

/// <summary>
/// The spellings the data files use, read from a compiled schema: YAML keys (<see cref="FieldSpec.Key"/>) and enum
/// members (<see cref="EnumMemberSpec.YamlName"/>), so that a tool writes what a curator writes without re-deriving it.
/// </summary>
public static class SchemaSpellings
{
    /// <summary>
    /// Each enum the schema's records use, by the enum's full C# name (<c>Library.Model.Genre</c>), with each member's
    /// C# name and YAML spelling in declaration order.
    /// </summary>
    /// <param name="schema">A compiled schema.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> EnumSpellings(this DatasetSchema schema)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        var enums = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        void Visit(TypeSpec type)
        {
            if (type.Kind == ValueKind.Enum)
            {
                const string Global = "global::";
                var name = type.TypeName.StartsWith(Global, StringComparison.Ordinal) ? type.TypeName.Substring(Global.Length) : type.TypeName;
                enums[name] = type.Members.Select(m => new KeyValuePair<string, string>(m.Name, m.YamlName)).ToList();
            }

            if (type.Element is { } element)
            {
                Visit(element);
            }

            foreach (var field in type.Fields)
            {
                Visit(field.Type);
            }
        }

        foreach (var field in schema.Collections.SelectMany(c => c.Fields))
        {
            Visit(field.Type);
        }

        return enums;
    }

    /// <summary>The YAML key of a property of a collection's record, e.g. <c>("books", "PublishedBy")</c> → <c>published_by</c>; null when there is none.</summary>
    /// <param name="schema">A compiled schema.</param>
    /// <param name="folder">The collection's folder.</param>
    /// <param name="propertyName">The record's property.</param>
    public static string? KeyOf(this DatasetSchema schema, string folder, string propertyName)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        return schema.Collections.FirstOrDefault(c => c.Folder == folder)?.Fields.FirstOrDefault(f => f.PropertyName == propertyName)?.Key;
    }
}
