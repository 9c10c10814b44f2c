using System.Collections.Immutable;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Parsing;

/// <summary>
/// One linear pass over a file before YamlDotNet reads it: refuses what would make the parser slow or its errors
/// obscure (flow brackets nested deeper than any entry needs, whose parsing time grows with the square of the depth;
/// control characters), and reports text damaged by a wrong encoding.
/// </summary>
internal static class YamlPrescan
{
    /// <summary>Reports what it finds; returns false when the file must not be given to the YAML parser.</summary>
    public static bool Check(LineMap lines, string content, int offset, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var depth = 0;
        var quote = '\0';
        var comment = false;
        var valueCanStart = true;
        var replacementReported = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\n' || c == '\r')
            {
                comment = false;
                valueCanStart = true;
                if (quote == '\'' || quote == '"')
                {
                    continue;
                }

                continue;
            }

            if (char.IsControl(c) && c != '\t')
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidText, At(lines, i + offset), $"a control character (U+{(int)c:X4}), which data files cannot hold"));
                return false;
            }

            if (c == '\uFFFD' && !replacementReported)
            {
                replacementReported = true;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidText, At(lines, i + offset), "a replacement character (U+FFFD), which usually means the file was not saved as UTF-8"));
            }

            if (comment)
            {
                continue;
            }

            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                    valueCanStart = false;
                }

                continue;
            }

            switch (c)
            {
                case ' ' or '\t':
                    continue;
                case '#' when i == 0 || content[i - 1] is ' ' or '\t' or '\n' or '\r':
                    comment = true;
                    continue;
                case '"' or '\'' when valueCanStart:
                    quote = c;
                    continue;
                case '[' or '{' when valueCanStart || depth > 0:
                    depth++;
                    if (depth > YamlFileParser.MaxDepth)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticCatalog.UnsupportedYaml,
                            At(lines, i + offset),
                            $"Values nested more than {YamlFileParser.MaxDepth} levels deep",
                            "flatten the structure"));
                        return false;
                    }

                    valueCanStart = true;
                    continue;
                case ']' or '}' when depth > 0:
                    depth--;
                    valueCanStart = false;
                    continue;
                case ',' when depth > 0:
                    valueCanStart = true;
                    continue;
                case '-' or ':' or '?' when i + 1 >= content.Length || content[i + 1] is ' ' or '\n' or '\r':
                    valueCanStart = true;
                    continue;
                default:
                    valueCanStart = false;
                    continue;
            }
        }

        return true;
    }

    private static LocationInfo At(LineMap lines, int index) => lines.At(index, index + 1);
}
