using System;
using System.ComponentModel;

namespace SahelData.Runtime;

/// <summary>
/// Reads the values the generator stored for one entry, in the order it wrote them.
/// For generated code only: the layout is an implementation detail of the generator.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct ValueReader
{
    private readonly ReadOnlySpan<byte> values;
    private int position;

    /// <summary>Starts reading <paramref name="values"/> at <paramref name="position"/>.</summary>
    public ValueReader(ReadOnlySpan<byte> values, int position)
    {
        this.values = values;
        this.position = position;
    }

    /// <summary>Reads one 32-bit value: zigzag-encoded, in groups of five bits, lowest first (see <see cref="Packed"/>).</summary>
    public int ReadInt32()
    {
        uint encoded = 0;
        for (var shift = 0; ; shift += 5)
        {
            var group = values[position++] - Packed.Zero;
            encoded |= (uint)(group & 0x1F) << shift;
            if ((group & 0x20) == 0)
            {
                return (int)(encoded >> 1) ^ -(int)(encoded & 1);
            }
        }
    }

    /// <summary>Reads a presence flag, then the value when present.</summary>
    public int? ReadInt32OrNull() => ReadInt32() == 0 ? null : ReadInt32();

    /// <summary>Reads a 64-bit value stored as two halves.</summary>
    public long ReadInt64()
    {
        var low = (uint)ReadInt32();
        var high = (long)ReadInt32();
        return (high << 32) | low;
    }

    /// <summary>Reads a presence flag, then the value when present.</summary>
    public long? ReadInt64OrNull() => ReadInt32() == 0 ? null : ReadInt64();

    /// <summary>Reads a double stored as its 64 bits, so that it round-trips exactly.</summary>
    public double ReadDouble() => BitConverter.Int64BitsToDouble(ReadInt64());

    /// <summary>Reads a presence flag, then the value when present.</summary>
    public double? ReadDoubleOrNull() => ReadInt32() == 0 ? null : ReadDouble();

    /// <summary>Reads a decimal stored as its four 32-bit parts.</summary>
    public decimal ReadDecimal() => new(new[] { ReadInt32(), ReadInt32(), ReadInt32(), ReadInt32() });

    /// <summary>Reads a presence flag, then the value when present.</summary>
    public decimal? ReadDecimalOrNull() => ReadInt32() == 0 ? null : ReadDecimal();

    /// <summary>Reads 0 or 1.</summary>
    public bool ReadBoolean() => ReadInt32() != 0;

    /// <summary>Reads -1 (null), 0 or 1.</summary>
    public bool? ReadBooleanOrNull() => ReadInt32() switch
    {
        < 0 => null,
        0 => false,
        _ => true,
    };
}
