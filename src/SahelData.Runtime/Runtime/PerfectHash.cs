using System;
using System.Runtime.CompilerServices;

namespace SahelData.Runtime;

/// <summary>
/// The run-time half of the perfect hash tables the generator lays out when every key is known: a key's hash picks a
/// bucket, the bucket's displacement (chosen at compile time) picks the key's own slot, so a lookup reads one slot and
/// compares one key. The hash reads either every code unit (<see cref="OfAll"/>) or, when that already tells the
/// keys apart, only four code units near the start, four near the end and the length, at offsets chosen at compile time.
/// </summary>
/// <remarks>The generator runs this same file (netstandard2.0) to lay the tables out, so both sides compute the same slots.</remarks>
#if SAHEL_COMPILER
internal static class PerfectHash
#else
public static class PerfectHash
#endif
{
    private const ulong HeadPrime = 0x9E3779B97F4A7C15;
    private const ulong TailPrime = 0xC2B2AE3D27D4EB4F;
    private const uint SlotMultiplier = 0x9E3779B1;

    /// <summary>The code units read at once near each end.</summary>
    public const int GroupLength = 4;

    /// <summary>
    /// Hashes the four code units from <paramref name="start"/> (or the last four, in a shorter key), the four ending
    /// <paramref name="fromEnd"/> code units before the end (or the first four), and the length of <paramref name="key"/>,
    /// each code unit or-ed with <paramref name="bits"/>' own (<see cref="StableHash.LowerCaseBits"/> makes it blind to
    /// ASCII case). A key shorter than a group is hashed whole (<see cref="StableHash"/> with the same bits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint OfEnds(ReadOnlySpan<char> key, int start, int fromEnd, ulong bits)
    {
        var last = key.Length - GroupLength;
        if (last < 0)
        {
            return OfShortKey(key, bits);
        }

        var head = Group(key, start < last ? start : last) | bits;
        var tail = (Group(key, fromEnd < last ? last - fromEnd : 0) | bits) ^ (ulong)key.Length;
        return (uint)(((head * HeadPrime) ^ (tail * TailPrime)) >> 32);
    }

    /// <summary>
    /// Hashes every code unit of <paramref name="key"/>, each or-ed with <paramref name="bits"/>' own, for tables whose keys
    /// differ where <see cref="OfEnds"/> does not read: groups of four code units read at once, the last one ending at the
    /// key's end (so overlapping the one before unless the length is a multiple of four), each multiplied on its own and
    /// summed with a rotation, the sum mixed by one multiplication. A perfect table needs no more mixing than tells its
    /// keys apart, which the generator checks. A key shorter than a group is hashed as <see cref="OfEnds"/> hashes it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint OfAll(ReadOnlySpan<char> key, ulong bits)
    {
        var last = key.Length - GroupLength;
        if (last < 0)
        {
            return OfShortKey(key, bits);
        }

        var hash = (ulong)key.Length;
        for (var start = 0; start < last; start += GroupLength)
        {
            hash = ((hash << 27) | (hash >> 37)) + ((Group(key, start) | bits) * HeadPrime);
        }

        hash = ((hash << 27) | (hash >> 37)) + ((Group(key, last) | bits) * TailPrime);
        return (uint)((hash * HeadPrime) >> 32);
    }

    /// <summary>
    /// The slot of a key of hash <paramref name="hash"/> whose bucket has the displacement <paramref name="displacement"/>,
    /// in a table of 2^(32 - <paramref name="slotShift"/>) slots: a multiplicative hash whose odd multiplier the
    /// displacement chooses, so that each choice scatters a bucket's keys anew.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot(uint hash, int displacement, int slotShift) =>
        (int)((hash * unchecked(SlotMultiplier + (2u * (uint)displacement))) >> slotShift);

    // Out of line: inlined, the full hash's loops would weigh on every probe of keys long enough for the groups.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint OfShortKey(ReadOnlySpan<char> key, ulong bits) => StableHash.Of(key, bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Group(ReadOnlySpan<char> key, int start)
    {
#if NET
        if (BitConverter.IsLittleEndian)
        {
            // The same four code units as below, read at once (the run-time copy of this file; the generator's takes the shifts).
            return System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.Slice(start, GroupLength)));
        }
#endif
        return key[start] | ((ulong)key[start + 1] << 16) | ((ulong)key[start + 2] << 32) | ((ulong)key[start + 3] << 48);
    }
}
