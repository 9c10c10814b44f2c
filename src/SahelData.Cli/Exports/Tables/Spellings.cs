using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Cli.Curation;
using SahelData.Compiler.Checking;

namespace SahelData.Cli.Exports.Tables;

/// <summary>
/// Enum values and YAML keys as the data files spell them, read from the schema compiled into the library
/// (<see cref="DataFolder.Schema"/>), never re-derived from C# names: the exports write what a curator writes.
/// </summary>
internal static class Spellings
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> Enums = DataFolder.Schema.EnumSpellings();

    /// <summary>The YAML spelling of <paramref name="value"/>, e.g. <c>declines-to-confirm</c>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        foreach (var member in Members<TEnum>())
        {
            if (member.Key == name)
            {
                return member.Value;
            }
        }

        throw new InvalidOperationException($"{typeof(TEnum).Name}.{name} is not in the compiled schema");
    }

    /// <summary>The YAML spelling of <paramref name="value"/>, or null when its enum is not one the data files use.</summary>
    public static string? TryOf<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enums.TryGetValue(typeof(TEnum).FullName!, out var members))
        {
            return null;
        }

        var name = value.ToString();
        return members.FirstOrDefault(m => m.Key == name).Value;
    }

    /// <summary>The spelling in words, for people: <c>declines to confirm</c>.</summary>
    public static string InWords<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value).Replace('-', ' ');

    /// <summary>Every spelling of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Members<TEnum>().Select(m => m.Value).ToList();

    /// <summary>The YAML key of a record's property, e.g. <c>("actors", "SuccessorOf")</c> → <c>successor_of</c>.</summary>
    public static string Key(string folder, string propertyName) =>
        DataFolder.Schema.KeyOf(folder, propertyName) ?? throw new InvalidOperationException($"{folder} has no property {propertyName} in the compiled schema");

    private static IReadOnlyList<KeyValuePair<string, string>> Members<TEnum>()
        where TEnum : struct, Enum =>
        Enums.TryGetValue(typeof(TEnum).FullName!, out var members)
            ? members
            : throw new InvalidOperationException($"{typeof(TEnum).FullName} is not an enum of the compiled schema");
}
