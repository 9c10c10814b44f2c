using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SahelData.Compiler.Parsing;

/// <summary>
/// Where the bodies of literal (<c>|</c>) and folded (<c>&gt;</c>) block scalars lie in a file. Inside them every
/// character is text (YAML 1.2.2 §8.1): a quote, a bracket, a '#' or a '%' means nothing there, and a tab beyond
/// the content's indentation is kept. The checks that read the file line by line skip these bodies.
/// </summary>
internal static class BlockScalars
{
    /// <summary>
    /// A line whose value is a block scalar header: indicators ('- ', '? ', ': ') and at most one key before '|' or
    /// '>', an optional chomping and indentation indicator, then only a comment.
    /// </summary>
    private static readonly Regex Header = new(
        @"^(?<lead> *(?:[-?:][ \t]+)*)(?<key>(?:""(?:[^""\\]|\\.)*""|'(?:[^']|'')*'|[^\s#'""\[\]{}|>,&*!%@`-][^#]*?|-[^\s#][^#]*?)[ \t]*:[ \t]+(?:[-?:][ \t]+)*)?[|>](?:(?<indent>[1-9])[+-]?|[+-](?<indent>[1-9])?)?[ \t]*(?:#.*)?$",
        RegexOptions.CultureInvariant);

    private static readonly char[] HeaderIndicators = { '|', '>' };

    /// <summary>The body of each block scalar in <paramref name="content"/>, in order.</summary>
    public static List<BlockBody> Bodies(string content)
    {
        var bodies = new List<BlockBody>();
        int? parentIndent = null;
        var explicitIndent = 0;
        var contentIndent = -1;
        var bodyStart = -1;
        var bodyEnd = -1;
        for (var lineStart = 0; lineStart < content.Length;)
        {
            var lineEnd = lineStart;
            while (lineEnd < content.Length && content[lineEnd] is not '\n' and not '\r')
            {
                lineEnd++;
            }

            var next = Math.Min(content.Length, lineEnd < content.Length && content[lineEnd] == '\r' && lineEnd + 1 < content.Length && content[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1);
            if (parentIndent is not null)
            {
                var spaces = 0;
                while (lineStart + spaces < lineEnd && content[lineStart + spaces] == ' ')
                {
                    spaces++;
                }

                var white = spaces;
                while (lineStart + white < lineEnd && content[lineStart + white] is ' ' or '\t')
                {
                    white++;
                }

                // Lines of only white space belong to the scalar (as empty lines, or as an error where a tab stands in
                // the indentation), and so does every line indented deeper than the scalar's parent, or indented with
                // a tab where the text is expected.
                if (white > spaces || lineStart + white == lineEnd || spaces > parentIndent)
                {
                    if (contentIndent < 0 && (lineStart + spaces < lineEnd))
                    {
                        // The first line that holds more than spaces sets the indentation (YAML 1.2.2 §8.1.1.1).
                        contentIndent = explicitIndent > 0 ? parentIndent.Value + explicitIndent : spaces;
                    }

                    bodyEnd = next;
                    lineStart = next;
                    continue;
                }

                Close(bodies, ref bodyStart, ref bodyEnd, ref parentIndent, ref contentIndent);
            }

            // Only a line holding '|' or '>' can be a header: the others are neither copied nor matched.
            var match = content.IndexOfAny(HeaderIndicators, lineStart, lineEnd - lineStart) < 0 ? null : Header.Match(content.Substring(lineStart, lineEnd - lineStart));
            if (match is { Success: true })
            {
                // The scalar's parent is the key it is the value of, or else the last '-', '?' or ':' before it.
                var lead = match.Groups["lead"].Value;
                parentIndent = match.Groups["key"].Success ? lead.Length : LastIndicator(lead);
                explicitIndent = match.Groups["indent"].Success ? match.Groups["indent"].Value[0] - '0' : 0;
                contentIndent = explicitIndent > 0 ? Math.Max(parentIndent.Value, 0) + explicitIndent : -1;
                bodyStart = next;
                bodyEnd = next;
            }

            lineStart = next;
        }

        Close(bodies, ref bodyStart, ref bodyEnd, ref parentIndent, ref contentIndent);
        return bodies;
    }

    private static void Close(List<BlockBody> bodies, ref int bodyStart, ref int bodyEnd, ref int? parentIndent, ref int contentIndent)
    {
        if (parentIndent is not null && bodyEnd > bodyStart)
        {
            // Text must be indented deeper than its parent, whatever its first line says.
            bodies.Add(new BlockBody(bodyStart, bodyEnd, Math.Max(contentIndent, parentIndent.Value + 1)));
        }

        parentIndent = null;
        contentIndent = -1;
        bodyStart = -1;
        bodyEnd = -1;
    }

    private static int LastIndicator(string lead)
    {
        for (var i = lead.Length - 1; i >= 0; i--)
        {
            if (lead[i] is '-' or '?' or ':')
            {
                return i;
            }
        }

        // A block scalar at the top of the document: every line below it that holds anything is its text.
        return -1;
    }
}

/// <summary>
/// The body of one block scalar: the lines from <see cref="Start"/> to <see cref="End"/> (positions in the text), and
/// the number of spaces that indent its text; a tab before that many spaces stands in the indentation.
/// </summary>
internal readonly record struct BlockBody(int Start, int End, int ContentIndent);
