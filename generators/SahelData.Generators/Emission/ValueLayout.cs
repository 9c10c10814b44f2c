using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Binding;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Linking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Names;
using SahelData.Compiler.Parsing;
using SahelData.Compiler.Resolving;
using SahelData.Compiler.Schema;

namespace SahelData.Generators.Emission;

/// <summary>
/// How a value is stored in a collection's integer table, and the C# that reads it back. Writing and reading
/// live side by side here so that they cannot drift apart. Texts are stored as indexes into the collection's
/// text table (-1 for none); optional numbers and records carry a presence flag first.
/// </summary>
internal sealed class ValueLayout
{
    private readonly Func<string, CollectionSpec?> collectionOfIdType;
    private readonly Func<string, int> textIndex;
    private readonly Dictionary<TypeSpec, string> helperNames = new();
    private readonly List<(string Name, TypeSpec Type)> helpers = new();

    public ValueLayout(Func<string, CollectionSpec?> collectionOfIdType, Func<string, int> textIndex)
    {
        this.collectionOfIdType = collectionOfIdType;
        this.textIndex = textIndex;
    }

    /// <summary>Appends the stored form of <paramref name="value"/> to <paramref name="table"/>.</summary>
    public void Write(TypeSpec type, BoundValue value, List<int> table)
    {
        var absent = value is AbsentValue;
        switch (type.Kind)
        {
            case ValueKind.String:
                table.Add(value is StringValue text ? textIndex(text.Value) : -1);
                return;
            case ValueKind.Boolean:
                table.Add(value is BooleanValue flag ? (flag.Value ? 1 : 0) : type.IsNullable ? -1 : 0);
                return;
            case ValueKind.Date:
                table.Add(value is DateValue date ? date.Packed : 0);
                return;
            case ValueKind.Reference:
                var reference = value as ReferenceValue;
                table.Add(reference is null ? -1 : textIndex(reference.Id));
                table.Add(reference?.TargetIndex ?? -1);
                return;
        }

        if (type.IsNullable)
        {
            table.Add(absent ? 0 : 1);
            if (absent)
            {
                return;
            }
        }

        switch (type.Kind)
        {
            case ValueKind.Int32:
                table.Add(value is IntegerValue int32 ? (int)int32.Value : 0);
                break;
            case ValueKind.Enum:
                table.Add(value is EnumValue member ? (int)member.Value : (int)(type.Members.FirstOrDefault()?.Value ?? 0));
                break;
            case ValueKind.Int64:
                WriteInt64(value is IntegerValue int64 ? int64.Value : 0, table);
                break;
            case ValueKind.Double:
                WriteInt64(BitConverter.DoubleToInt64Bits(value is DoubleValue real ? real.Value : 0), table);
                break;
            case ValueKind.Decimal:
                table.AddRange(decimal.GetBits(value is DecimalValue number ? number.Value : 0m));
                break;
            case ValueKind.Record:
                var fields = (value as RecordValue)?.Fields;
                for (var i = 0; i < type.Fields.Count; i++)
                {
                    Write(type.Fields[i].Type, fields?[i] ?? AbsentValue.Instance, table);
                }

                break;
            case ValueKind.List:
                var items = (value as ListValue)?.Items ?? EquatableArray<BoundValue>.Empty;
                table.Add(items.Count);
                foreach (var item in items)
                {
                    Write(type.Element!, item, table);
                }

                break;
        }
    }

    /// <summary>A C# expression that reads a value of <paramref name="type"/> from <c>reader</c>.</summary>
    public string ReadExpression(TypeSpec type)
    {
        var orNull = type.IsNullable ? "OrNull" : string.Empty;
        return type.Kind switch
        {
            ValueKind.String => $"Data_Text{orNull}(reader.ReadInt32())",
            ValueKind.Boolean => $"reader.ReadBoolean{orNull}()",
            ValueKind.Int32 => $"reader.ReadInt32{orNull}()",
            ValueKind.Int64 => $"reader.ReadInt64{orNull}()",
            ValueKind.Double => $"reader.ReadDouble{orNull}()",
            ValueKind.Decimal => $"reader.ReadDecimal{orNull}()",
            ValueKind.Enum => $"({CSharpType(type)})reader.ReadInt32{orNull}()",
            ValueKind.Date => $"{type.TypeName}.FromPacked{orNull}(reader.ReadInt32())",
            _ => $"{Helper(type)}(ref reader)",
        };
    }

    /// <summary>The C# type of a property, with its nullable annotation.</summary>
    public string CSharpType(TypeSpec type)
    {
        var name = type.Kind switch
        {
            ValueKind.Reference => collectionOfIdType(type.TypeName)?.IdTypeFullName ?? type.TypeName,
            ValueKind.List => $"global::System.Collections.Immutable.ImmutableArray<{CSharpType(type.Element!)}>",
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
            writer.Open($"private static {CSharpType(type)} {name}(ref global::SahelData.Runtime.ValueReader reader)");
            switch (type.Kind)
            {
                case ValueKind.Reference:
                    writer.Line("var text = reader.ReadInt32();");
                    writer.Line("var index = reader.ReadInt32();");
                    var create = $"new {CSharpType(type with { IsNullable = false })}(Data_Text(text), index)";
                    writer.Line(type.IsNullable ? $"return text < 0 ? null : {create};" : $"return {create};");
                    break;
                case ValueKind.Record:
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
                case ValueKind.List:
                    if (type.IsNullable)
                    {
                        writer.Open("if (reader.ReadInt32() == 0)").Line("return null;").Close().Line();
                    }

                    var element = CSharpType(type.Element!);
                    writer.Line("var count = reader.ReadInt32();");
                    writer.Line($"var items = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<{element}>(count);");
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
            var simple = type.Kind == ValueKind.List ? "List" : type.TypeName.Substring(type.TypeName.LastIndexOf('.') + 1);
            name = $"Data_Read{simple}{(type.IsNullable ? "OrNull" : string.Empty)}_{helpers.Count}";
            helperNames.Add(type, name);
            helpers.Add((name, type));
        }

        return name;
    }

    private static void WriteInt64(long value, List<int> table)
    {
        table.Add(unchecked((int)value));
        table.Add((int)(value >> 32));
    }
}
