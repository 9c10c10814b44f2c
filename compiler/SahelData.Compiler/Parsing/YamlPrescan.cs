using System.Collections.Generic;
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
    /// <param name="lines">Positions in the file, for locations.</param>
    /// <param name="content">The file's text without a byte-order mark.</param>
    /// <param name="offset">1 when a byte-order mark was removed, else 0.</param>
    /// <param name="blockBodies">The bodies of block scalars (<see cref="BlockScalars.Bodies"/>): text, never syntax.</param>
    /// <param name="limits">The size limits.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static bool Check(LineMap lines, string content, int offset, IReadOnlyList<BlockBody> blockBodies, DataLimits limits, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (!CheckSize(lines, content, offset, limits, diagnostics) || !CheckEncoding(lines, content, offset, diagnostics))
        {
            return false;
        }

        // Directives: allowed only as one '%YAML 1.x' line at the top of a document, followed by '---'.
        var lineHasContent = false;
        var documentHasContent = false;
        var documentEnded = false;
        var yamlDirectiveSeen = false;
        var pendingDirective = -1;
        var depth = 0;
        var quote = '\0';
        var comment = false;
        var valueCanStart = true;
        var replacementReported = false;
        var nextBody = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (nextBody < blockBodies.Count && i == blockBodies[nextBody].Start)
            {
                // A block scalar's body is text: only the characters themselves are checked, and its indentation.
                var body = blockBodies[nextBody];
                for (var j = i; j < body.End; j++)
                {
                    if (!CheckCharacter(lines, content[j], j + offset, ref replacementReported, diagnostics))
                    {
                        return false;
                    }
                }

                if (TabInIndentation(content, body) is var tab and >= 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticCatalog.YamlSyntax,
                        At(lines, tab + offset),
                        "a tab stands where the lines of this text (a block started with '|' or '>') are indented",
                        $"Indent every line of the text with {body.ContentIndent} spaces; a tab is kept as text only after them"));
                    return false;
                }

                i = blockBodies[nextBody++].End - 1;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                comment = false;
                lineHasContent = false;
                valueCanStart = true;
                continue;
            }

            if (!CheckCharacter(lines, c, i + offset, ref replacementReported, diagnostics))
            {
                return false;
            }

            if (comment)
            {
                continue;
            }

            if (quote == '\0' && !lineHasContent && c is not ' ' and not '\t' and not '#')
            {
                lineHasContent = true;
                var lineStart = i == 0 || content[i - 1] is '\n' or '\r';
                string? problem = null;
                string? fix = null;
                var problemAt = i;
                if (lineStart && c == '%')
                {
                    var line = Line(content, i);
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
                else if (lineStart && IsMarker(content, i, "---"))
                {
                    pendingDirective = -1;
                    documentHasContent = true;
                    documentEnded = false;
                }
                else if (lineStart && IsMarker(content, i, "..."))
                {
                    documentHasContent = false;
                    documentEnded = true;
                    yamlDirectiveSeen = false;
                    i += 2;
                    continue;
                }
                else if (pendingDirective >= 0)
                {
                    (problem, fix) = ("a '%YAML' line above is not followed by a line '---'", "Add a line '---' below the '%YAML' line, or remove it");
                }
                else if (documentEnded)
                {
                    // YAML 1.2 starts a second document here, without a '---'.
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticCatalog.UnsupportedYaml,
                        At(lines, i + offset),
                        "Several documents in one file (a second one starts here, after the '...' that ends the first)",
                        "remove the '...' line to keep one list of entries, or move these entries to a file of their own"));
                    return false;
                }
                else
                {
                    documentHasContent = true;
                    if (depth == 0 && LeadingTab(content, i) is var indentTab and >= 0 && StartsBlockCollection(Line(content, i)))
                    {
                        (problem, fix) = SyntaxProblems.Describe(SyntaxProblemKind.TabIndentation);
                        problemAt = indentTab;
                    }
                    else if (depth == 0 && TabBeforeBlockCollection(content, i) is var tab and >= 0)
                    {
                        (problem, fix, problemAt) = (
                            "a tab stands between an indicator ('-', '?' or ':') and the key or item that follows it, where YAML only allows spaces",
                            "Write spaces instead of the tab, e.g. '- id: …'",
                            tab);
                    }
                }

                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.YamlSyntax, At(lines, problemAt + offset), problem, fix!));
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
    /// The text with every line outside block scalars that holds only spaces and tabs turned into spaces alone.
    /// Such a line holds no value: it separates (YAML 1.2.2 §6.7), or stands for one line break inside a quoted or
    /// plain text, whatever its white space; YamlDotNet would read its tab as indentation. Inside a block scalar the
    /// same line is text, or an error where its tab stands in the indentation, and is left exactly as written.
    /// Positions stay those of the file.
    /// </summary>
    public static string WithBlankSeparatorLines(string content, IReadOnlyList<BlockBody> blockBodies)
    {
        char[]? blanked = null;
        var lineStart = 0;
        var nextBody = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && content[i] is not '\n' and not '\r')
            {
                continue;
            }

            while (nextBody < blockBodies.Count && blockBodies[nextBody].End <= lineStart)
            {
                nextBody++;
            }

            var inBody = nextBody < blockBodies.Count && blockBodies[nextBody].Start <= lineStart;
            var blank = !inBody;
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

    /// <summary>The first tab in the indentation of a block scalar's lines, or -1.</summary>
    private static int TabInIndentation(string content, BlockBody body)
    {
        var column = 0;
        for (var i = body.Start; i < body.End; i++)
        {
            var c = content[i];
            if (c is '\n' or '\r')
            {
                column = 0;
                continue;
            }

            if (column >= 0 && column < body.ContentIndent)
            {
                if (c == '\t')
                {
                    return i;
                }

                // Past the first character that is not a space, the rest of the line is text.
                column = c == ' ' ? column + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The first tab among the spaces and tabs that precede the first character at <paramref name="start"/>, or -1.</summary>
    private static int LeadingTab(string content, int start)
    {
        var first = -1;
        for (var i = start - 1; i >= 0 && content[i] is ' ' or '\t'; i--)
        {
            first = content[i] == '\t' ? i : first;
        }

        return first;
    }

    /// <summary>
    /// Where a tab stands after an indicator ('-', '?', ':') that begins the line, before a key or another '-':
    /// YAML 1.2.2 §8.2.1 indents such a compact collection with spaces only (a tab before a plain value is fine).
    /// -1 when there is none.
    /// </summary>
    private static int TabBeforeBlockCollection(string content, int start)
    {
        var end = start;
        while (end < content.Length && content[end] is not '\n' and not '\r')
        {
            end++;
        }

        var p = start;
        while (p < end && content[p] is '-' or '?' or ':' && (p + 1 == end || content[p + 1] is ' ' or '\t'))
        {
            var q = p + 1;
            var tab = -1;
            while (q < end && content[q] is ' ' or '\t')
            {
                tab = tab < 0 && content[q] == '\t' ? q : tab;
                q++;
            }

            if (q == end || content[q] == '#')
            {
                return -1;
            }

            if (tab >= 0 && StartsBlockCollection(content.Substring(q, end - q)))
            {
                return tab;
            }

            p = q;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="rest"/> of a line begins a block collection: an item, or a key followed by ':'.</summary>
    private static bool StartsBlockCollection(string rest)
    {
        if (rest[0] is '-' or '?' or ':')
        {
            return rest.Length == 1 || rest[1] is ' ' or '\t';
        }

        if (rest[0] is '[' or '{' or '|' or '>' or '#')
        {
            return false;
        }

        var keyEnd = 0;
        if (rest[0] is '"' or '\'')
        {
            keyEnd = rest.IndexOf(rest[0], 1);
            if (keyEnd < 0)
            {
                return false;
            }
        }

        for (var i = keyEnd; i < rest.Length; i++)
        {
            if (rest[i] == '#' && i > 0 && rest[i - 1] is ' ' or '\t')
            {
                return false;
            }

            if (rest[i] == ':' && (i + 1 == rest.Length || rest[i + 1] is ' ' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Refuses a character no data file may hold, and reports text damaged by a wrong encoding.</summary>
    private static bool CheckCharacter(LineMap lines, char c, int index, ref bool replacementReported, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (c is '\u0085' or '\u2028' or '\u2029')
        {
            // YAML 1.2 reads these as text; YamlDotNet, like YAML 1.1, as line breaks, which would change the
            // structure around them. Written as an escape inside double quotes, they are kept.
            var (name, escape) = c switch
            {
                '\u0085' => ("a next-line character (U+0085)", "\\N"),
                '\u2028' => ("a line-separator character (U+2028)", "\\L"),
                _ => ("a paragraph-separator character (U+2029)", "\\P"),
            };
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticCatalog.InvalidText,
                At(lines, index),
                $"{name}, which YAML 1.2 keeps as text but older YAML readers, this one included, take for a line break. To keep it, write the escape {escape} inside a double-quoted text, e.g. \"a{escape}b\"; otherwise replace it with a space"));
            return false;
        }

        if (char.IsControl(c) && c is not '\t' and not '\n' and not '\r')
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidText, At(lines, index), $"a control character (U+{(int)c:X4}), which data files cannot hold"));
            return false;
        }

        if (c == '\uFFFD' && !replacementReported)
        {
            replacementReported = true;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidText, At(lines, index), "a replacement character (U+FFFD), which usually means the file was not saved as UTF-8"));
        }

        return true;
    }

    /// <summary>
    /// Refuses a UTF-16 or UTF-32 file read as UTF-8 (or a UTF-32 file read as UTF-16): every other character, or
    /// three in four, is U+0000. Named, the encoding tells the curator what to change.
    /// </summary>
    private static bool CheckEncoding(LineMap lines, string content, int offset, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var start = 0;
        while (start < content.Length && start < 2 && content[start] == '\uFFFD')
        {
            start++;
        }

        if (content.Length - start < 2 || (content[start] != '\0' && content[start + 1] != '\0'))
        {
            return true;
        }

        bool Zero(int i) => start + i < content.Length && content[start + i] == '\0';
        var encoding =
            !Zero(0) && Zero(1) && Zero(2) && Zero(3) ? "UTF-32 (little-endian)"
            : !Zero(0) && Zero(1) ? "UTF-16 (little-endian)"
            : Zero(0) && Zero(1) && Zero(2) && !Zero(3) ? "UTF-32 (big-endian)"
            : Zero(0) && !Zero(1) && offset > 0 ? "UTF-32 (little-endian)"
            : Zero(0) && !Zero(1) ? "UTF-16 (big-endian)"
            : null;
        if (encoding is null)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NotUtf8, lines.At(0, 0), encoding));
        return false;
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

    /// <summary>Whether the line at <paramref name="start"/> is <paramref name="marker"/>, alone or followed by a space or tab.</summary>
    private static bool IsMarker(string content, int start, string marker) =>
        string.CompareOrdinal(content, start, marker, 0, marker.Length) == 0
        && start + marker.Length <= content.Length
        && (start + marker.Length == content.Length || content[start + marker.Length] is ' ' or '\t' or '\n' or '\r');

    private static LocationInfo At(LineMap lines, int index) => lines.At(index, index + 1);
}
