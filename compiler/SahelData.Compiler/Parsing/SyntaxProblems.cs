using System;
using System.Text.RegularExpressions;

namespace SahelData.Compiler.Parsing;

/// <summary>What is wrong with a line the YAML parser refused, as a curator would put it.</summary>
internal enum SyntaxProblemKind
{
    /// <summary>A tab in the indentation.</summary>
    TabIndentation,

    /// <summary>An escape such as <c>\uD83C</c> that stands for half of a character.</summary>
    HalfCharacterEscape,

    /// <summary>A quote that is never closed.</summary>
    UnclosedQuote,

    /// <summary>A quote left open at the end of its line, closed (if at all) by a quote meant for a later value.</summary>
    QuoteOpenAtEndOfLine,

    /// <summary>An unquoted value holding ': '.</summary>
    ColonInValue,

    /// <summary>Anything else: indentation, quotes or brackets that do not match.</summary>
    Mismatch,
}

/// <summary>
/// Finds, from the text itself around the position the parser stopped at, what is wrong there: the parser's own
/// English messages are never read, so a new parser version cannot silently change what curators are told.
/// </summary>
internal static class SyntaxProblems
{
    private static readonly Regex HalfCharacter = new(
        @"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}",
        RegexOptions.CultureInvariant);

    /// <summary>The problem at <paramref name="start"/> in <paramref name="content"/>, and where exactly it is.</summary>
    public static (SyntaxProblemKind Kind, int Start, int End) Classify(string content, int start, int end)
    {
        start = Math.Max(0, Math.Min(start, content.Length));
        end = Math.Max(start, Math.Min(end, content.Length));
        var lineStart = LineStart(content, start);
        var previousLine = lineStart == 0 ? 0 : LineStart(content, lineStart - 1);
        var nextLineEnd = LineEnd(content, Math.Min(content.Length, LineEnd(content, start) + 1));

        for (var line = previousLine; line < nextLineEnd; line = LineEnd(content, line) + 1)
        {
            for (var i = line; i < content.Length && content[i] is ' ' or '\t'; i++)
            {
                if (content[i] == '\t')
                {
                    return (SyntaxProblemKind.TabIndentation, i, i + 1);
                }
            }
        }

        var lineText = content.Substring(lineStart, LineEnd(content, start) - lineStart);
        if (HalfCharacter.IsMatch(lineText))
        {
            return (SyntaxProblemKind.HalfCharacterEscape, start, end);
        }

        if (start < content.Length && content[start] is '"' or '\'')
        {
            var closing = ClosingQuote(content, start);
            if (closing < 0)
            {
                return (SyntaxProblemKind.UnclosedQuote, start, end);
            }

            if (closing > LineEnd(content, start))
            {
                return (SyntaxProblemKind.QuoteOpenAtEndOfLine, start, end);
            }
        }

        if (HasColonInPlainValue(lineText))
        {
            return (SyntaxProblemKind.ColonInValue, start, end);
        }

        return (SyntaxProblemKind.Mismatch, start, end);
    }

    /// <summary>The words of a diagnostic for <paramref name="kind"/>: what is wrong, then what to write instead.</summary>
    public static (string Problem, string Fix) Describe(SyntaxProblemKind kind) => kind switch
    {
        SyntaxProblemKind.TabIndentation => ("a tab is used to indent it", "Indent with spaces, never with tabs"),
        SyntaxProblemKind.HalfCharacterEscape => ("an escape stands for half of a character", "An escape such as \\uD83C must be followed by its pair; write the character itself instead of an escape"),
        SyntaxProblemKind.UnclosedQuote => ("a quote opened here is never closed", "Close the quote at the end of the value"),
        SyntaxProblemKind.QuoteOpenAtEndOfLine => ("a quote opened here is not closed on its line", "Close the quote at the end of the value, on the same line"),
        SyntaxProblemKind.ColonInValue => ("a ':' stands inside a value", "A value that contains ': ' must be written in quotes, e.g. title: \"Report: the first week\""),
        _ => ("its indentation, a quote or a bracket does not match the lines around it", "Check the indentation of this line and the one above, and that every opening quote or bracket is closed"),
    };

    /// <summary>Where the quote at <paramref name="quote"/> closes, or -1 when it never does.</summary>
    private static int ClosingQuote(string content, int quote)
    {
        var mark = content[quote];
        for (var i = quote + 1; i < content.Length; i++)
        {
            if (mark == '"' && content[i] == '\\')
            {
                i++;
            }
            else if (content[i] == mark)
            {
                if (mark == '\'' && i + 1 < content.Length && content[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary><c>key: value: more</c>, where the value is neither quoted nor a bracketed list.</summary>
    private static bool HasColonInPlainValue(string line)
    {
        var text = line.TrimStart(' ', '-');
        var separator = text.IndexOf(": ", StringComparison.Ordinal);
        if (separator < 0)
        {
            return false;
        }

        var value = text.Substring(separator + 2).TrimStart();
        if (value.Length == 0 || value[0] is '"' or '\'' or '[' or '{' or '#' or '|' or '>')
        {
            return false;
        }

        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        var plain = hash < 0 ? value : value.Substring(0, hash);
        return plain.IndexOf(": ", StringComparison.Ordinal) >= 0 || plain.TrimEnd().EndsWith(":", StringComparison.Ordinal);
    }

    private static int LineStart(string content, int position)
    {
        var i = Math.Min(position, content.Length);
        while (i > 0 && content[i - 1] is not '\n' and not '\r')
        {
            i--;
        }

        return i;
    }

    private static int LineEnd(string content, int position)
    {
        var i = Math.Min(position, content.Length);
        while (i < content.Length && content[i] is not '\n' and not '\r')
        {
            i++;
        }

        return i;
    }
}
