using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SahelData.Generators.Emission;

/// <summary>The only ways text from data files reaches generated code: Roslyn's literal formatting, or escaped XML docs.</summary>
internal static class Literals
{
    public static string String(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

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
