using System;
using System.IO;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;

namespace SahelData.Cli.Lsp;

/// <summary>Between the core's places and problems and the protocol's: file paths and URIs, locations and ranges.</summary>
internal static class Conversions
{
    /// <summary>The source every diagnostic carries, so that an editor tells them from other servers' ones.</summary>
    public const string Source = "sahel";

    public static string ToUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static string ToPath(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;

    /// <summary>The core counts lines and UTF-16 columns from 0, as the protocol does: the numbers pass unchanged.</summary>
    public static Range ToRange(LocationInfo location) =>
        new(new Position(location.StartLine, location.StartColumn), new Position(location.EndLine, location.EndColumn));

    public static Location ToLocation(LocationInfo location) => new(ToUri(location.FilePath), ToRange(location));

    /// <summary>Every problem is an error, as in the build; the code is the build's id, the message the build's message.</summary>
    public static Diagnostic ToDiagnostic(DiagnosticInfo problem) =>
        new(ToRange(problem.Location!), 1, problem.Id, Source, problem.Message);

    /// <summary>The character offset of a position in a text; past the end of a line, its end.</summary>
    public static int Offset(string text, Position position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        var end = text.IndexOf('\n', offset);
        var lineLength = (end < 0 ? text.Length : end) - offset;
        return offset + Math.Min(position.Character, lineLength);
    }

    public static bool Contains(LocationInfo location, Position position) =>
        (position.Line > location.StartLine || (position.Line == location.StartLine && position.Character >= location.StartColumn))
        && (position.Line < location.EndLine || (position.Line == location.EndLine && position.Character <= location.EndColumn));
}
