namespace SahelData.Compiler.Model;

/// <summary>
/// Where something stands in a file, as plain values: a character offset and length, and 0-based line and column
/// of its start and end (the columns count UTF-16 code units, as editors and the C# compiler do). Kept in
/// diagnostics only, never in what feeds emission, so that moving text around does not invalidate generated code.
/// </summary>
public sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The 1-based line of the start, as curators and build logs count.</summary>
    public int Line => StartLine + 1;

    /// <summary>The 1-based column of the start.</summary>
    public int Column => StartColumn + 1;
}
