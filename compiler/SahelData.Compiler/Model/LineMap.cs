using System;
using System.Collections.Generic;
using System.Linq;

namespace SahelData.Compiler.Model;

/// <summary>
/// Turns character offsets of one file into <see cref="LocationInfo"/>s. Lines break where the C# compiler breaks
/// them (CR, LF, CR LF, NEL, LS, PS), so a location reads the same in the build log and in any tool. Two maps are
/// equal when they give every offset the same location: same path, same length, same line starts.
/// </summary>
internal sealed class LineMap : IEquatable<LineMap>
{
    private readonly string path;
    private readonly int length;
    private readonly List<int> lineStarts = new() { 0 };

    public LineMap(string path, string text)
    {
        this.path = path;
        length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lineStarts.Add(i + 1);
            }
            else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                lineStarts.Add(i + 1);
            }
        }

        // Kept with the parsed file for as long as it is: no spare capacity.
        lineStarts.TrimExcess();
    }

    /// <summary>The location of the characters from <paramref name="start"/> to <paramref name="end"/>, clamped to the text.</summary>
    public LocationInfo At(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, length));
        end = Math.Max(start, Math.Min(end, length));
        var startLine = LineOf(start);
        var endLine = LineOf(end);
        return new LocationInfo(path, start, end - start, startLine, start - lineStarts[startLine], endLine, end - lineStarts[endLine]);
    }

    public bool Equals(LineMap? other) =>
        other is not null && (ReferenceEquals(this, other) || (path == other.path && length == other.length && lineStarts.SequenceEqual(other.lineStarts)));

    public override bool Equals(object? obj) => Equals(obj as LineMap);

    public override int GetHashCode() => (path.GetHashCode() * 31 + length) * 31 + lineStarts.Count;

    private int LineOf(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}
