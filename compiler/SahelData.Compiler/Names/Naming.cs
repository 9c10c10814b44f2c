using System.Text;
using System.Text.RegularExpressions;

namespace SahelData.Compiler.Names;

/// <summary>Conversions between C# names and the spellings used in data files.</summary>
public static class Naming
{
    private static readonly Regex IdPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public static bool IsValidId(string id) => IdPattern.IsMatch(id);

    /// <summary><c>OpensAt</c> → <c>opens_at</c>.</summary>
    public static string ToSnakeCase(string pascal) => Separate(pascal, '_');

    /// <summary><c>SideEntrance</c> → <c>side-entrance</c>.</summary>
    public static string ToKebabCase(string pascal) => Separate(pascal, '-');

    /// <summary><c>north-gate</c> → <c>NorthGate</c>; only meaningful for valid ids.</summary>
    public static string ToPascalCase(string kebab)
    {
        var builder = new StringBuilder(kebab.Length);
        var upper = true;
        foreach (var c in kebab)
        {
            if (c is '-' or '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>Turns any text into a valid id, for suggestions: <c>North Gate</c> → <c>north-gate</c>.</summary>
    public static string SuggestId(string text)
    {
        var builder = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' || (c is >= '0' and <= '9' && builder.Length > 0))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "my-entry" : builder.ToString();
    }

    private static string Separate(string pascal, char separator)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                var previousIsLower = i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1]));
                var startsWord = i > 0 && char.IsUpper(pascal[i - 1]) && i + 1 < pascal.Length && char.IsLower(pascal[i + 1]);
                if (previousIsLower || startsWord)
                {
                    builder.Append(separator);
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
