using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace SahelData.Runtime;

/// <summary>
/// Numbers stored by the generator as printable UTF-8 literals, which the compiler reads as one token however large the
/// dataset: each character '?'..'~' carries six bits. Tables that need random access use a fixed number of characters
/// per value (value + 1, so that -1 fits); the value stream uses variable-length groups of five bits with a
/// continuation bit. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Packed
{
    /// <summary>The character that stands for zero.</summary>
    public const byte Zero = (byte)'?';

    /// <summary>Value number <paramref name="index"/> of a table of <paramref name="width"/> characters per value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int At(ReadOnlySpan<byte> table, int width, int index)
    {
        // Generated code passes the width as a constant, so once inlined only one case is left, without a loop:
        // lookups read two or three of these per probe.
        switch (width)
        {
            case 1:
                return table[index] - Zero - 1;
            case 2:
                var two = table.Slice(index * 2, 2);
                return (((two[0] - Zero) << 6) | (two[1] - Zero)) - 1;
            case 3:
                var three = table.Slice(index * 3, 3);
                return (((three[0] - Zero) << 12) | ((three[1] - Zero) << 6) | (three[2] - Zero)) - 1;
            default:
                return AtAnyWidth(table, width, index);
        }
    }

    private static int AtAnyWidth(ReadOnlySpan<byte> table, int width, int index)
    {
        // One range check for the slice instead of one per character.
        var value = 0;
        foreach (var digit in table.Slice(index * width, width))
        {
            value = (value << 6) | (digit - Zero);
        }

        return value - 1;
    }

    /// <summary>How many values a table holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Count(ReadOnlySpan<byte> table, int width) => table.Length / width;
}
