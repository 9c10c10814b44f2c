using System.Collections.Generic;
using System.Text;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// The generator's side of <c>SahelData.Runtime.Packed</c> and <c>ValueReader</c>: numbers written as printable
/// characters '?'..'~', six bits each, so that a whole table is one UTF-8 literal.
/// </summary>
internal static class PackedText
{
    private const char Zero = '?';

    /// <summary>A fixed-width table: each value + 1 in the fewest six-bit characters that hold the largest.</summary>
    public static PackedTable Table(IReadOnlyList<int> values)
    {
        var largest = 0;
        foreach (var value in values)
        {
            largest = System.Math.Max(largest, value + 1);
        }

        var width = 1;
        while (width < 6 && largest >= 1 << (6 * width))
        {
            width++;
        }

        var text = new StringBuilder(values.Count * width);
        foreach (var value in values)
        {
            for (var shift = 6 * (width - 1); shift >= 0; shift -= 6)
            {
                text.Append((char)(Zero + (((value + 1) >> shift) & 0x3F)));
            }
        }

        return new PackedTable(text.ToString(), width);
    }

    /// <summary>Appends a value of the stream: zigzag-encoded, in groups of five bits with a continuation bit, lowest first.</summary>
    public static void AppendVarint(StringBuilder text, int value)
    {
        var encoded = (uint)((value << 1) ^ (value >> 31));
        do
        {
            var group = encoded & 0x1F;
            encoded >>= 5;
            text.Append((char)(Zero + group + (encoded != 0 ? 0x20 : 0)));
        }
        while (encoded != 0);
    }
}

/// <summary>A table of non-negative numbers (and -1) packed by <see cref="PackedText.Table"/>: its text and the characters per value.</summary>
internal sealed record PackedTable(string Text, int Width);
