using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;

namespace SahelData.Generators.Emission;

/// <summary>
/// The C# that reads back a value stored by the compiler core's <c>ValueEncoder</c>, field by field in the same
/// order, from a <c>reader</c> over one file's values and that file's texts (<c>chunk</c>).
/// </summary>
internal sealed class ValueLayout
{
    private readonly Func<string, CollectionRef?> collectionOfIdType;
    private readonly Dictionary<TypeSpec, string> helperNames = new();
    private readonly List<(string Name, TypeSpec Type)> helpers = new();

    public ValueLayout(Func<string, CollectionRef?> collectionOfIdType) => this.collectionOfIdType = collectionOfIdType;

    /// <summary>The generated type that holds one file's values and texts while an entry is read.</summary>
    public const string ChunkType = "Data_Chunk";

    /// <summary>A C# expression that reads a value of <paramref name="type"/> from <c>reader</c>.</summary>
    public string ReadExpression(TypeSpec type)
    {
        var orNull = type.IsNullable ? "OrNull" : string.Empty;
        return type.Kind switch
        {
            FieldKind.String => $"chunk.Text{orNull}(reader.ReadInt32())",
            FieldKind.Boolean => $"reader.ReadBoolean{orNull}()",
            FieldKind.Int32 => $"reader.ReadInt32{orNull}()",
            FieldKind.Int64 => $"reader.ReadInt64{orNull}()",
            FieldKind.Double => $"reader.ReadDouble{orNull}()",
            FieldKind.Decimal => $"reader.ReadDecimal{orNull}()",
            FieldKind.Enum => $"({CSharpType(type)})reader.ReadInt32{orNull}()",
            FieldKind.Date => $"{type.TypeName}.FromPacked{orNull}(reader.ReadInt32())",
            _ => $"{Helper(type)}(ref reader, in chunk)",
        };
    }

    /// <summary>The C# type of a property, with its nullable annotation.</summary>
    public string CSharpType(TypeSpec type)
    {
        var name = type.Kind switch
        {
            FieldKind.Reference => collectionOfIdType(type.TypeName)?.IdTypeFullName ?? type.TypeName,
            FieldKind.List => $"{TypeNames.ImmutableArray}<{CSharpType(type.Element!)}>",
            _ => type.TypeName,
        };
        return type.IsNullable ? name + "?" : name;
    }

    /// <summary>Writes the helper methods that <see cref="ReadExpression"/> asked for, including those they ask for in turn.</summary>
    public void WriteHelpers(SourceWriter writer)
    {
        for (var i = 0; i < helpers.Count; i++)
        {
            var (name, type) = helpers[i];
            writer.Line();
            writer.Open($"private static {CSharpType(type)} {name}(ref {TypeNames.ValueReader} reader, in {ChunkType} chunk)");
            switch (type.Kind)
            {
                case FieldKind.Reference:
                    writer.Line("var text = reader.ReadInt32();");
                    writer.Line("var index = reader.ReadInt32();");
                    var create = $"new {CSharpType(type with { IsNullable = false })}(chunk.Text(text), index)";
                    writer.Line(type.IsNullable ? $"return text < 0 ? null : {create};" : $"return {create};");
                    break;
                case FieldKind.Record:
                    if (type.IsNullable)
                    {
                        writer.Open("if (reader.ReadInt32() == 0)").Line("return null;").Close().Line();
                    }

                    writer.Line($"return new {type.TypeName}").Line("{");
                    foreach (var field in type.Fields)
                    {
                        writer.Line($"    {field.PropertyName} = {ReadExpression(field.Type)},");
                    }

                    writer.Line("};");
                    break;
                case FieldKind.List:
                    if (type.IsNullable)
                    {
                        writer.Open("if (reader.ReadInt32() == 0)").Line("return null;").Close().Line();
                    }

                    var element = CSharpType(type.Element!);
                    writer.Line("var count = reader.ReadInt32();");
                    writer.Line($"var items = {TypeNames.ImmutableArray}.CreateBuilder<{element}>(count);");
                    writer.Open("for (var i = 0; i < count; i++)").Line($"items.Add({ReadExpression(type.Element!)});").Close();
                    writer.Line();
                    writer.Line("return items.MoveToImmutable();");
                    break;
            }

            writer.Close();
        }
    }

    private string Helper(TypeSpec type)
    {
        if (!helperNames.TryGetValue(type, out var name))
        {
            var simple = type.Kind == FieldKind.List ? "List" : type.TypeName.Substring(type.TypeName.LastIndexOf('.') + 1);
            name = $"Data_Read{simple}{(type.IsNullable ? "OrNull" : string.Empty)}_{helpers.Count}";
            helperNames.Add(type, name);
            helpers.Add((name, type));
        }

        return name;
    }
}
