using System.Collections.Generic;
using SahelData.Runtime;

namespace SahelData.Compiler.Resolving;

/// <summary>
/// Open-addressing tables computed at compile time: slot → item index + 1 (0: empty), probed linearly from
/// <see cref="StableHash.Of(string)"/>. At most half full, so every probe ends at an empty slot.
/// </summary>
internal static class HashTables
{
    public static int[] Build(IReadOnlyList<string> keys)
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
            var slot = (int)(StableHash.Of(keys[i]) & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }

        return slots;
    }
}
