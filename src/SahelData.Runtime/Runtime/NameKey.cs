using System;
using System.Runtime.CompilerServices;

namespace SahelData.Runtime;

/// <summary>
/// Folds a name into the key used by name lookups: case, diacritics, apostrophes and punctuation
/// do not matter, so "Goïta", "GOITA" and "goita" share one key, as do "Bah N’Daw" and "Bah Ndaw".
/// </summary>
/// <remarks>
/// Folding follows the project's own table (<c>NameFoldingTable</c>, written from the Unicode Character Database
/// 14.0.0 for the Basic Multilingual Plane), never the host's globalization support, so a key is the same at compile
/// time and at run time, with ICU or in invariant mode (containers, trimmed and AOT apps). The generator builds its
/// tables with this same code.
/// </remarks>
#if SAHEL_COMPILER
internal static class NameKey
#else
public static class NameKey
#endif
{
    private static Folding? folding;

    /// <summary>The version of the Unicode Character Database the folding follows.</summary>
    public static string UnicodeVersion => NameFoldingTable.UnicodeVersion;

    /// <summary>Returns the lookup key of <paramref name="name"/>; empty when it holds no letter or digit.</summary>
    public static string Fold(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        Span<char> buffer = stackalloc char[LookupBufferLength];
        int length;
        while ((length = TryFold(name.AsSpan(), buffer)) < 0)
        {
            buffer = new char[buffer.Length * 4];
        }

        return buffer.Slice(0, length).ToString();
    }

    /// <summary>
    /// The room a lookup sets aside on the stack for a key, so that folding a name allocates nothing; longer keys fall
    /// back to <see cref="Fold"/>.
    /// </summary>
    public const int LookupBufferLength = 128;

    /// <summary>
    /// Writes the lookup key of <paramref name="name"/> into <paramref name="destination"/> and returns its length,
    /// or -1 when it does not fit.
    /// </summary>
    public static int TryFold(ReadOnlySpan<char> name, Span<char> destination)
    {
#if NET
        if (IsFoldedByLowerCasing(name) && name.Length <= destination.Length)
        {
            System.Text.Ascii.ToLower(name, destination, out var written);
            return written;
        }
#endif
        return FoldByTable(name, destination);
    }

#if NET
    /// <summary>
    /// Whether the key of <paramref name="name"/> is its ASCII lower case: ASCII letters, digits and spaces only, no
    /// space at either end and never two in a row, in which the tables fold nothing but case. Checked with vectorised
    /// searches, so that most names skip the tables' character-by-character loop.
    /// The generator's copy of this file (netstandard2.0) always takes the tables, against which this is tested.
    /// </summary>
    public static bool IsFoldedByLowerCasing(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || name[0] == ' ' || name[name.Length - 1] == ' ' || name.ContainsAnyExcept(AsciiLettersDigitsAndSpace))
        {
            return false;
        }

        // Spaces are few: each is followed by another character (the last is not a space), which must not be one.
        for (var at = name.IndexOf(' '); at >= 0; at = name.Slice(at + 1).IndexOf(' ') is var next and >= 0 ? at + 1 + next : -1)
        {
            if (name[at + 1] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLettersDigitsAndSpace =
        System.Buffers.SearchValues.Create(" 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

#endif

    /// <summary>
    /// Whether <paramref name="name"/> equals <paramref name="text"/> but for the case of letters whose lower case is
    /// bit 5 away (ASCII, Latin-1, Greek Α–Ο, Cyrillic А–П), so folds to the same key: the name tables' probe compares
    /// so with keys and with the spellings the data records, which the table hashes blind to that case (bit 5 of every
    /// code unit set).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsIgnoringCase(ReadOnlySpan<char> name, string text)
    {
#if NET
        // Most names and keys are ASCII: compared vectorised; the loop below only for what is not.
        if (System.Text.Ascii.EqualsIgnoreCase(name, text))
        {
            return true;
        }
#endif
        return name.Length == text.Length && EqualsIgnoringLetterCase(name, text.AsSpan());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EqualsIgnoringLetterCase(ReadOnlySpan<char> name, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != text[i] && LowerCaseLetter(name[i]) != LowerCaseLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The lower case of the capitals whose lower case is bit 5 away, the bit the name tables' hash sets in every code
    /// unit: ASCII (A–Z), Latin-1 (À–Þ but ×), Greek Α–Ο and Cyrillic А–П. The Greek and Cyrillic capitals after
    /// those have bit 5 set already (their lower case is 32 further on): the hash tells them from their lower case, so
    /// a name that differs from a key by their case is folded, as any other.
    /// </summary>
    private static char LowerCaseLetter(char c) =>
        (c >= 'A' && c <= 'Z')
        || (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7')
        || (c >= '\u0391' && c <= '\u039F')
        || (c >= '\u0410' && c <= '\u041F')
            ? (char)(c | 0x20)
            : c;

    /// <summary>Folds character by character through the tables: the definition of a key.</summary>
    private static int FoldByTable(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var pendingSeparator = false;
        foreach (var c in name)
        {
            char folded;
            if (c < 0x80)
            {
                // Names are mostly ASCII: one table read decides the character, with no search.
                folded = (char)AsciiFolds[c];
            }
            else
            {
                var table = folding ??= new Folding();
                switch (table.KindOf(c, out var text))
                {
                    case FoldKind.Itself:
                        folded = c;
                        break;
                    case FoldKind.Separator:
                        folded = ' ';
                        break;
                    case FoldKind.Text:
                        foreach (var f in text!)
                        {
                            if (!Append(f, destination, ref length, ref pendingSeparator))
                            {
                                return -1;
                            }
                        }

                        continue;
                    default:
                        continue;
                }
            }

            if (!Append(folded, destination, ref length, ref pendingSeparator))
            {
                return -1;
            }
        }

        return length;
    }

    /// <summary>
    /// Appends a folded character to a key: a space only marks a separator, written once between words and never
    /// at either end; NUL (an apostrophe) writes nothing. False when the key does not fit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Append(char c, Span<char> destination, ref int length, ref bool pendingSeparator)
    {
        if (c <= ' ')
        {
            pendingSeparator |= c == ' ' && length > 0;
            return true;
        }

        if (pendingSeparator)
        {
            if (length >= destination.Length)
            {
                return false;
            }

            destination[length++] = ' ';
            pendingSeparator = false;
        }

        if (length >= destination.Length)
        {
            return false;
        }

        destination[length++] = c;
        return true;
    }

    /// <summary>The fold of each ASCII character: lower-case letters and digits, a space for a separator, NUL for the apostrophes that vanish.</summary>
    private static ReadOnlySpan<byte> AsciiFolds => new byte[]
    {
        (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ',
        (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ',
        (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', 0, (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ',
        (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ',
        (byte)' ', (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ',
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', (byte)' ', (byte)' ', (byte)' ', (byte)' ', (byte)' ',
    };

    private enum FoldKind
    {
        Itself,
        Dropped,
        Separator,
        Text,
    }

    /// <summary>The folding table, unpacked once on first use.</summary>
    private sealed class Folding
    {
        private readonly string[] folds;

        public Folding()
        {
            folds = new string[NameFoldingTable.Characters.Length];
            var text = NameFoldingTable.Folds;
            for (int i = 0, at = 0; i < folds.Length; i++)
            {
                var length = text[at];
                folds[i] = text.Substring(at + 1, length);
                at += length + 1;
            }
        }

        public FoldKind KindOf(char c, out string? folded)
        {
            folded = null;
            var index = IndexOf(NameFoldingTable.Characters, c);
            if (index >= 0)
            {
                folded = folds[index];
                return FoldKind.Text;
            }

            if (InRanges(NameFoldingTable.Dropped, c))
            {
                return FoldKind.Dropped;
            }

            return InRanges(NameFoldingTable.Separators, c) ? FoldKind.Separator : FoldKind.Itself;
        }

        /// <summary>Binary search in characters sorted by code.</summary>
        private static int IndexOf(string sorted, char c)
        {
            int low = 0, high = sorted.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (c < sorted[middle])
                {
                    high = middle - 1;
                }
                else if (c > sorted[middle])
                {
                    low = middle + 1;
                }
                else
                {
                    return middle;
                }
            }

            return -1;
        }

        /// <summary>Binary search over inclusive (first, last) pairs.</summary>
        private static bool InRanges(string ranges, char c)
        {
            int low = 0, high = (ranges.Length / 2) - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (c < ranges[2 * middle])
                {
                    high = middle - 1;
                }
                else if (c > ranges[2 * middle + 1])
                {
                    low = middle + 1;
                }
                else
                {
                    return true;
                }
            }

            return false;
        }
    }
}
