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

        if (IsPlainAscii(name))
        {
            return FoldAscii(name);
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

    /// <summary>ASCII letters, digits, spaces and hyphens: the common case, which needs no Unicode normalisation.</summary>
    private static bool IsPlainAscii(string name)
    {
        foreach (var c in name)
        {
            if (c > 0x7F || !(char.IsLetterOrDigit(c) || c is ' ' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string FoldAscii(string name)
    {
        var key = new char[name.Length];
        var length = 0;
        var pendingSeparator = false;
        foreach (var c in name)
        {
            if (c is ' ' or '-')
            {
                pendingSeparator = true;
                continue;
            }

            if (pendingSeparator && length > 0)
            {
                key[length++] = ' ';
            }

            pendingSeparator = false;
            key[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return new string(key, 0, length);
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
