using System;
using System.Runtime.CompilerServices;

namespace SahelData.Runtime;

/// <summary>
/// A hash that never changes between processes, runtimes or machines, so that hash tables computed at compile time
/// can be probed at run time: groups of four UTF-16 code units, each multiplied on its own and summed with a rotation,
/// then mixed (the finalizer of MurmurHash3), folded to 32 bits.
/// </summary>
#if SAHEL_COMPILER
internal static class StableHash
#else
public static class StableHash
#endif
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const ulong GroupPrime = 0xC2B2AE3D27D4EB4F;
    private const ulong TailPrime = 0x165667B19E3779F9;

    /// <summary>Hashes <paramref name="text"/>.</summary>
    public static uint Of(string text) => text is null ? unchecked((uint)Seed) : Of(text.AsSpan());

    /// <summary>Hashes <paramref name="text"/>; the same as <see cref="Of(string)"/> over the same characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(ReadOnlySpan<char> text) => Of(text, 0);

    /// <summary>
    /// The hash of <paramref name="text"/> with bit 5 (0x20) of every code unit set as the groups are read, so blind to
    /// ASCII case: the name tables are hashed so, and a name that equals a key but for ASCII case finds the key's slot
    /// without being folded. For text of ASCII lower-case letters, digits and spaces it is <see cref="Of(ReadOnlySpan{char})"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint OfLowerCased(ReadOnlySpan<char> text) => Of(text, LowerCaseBits);

    /// <summary>Bit 5 of each of the four code units of a group: what <see cref="OfLowerCased"/> sets.</summary>
    public const ulong LowerCaseBits = 0x0020_0020_0020_0020;

#if SAHEL_COMPILER
    /// <summary>
    /// <paramref name="text"/> as <see cref="OfLowerCased"/> and the name tables' perfect hashes read it, bit 5 of every
    /// code unit set: texts alike so always hash alike, so a name table keeps one of them.
    /// </summary>
    public static string AsReadBlindToCase(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(chars[i] | (char)(LowerCaseBits & 0xFFFF));
        }

        return new string(chars);
    }
#endif

    /// <summary>The hash of <paramref name="text"/> with <paramref name="bits"/> or-ed into every group as it is read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Of(ReadOnlySpan<char> text, ulong bits)
    {
        var hash = Seed ^ (ulong)text.Length;

        // The multiplications of the groups do not depend on each other, so the processor runs them side by side;
        // only a rotation and an addition chain one group to the next.
        var i = 0;
#if NET
        if (BitConverter.IsLittleEndian)
        {
            // The same four code units as below, read at once (the run-time copy of this file; the generator's takes the loop).
            var groups = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text);
            foreach (var group in groups)
            {
                hash = RotateLeft(hash) + ((group | bits) * GroupPrime);
            }

            i = groups.Length * 4;
        }
#endif
        for (; i + 3 < text.Length; i += 4)
        {
            var group = text[i] | ((ulong)text[i + 1] << 16) | ((ulong)text[i + 2] << 32) | ((ulong)text[i + 3] << 48);
            hash = RotateLeft(hash) + ((group | bits) * GroupPrime);
        }

        if (i < text.Length)
        {
            var tail = 0UL;
            for (var shift = 0; i < text.Length; i++, shift += 16)
            {
                tail |= ((ulong)text[i] | (bits & 0xFFFF)) << shift;
            }

            hash = RotateLeft(hash) + (tail * TailPrime);
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53;
        hash ^= hash >> 33;
        return (uint)hash;
    }

    private static ulong RotateLeft(ulong value) => (value << 27) | (value >> 37);
}
