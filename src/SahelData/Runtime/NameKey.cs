using System;
using System.Globalization;
using System.Text;

namespace SahelData.Runtime;

/// <summary>
/// Folds a name into the key used by name lookups: case, diacritics, apostrophes and punctuation
/// do not matter, so "Goïta", "GOITA" and "goita" share one key, as do "Bah N’Daw" and "Bah Ndaw".
/// </summary>
/// <remarks>The generator builds its tables with this same code, so compile-time keys and run-time queries always agree.</remarks>
public static class NameKey
{
    /// <summary>Returns the lookup key of <paramref name="name"/>; empty when it holds no letter or digit.</summary>
    public static string Fold(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var decomposed = Decompose(name);
        var key = new StringBuilder(decomposed.Length);
        var pendingSeparator = false;
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.Format:
                    continue;
            }

            if (IsApostrophe(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSeparator && key.Length > 0)
                {
                    key.Append(' ');
                }

                pendingSeparator = false;
                key.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSeparator = true;
            }
        }

        return key.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4';

    private static string Decompose(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Text that is not valid UTF-16 (a lone surrogate) cannot be normalized; fold it as it is.
            return name;
        }
    }
}
