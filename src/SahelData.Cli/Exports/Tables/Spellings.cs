using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Runtime;

namespace SahelData.Cli.Exports.Tables;

/// <summary>
/// Enum values and YAML keys as the data files spell them, read from the registry the build compiled beside the
/// data (<see cref="CollectionFacts"/>), never re-derived from C# names: the tool writes what a curator writes.
/// </summary>
internal static class Spellings
{
    private static readonly IReadOnlyDictionary<Type, EnumFacts> Enums = Catalog.Collections
        .SelectMany(c => c.Enums)
        .GroupBy(e => e.EnumType)
        .ToDictionary(g => g.Key, g => g.First());

    /// <summary>The YAML spelling of <paramref name="value"/>, e.g. <c>declines-to-confirm</c>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => FactsOf<TEnum>().SpellingOf(value);

    /// <summary>The spelling in words, for people: <c>declines to confirm</c>.</summary>
    public static string InWords<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value).Replace('-', ' ');

    /// <summary>Every member of <typeparamref name="TEnum"/> with its spelling, in declaration order.</summary>
    public static IReadOnlyList<(TEnum Value, string Spelling)> Members<TEnum>()
        where TEnum : struct, Enum => FactsOf<TEnum>().Members.Select(m => ((TEnum)m.Value, m.Spelling)).ToList();

    /// <summary>Every spelling of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => FactsOf<TEnum>().Members.Select(m => m.Spelling).ToList();

    /// <summary>The YAML key of a record's property, e.g. <c>("actors", "SuccessorOf")</c> → <c>successor_of</c>.</summary>
    public static string Key(string folder, string propertyName) =>
        Catalog.ByFolder(folder).Record.FieldOfProperty(propertyName)?.Key
        ?? throw new InvalidOperationException($"{folder} has no property {propertyName} in the compiled registry");

    private static EnumFacts FactsOf<TEnum>()
        where TEnum : struct, Enum =>
        Enums.TryGetValue(typeof(TEnum), out var facts)
            ? facts
            : throw new InvalidOperationException($"{typeof(TEnum).FullName} is not an enum of the compiled registry");
}
