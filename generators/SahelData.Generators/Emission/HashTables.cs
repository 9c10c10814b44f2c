using System.Collections.Generic;
using SahelData.Runtime;

namespace SahelData.Generators.Emission;

/// <summary>
/// Open-addressing tables computed at compile time: slot → item index + 1 (0: empty), probed linearly from
/// <see cref="StableHash.Of"/>. At most half full, so every probe ends at an empty slot.
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

    /// <summary>
    /// Writes the run-time probe of a table built by <see cref="Build"/>: a method returning the index of the item
    /// whose key text equals the argument, or -1.
    /// </summary>
    public static void WriteProbe(SourceWriter writer, string methodName, string slots, string keyTexts)
    {
        writer.Line();
        writer.Open($"private static int {methodName}(string key)");
        writer.Line($"var slots = {slots};");
        writer.Line($"var mask = global::SahelData.Runtime.Packed.Count(slots, {slots}Width) - 1;");
        writer.Open("for (var slot = (int)(global::SahelData.Runtime.StableHash.Of(key) & (uint)mask); ; slot = (slot + 1) & mask)");
        writer.Line($"var candidate = global::SahelData.Runtime.Packed.At(slots, {slots}Width, slot) - 1;");
        writer.Open("if (candidate < 0)").Line("return -1;").Close();
        writer.Line();
        writer.Open($"if (string.Equals(Data_Text(global::SahelData.Runtime.Packed.At({keyTexts}, {keyTexts}Width, candidate)), key, global::System.StringComparison.Ordinal))").Line("return candidate;").Close();
        writer.Close();
        writer.Close();
    }
}
