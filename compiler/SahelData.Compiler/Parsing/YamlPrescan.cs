using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Parsing;

/// <summary>
/// One linear pass over a file before YamlDotNet reads it: refuses what would make the parser slow or its errors
/// obscure (flow brackets nested deeper than any entry needs, whose parsing time grows with the square of the depth;
/// control characters, files over the size limit, directives YamlDotNet would accept although they are malformed),
/// and reports text damaged by a wrong encoding.
/// </summary>
internal static class YamlPrescan
{
    /// <summary>The one directive a data file may hold, at its top and followed by '---'.</summary>
    private static readonly Regex YamlDirective = new(@"^%YAML[ \t]+1\.[0-9]+(?:[ \t]+(?:#.*)?)?$", RegexOptions.CultureInvariant);

    /// <summary>Reports what it finds; returns false when the file must not be given to the YAML parser.</summary>
    public static bool Check(LineMap lines, string content, int offset, DataLimits limits, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (!CheckSize(lines, content, offset, limits, diagnostics))
        {
            return false;
        }

        // Directives: allowed only as one '%YAML 1.x' line at the top of a document, followed by '---'.
        var lineHasContent = false;
        var documentHasContent = false;
        var yamlDirectiveSeen = false;
        var pendingDirective = -1;
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
                lineHasContent = false;
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

            if (quote == '\0' && !lineHasContent && c is not ' ' and not '\t' and not '#')
            {
                lineHasContent = true;
                var lineStart = i == 0 || content[i - 1] is '\n' or '\r';
                var line = lineStart ? Line(content, i) : string.Empty;
                string? problem = null;
                string? fix = null;
                if (lineStart && c == '%')
                {
                    (problem, fix) = documentHasContent
                        ? ("a directive (a line starting with '%') stands below the entries", "Remove this line; a '%YAML' line may only stand at the very top of the file")
                        : !YamlDirective.IsMatch(line)
                            ? ("it starts with '%' but is not a well-formed '%YAML 1.2' directive", "Remove this line, or write exactly '%YAML 1.2' followed by a line '---'")
                            : yamlDirectiveSeen
                                ? ("'%YAML' is written twice", "Keep one '%YAML' line")
                                : (null, null);
                    if (problem is null)
                    {
                        yamlDirectiveSeen = true;
                        pendingDirective = i;
                        i += line.Length - 1;
                        continue;
                    }
                }
                else if (lineStart && IsMarker(line, "---"))
                {
                    pendingDirective = -1;
                    documentHasContent = true;
                }
                else if (lineStart && IsMarker(line, "..."))
                {
                    documentHasContent = false;
                    yamlDirectiveSeen = false;
                    i += 2;
                    continue;
                }
                else if (pendingDirective >= 0)
                {
                    (problem, fix) = ("a '%YAML' line above is not followed by a line '---'", "Add a line '---' below the '%YAML' line, or remove it");
                }
                else
                {
                    documentHasContent = true;
                }

                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.YamlSyntax, At(lines, i + offset), problem, fix!));
                    return false;
                }
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

        if (pendingDirective >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.YamlSyntax, At(lines, pendingDirective + offset), "this '%YAML' line is not followed by a line '---'", "Add a line '---' below it, or remove it"));
            return false;
        }

        return true;
    }

    /// <summary>
    /// The text with every line that holds only spaces and tabs turned into spaces alone: such a line is blank in
    /// YAML, but YamlDotNet reads its tab as indentation. Positions stay those of the file.
    /// </summary>
    public static string WithBlankTabLines(string content)
    {
        char[]? blanked = null;
        var lineStart = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && content[i] is not '\n' and not '\r')
            {
                continue;
            }

            var blank = true;
            var hasTab = false;
            for (var j = lineStart; j < i && blank; j++)
            {
                blank = content[j] is ' ' or '\t';
                hasTab |= content[j] == '\t';
            }

            if (blank && hasTab)
            {
                blanked ??= content.ToCharArray();
                for (var j = lineStart; j < i; j++)
                {
                    blanked[j] = ' ';
                }
            }

            lineStart = i + 1;
        }

        return blanked is null ? content : new string(blanked);
    }

    /// <summary>Refuses a file over the size limit, located at the line where it passes the limit.</summary>
    private static bool CheckSize(LineMap lines, string content, int offset, DataLimits limits, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        // A UTF-8 character takes at most 3 bytes per UTF-16 unit: most files are far below the limit on length alone.
        if ((long)content.Length * 3 <= limits.MaxFileBytes)
        {
            return true;
        }

        var total = (long)Encoding.UTF8.GetByteCount(content) + (offset > 0 ? 3 : 0);
        if (total <= limits.MaxFileBytes)
        {
            return true;
        }

        long bytes = offset > 0 ? 3 : 0;
        var at = 0;
        for (; at < content.Length; at++)
        {
            bytes += content[at] < 0x80 ? 1 : content[at] < 0x800 ? 2 : char.IsSurrogate(content[at]) ? 2 : 3;
            if (bytes > limits.MaxFileBytes)
            {
                break;
            }
        }

        while (at > 0 && content[at - 1] is not '\n' and not '\r')
        {
            at--;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticCatalog.FileTooLarge,
            At(lines, at + offset),
            total.ToString("N0", CultureInfo.InvariantCulture),
            limits.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)));
        return false;
    }

    private static string Line(string content, int start)
    {
        var end = start;
        while (end < content.Length && content[end] is not '\n' and not '\r')
        {
            end++;
        }

        return content.Substring(start, end - start);
    }

    private static bool IsMarker(string line, string marker) =>
        line.StartsWith(marker, System.StringComparison.Ordinal) && (line.Length == marker.Length || line[marker.Length] is ' ' or '\t');

    private static LocationInfo At(LineMap lines, int index) => lines.At(index, index + 1);
}
