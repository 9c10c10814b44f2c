using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// How a value is stored in a collection's integer table; the generator's <c>ValueLayout</c> writes the C# that
/// reads it back in the same order. Texts are stored as indexes into the collection's text table (-1 for none);
/// optional numbers and records carry a presence flag first; a reference stores its id text and target position.
/// </summary>
internal sealed class ValueEncoder
{
    private readonly Func<string, int> textIndex;

    public ValueEncoder(Func<string, int> textIndex) => this.textIndex = textIndex;

    /// <summary>Appends the stored form of <paramref name="value"/> to <paramref name="table"/>.</summary>
    public void Write(TypeSpec type, BoundValue value, List<int> table)
    {
        var absent = value is AbsentValue;
        switch (type.Kind)
        {
            case FieldKind.String:
                table.Add(value is StringValue text ? textIndex(text.Value) : -1);
                return;
            case FieldKind.Boolean:
                table.Add(value is BooleanValue flag ? (flag.Value ? 1 : 0) : type.IsNullable ? -1 : 0);
                return;
            case FieldKind.Date:
                table.Add(value is DateValue date ? date.Packed : 0);
                return;
            case FieldKind.Reference:
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
            case FieldKind.Int32:
                table.Add(value is IntegerValue int32 ? (int)int32.Value : 0);
                break;
            case FieldKind.Enum:
                table.Add(value is EnumValue member ? (int)member.Value : (int)(type.Members.FirstOrDefault()?.Value ?? 0));
                break;
            case FieldKind.Int64:
                WriteInt64(value is IntegerValue int64 ? int64.Value : 0, table);
                break;
            case FieldKind.Double:
                WriteInt64(BitConverter.DoubleToInt64Bits(value is DoubleValue real ? real.Value : 0), table);
                break;
            case FieldKind.Decimal:
                table.AddRange(decimal.GetBits(value is DecimalValue number ? number.Value : 0m));
                break;
            case FieldKind.Record:
                var fields = (value as RecordValue)?.Fields;
                for (var i = 0; i < type.Fields.Count; i++)
                {
                    Write(type.Fields[i].Type, fields?[i] ?? AbsentValue.Instance, table);
                }

                break;
            case FieldKind.List:
                var items = (value as ListValue)?.Items ?? EquatableArray<BoundValue>.Empty;
                table.Add(items.Count);
                foreach (var item in items)
                {
                    Write(type.Element!, item, table);
                }

                break;
        }
    }

    private static void WriteInt64(long value, List<int> table)
    {
        table.Add(unchecked((int)value));
        table.Add((int)(value >> 32));
    }
}
