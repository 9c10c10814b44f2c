using System.Text;

namespace SahelData.Generators.Emission;

/// <summary>Writes indented C# with '\n' line ends whatever the platform, so output is byte-identical everywhere.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int indentation;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', indentation * 4).Append(text);
        }

        builder.Append('\n');
        return this;
    }

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
