using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SahelData.Generators.Emission;

/// <summary>The only ways text from data files reaches generated code: Roslyn's literal formatting, or escaped XML docs.</summary>
internal static class Literals
{
    public static string String(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>A UTF-8 literal (<c>"…"u8</c>) of <paramref name="text"/>.</summary>
    public static string Utf8(string text) => String(text) + "u8";

    /// <summary>
    /// A UTF-8 literal of <paramref name="text"/> padded with spaces to the next of a few lengths and sliced back to
    /// its own, for data that comes in many parts (a chunk's values and texts). The compiler gives each distinct length
    /// of literal data a struct type of its own in <c>&lt;PrivateImplementationDetails&gt;</c>, and the runtime loads
    /// every one of them when the first literal is read: with a few literals per chunk, their lengths would all differ,
    /// and at 100,000 entries the first lookup would load some 1,600 types. Keeping five significant bits of the
    /// length bounds the types to 16 per power of two, for at most 1/16 of padding.
    /// </summary>
    public static string Utf8InSizeClass(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var padded = SizeClass(length);
        return padded == length
            ? Utf8(text)
            : Utf8(text + new string(' ', padded - length)) + ".Slice(0, " + length.ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary><paramref name="length"/> rounded up to keep its five most significant bits.</summary>
    internal static int SizeClass(int length)
    {
        var step = 1;
        while (length > 32 * step)
        {
            step *= 2;
        }

        return (length + step - 1) / step * step;
    }

    /// <summary>Text for an XML doc comment line: markup escaped, and line breaks (which would end the comment) folded to spaces.</summary>
    public static string Doc(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\u0085' or '\u2028' or '\u2029':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString().Trim();
    }
}
