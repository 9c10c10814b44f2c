using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Runtime;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// Hash tables computed at compile time, whose keys are all known: a perfect table where one can be laid out (see
/// <see cref="PerfectHash"/>), otherwise an open-addressing table probed linearly from <see cref="StableHash"/>.
/// </summary>
internal static class HashTables
{
    /// <summary>The most a bucket's displacement may be: two packed characters a bucket.</summary>
    private const int MostDisplacement = (1 << 12) - 2;

    /// <summary>The farthest from either end the cheap hash may read.</summary>
    private const int MostOffset = 15;

    /// <summary>How many hashes the search for the cheap hash's offsets may compute.</summary>
    private const int MostHashes = 2_000_000;

    /// <summary>
    /// Open addressing: slot → item index + 1 (0: empty), probed linearly from <see cref="StableHash.Of(string)"/>
    /// (or <see cref="StableHash.OfLowerCased"/> when <paramref name="ignoresAsciiCase"/>). At most half full, so
    /// every probe ends at an empty slot.
    /// </summary>
    public static int[] Build(IReadOnlyList<string> keys, bool ignoresAsciiCase = false)
    {
        var capacity = 2;
        while (capacity < keys.Count * 2)
        {
            capacity *= 2;
        }

        var slots = new int[capacity];
        var mask = capacity - 1;
        for (var i = 0; i < keys.Count; i++)
        {
            var slot = (int)(FullHash(keys[i], ignoresAsciiCase) & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }

        return slots;
    }

    /// <summary>
    /// A perfect table over distinct <paramref name="keys"/>: the cheapest hash that tells them apart (four code units
    /// near each end and the length, at the first offsets that do; else every code unit), a displacement per bucket
    /// of about two keys, and slots (item index + 1, 0: empty) at most half full. Null when no displacement within
    /// reach finds room for every bucket, or when even the full hash gives two keys one value; the caller then builds
    /// <see cref="Build"/>'s table. A slot holds <paramref name="items"/>[key] + 1, or the key's own index + 1 without them.
    /// </summary>
    public static PerfectTable? BuildPerfect(IReadOnlyList<string> keys, bool ignoresAsciiCase, IReadOnlyList<int>? items = null)
    {
        if (keys.Count == 0)
        {
            return null;
        }

        var bits = ignoresAsciiCase ? StableHash.LowerCaseBits : 0;
        var minLength = keys.Min(k => k.Length);
        var maxLength = keys.Max(k => k.Length);
        // Offsets far enough in to pass prefixes and suffixes that many keys share, within a bounded search: at most
        // about two million hashes computed, whatever the number of keys.
        var reach = Math.Min(maxLength - PerfectHash.GroupLength, MostOffset);
        var tries = MostHashes / keys.Count;
        for (var start = 0; start <= reach; start++)
        {
            for (var fromEnd = 0; fromEnd <= reach && tries-- > 0; fromEnd++)
            {
                var hashes = keys.Select(k => PerfectHash.OfEnds(k.AsSpan(), start, fromEnd, bits)).ToArray();
                if (Lay(hashes, items) is { } placed)
                {
                    return placed with { MinLength = minLength, MaxLength = maxLength, Start = start, FromEnd = fromEnd };
                }
            }
        }

        var full = Lay(keys.Select(k => PerfectHash.OfAll(k.AsSpan(), bits)).ToArray(), items);
        return full is null ? null : full with { MinLength = minLength, MaxLength = maxLength, Start = -1, FromEnd = -1 };
    }

    private static uint FullHash(string key, bool ignoresAsciiCase) =>
        ignoresAsciiCase ? StableHash.OfLowerCased(key.AsSpan()) : StableHash.Of(key);

    /// <summary>Gives every hash a slot of its own, buckets with the most keys first; null when two hashes are equal or a bucket finds no room.</summary>
    private static PerfectTable? Lay(uint[] hashes, IReadOnlyList<int>? items)
    {
        if (hashes.Distinct().Count() != hashes.Length)
        {
            return null;
        }

        var slotBits = 1;
        while (1 << slotBits < hashes.Length * 2)
        {
            slotBits++;
        }

        var bucketCount = 1;
        while (bucketCount * 2 < hashes.Length)
        {
            bucketCount *= 2;
        }

        var bucketMask = bucketCount - 1;
        var slotShift = 32 - slotBits;
        var slots = new int[1 << slotBits];
        var displacements = new int[bucketCount];
        var buckets = Enumerable.Range(0, hashes.Length)
            .GroupBy(item => (int)(hashes[item] & (uint)bucketMask))
            .OrderByDescending(bucket => bucket.Count())
            .ThenBy(bucket => bucket.Key);
        var taken = new List<int>();
        foreach (var bucket in buckets)
        {
            var displacement = 0;
            for (; displacement <= MostDisplacement; displacement++)
            {
                taken.Clear();
                foreach (var item in bucket)
                {
                    var slot = PerfectHash.Slot(hashes[item], displacement, slotShift);
                    if (slots[slot] != 0 || taken.Contains(slot))
                    {
                        break;
                    }

                    taken.Add(slot);
                }

                if (taken.Count == bucket.Count())
                {
                    break;
                }
            }

            if (displacement > MostDisplacement)
            {
                return null;
            }

            displacements[bucket.Key] = displacement;
            var i = 0;
            foreach (var item in bucket)
            {
                slots[taken[i++]] = (items is null ? item : items[item]) + 1;
            }
        }

        return new PerfectTable(PackedText.Table(slots), PackedText.Table(displacements), bucketMask, slotShift, 0, 0, 0, 0);
    }
}

/// <summary>
/// A perfect hash table (<see cref="HashTables.BuildPerfect"/>): slots (item index + 1, 0: empty), a displacement per
/// bucket (hash &amp; <see cref="BucketMask"/>), the slot shift (32 - log2 of the slot count), the shortest and
/// longest key, and the offsets the hash reads from (<see cref="Start"/> -1: every code unit).
/// </summary>
internal sealed record PerfectTable(PackedTable Slots, PackedTable Displacements, int BucketMask, int SlotShift, int MinLength, int MaxLength, int Start, int FromEnd);
