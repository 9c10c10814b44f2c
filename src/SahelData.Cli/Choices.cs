using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using SahelData.Cli.Exports.Tables;

namespace SahelData.Cli;

/// <summary>Values chosen from a fixed list, matched without regard to case, as the data files write them.</summary>
internal static class Choices
{
    /// <summary>An option whose value is one member of <typeparamref name="TEnum"/>, spelled as the data files spell it, in any case.</summary>
    public static Option<TEnum?> EnumOption<TEnum>(string name, string description)
        where TEnum : struct, Enum
    {
        var names = Spellings.Members<TEnum>().ToDictionary(m => m.Spelling, m => m.Value, StringComparer.OrdinalIgnoreCase);
        return new Option<TEnum?>(name)
        {
            Description = description,
            HelpName = "value",
            CustomParser = result => Pick(result, names) is { } value ? value : null,
        };
    }

    /// <summary>An argument whose value is one of <paramref name="allowed"/>, in any case; parsed to the allowed spelling.</summary>
    public static Argument<string> StringArgument(string name, string description, IEnumerable<string> allowed)
    {
        var names = allowed.ToDictionary(v => v, v => v, StringComparer.OrdinalIgnoreCase);
        return new Argument<string>(name)
        {
            Description = description,
            HelpName = string.Join("|", names.Keys.Order(StringComparer.Ordinal)),
            CustomParser = result => Pick(result, names) ?? string.Empty,
        };
    }

    /// <summary>The spellings of <typeparamref name="TEnum"/>'s members as the data files write them, for help texts.</summary>
    public static string List<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Spellings.All<TEnum>());

    private static T? Pick<T>(ArgumentResult result, Dictionary<string, T> names)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (names.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        result.AddError($"'{text}' is not one of: {string.Join(", ", names.Keys)}.");
        return default;
    }
}
