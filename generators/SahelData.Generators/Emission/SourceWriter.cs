using System.Text;

namespace SahelData.Generators.Emission;

/// <summary>
/// Writes indented C# with '\n' line ends whatever the platform, so output is byte-identical everywhere. Text of
/// several lines is indented line by line, whatever line ends it came with.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int indentation;

    public SourceWriter Line(string text = "")
    {
        // Lines are appended from the text in place: a table literal of several megabytes is copied once, into the builder.
        var start = 0;
        while (true)
        {
            var end = text.IndexOfAny(LineBreaks, start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > 0)
            {
                builder.Append(' ', indentation * 4).Append(text, start, length);
            }

            builder.Append('\n');
            if (end < 0)
            {
                return this;
            }

            start = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }
    }

    private static readonly char[] LineBreaks = { '\r', '\n' };

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        indentation++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        indentation--;
        return Line("}" + suffix);
    }

    public override string ToString() => builder.ToString();
}
