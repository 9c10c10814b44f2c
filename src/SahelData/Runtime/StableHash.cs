using System;

namespace SahelData.Runtime;

/// <summary>
/// A hash that never changes between processes, runtimes or machines (64-bit FNV-1a over groups of four UTF-16
/// code units, folded to 32 bits), so that hash tables computed at compile time can be probed at run time.
/// </summary>
#if SAHEL_COMPILER
internal static class StableHash
#else
public static class StableHash
#endif
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Hashes <paramref name="text"/>.</summary>
    public static uint Of(string text) => text is null ? unchecked((uint)OffsetBasis) : Of(text.AsSpan());

    /// <summary>Hashes <paramref name="text"/>; the same as <see cref="Of(string)"/> over the same characters.</summary>
    public static uint Of(ReadOnlySpan<char> text)
    {
        var hash = OffsetBasis;

        // Four code units per step keep the chain of multiplications short.
        var i = 0;
#if NET
        if (BitConverter.IsLittleEndian)
        {
            // The same four code units as below, read at once (the run-time copy of this file; the generator's takes the loop).
            var groups = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text);
            foreach (var group in groups)
            {
                hash = (hash ^ group) * Prime;
            }

            i = groups.Length * 4;
        }
#endif
        for (; i + 3 < text.Length; i += 4)
        {
            hash = (hash ^ (text[i] | ((ulong)text[i + 1] << 16) | ((ulong)text[i + 2] << 32) | ((ulong)text[i + 3] << 48))) * Prime;
        }

        for (; i < text.Length; i++)
        {
            hash = (hash ^ text[i]) * Prime;
        }

        return (uint)(hash ^ (hash >> 29) ^ (hash >> 47));
    }
}
