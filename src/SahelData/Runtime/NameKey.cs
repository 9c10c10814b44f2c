using System;

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
        var key = new KeyWriter(destination);
        foreach (var c in name)
        {
            if (c < 0x80)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    key.Append(c);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    key.Append((char)(c + 32));
                }
                else if (c is not '\'' and not '`')
                {
                    key.PendingSeparator = true;
                }

                continue;
            }

            var table = folding ??= new Folding();
            switch (table.KindOf(c, out var folded))
            {
                case FoldKind.Itself:
                    key.Append(c);
                    break;
                case FoldKind.Separator:
                    key.PendingSeparator = true;
                    break;
                case FoldKind.Text:
                    foreach (var f in folded!)
                    {
                        if (f == ' ')
                        {
                            key.PendingSeparator = true;
                        }
                        else
                        {
                            key.Append(f);
                        }
                    }

                    break;
            }
        }

        return key.Overflowed ? -1 : key.Length;
    }

    /// <summary>Appends to a key: one space between words, none at either end.</summary>
    private ref struct KeyWriter
    {
        private readonly Span<char> destination;

        public KeyWriter(Span<char> destination)
        {
            this.destination = destination;
            Length = 0;
            PendingSeparator = false;
            Overflowed = false;
        }

        public int Length { get; private set; }

        public bool PendingSeparator { get; set; }

        public bool Overflowed { get; private set; }

        public void Append(char c)
        {
            if (PendingSeparator && Length > 0)
            {
                Put(' ');
            }

            PendingSeparator = false;
            Put(c);
        }

        private void Put(char c)
        {
            if (Length < destination.Length)
            {
                destination[Length++] = c;
            }
            else
            {
                Overflowed = true;
            }
        }
    }

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
