using System.Globalization;

namespace SahelData.Compiler.Parsing;

/// <summary>
/// How long one text and one data file may be. Data arrives through pull requests: a limit with a clear message
/// stops a pasted document or a runaway file from being compiled into the assembly. A project raises them with the
/// MSBuild properties <c>SahelDataMaxTextLength</c> (characters) and <c>SahelDataMaxFileSize</c> (bytes).
/// </summary>
public sealed record DataLimits(int MaxTextLength, int MaxFileBytes)
{
    /// <summary>The longest text when no property raises it (characters).</summary>
    public const int DefaultMaxTextLength = 10_000;

    /// <summary>The largest file when no property raises it (bytes).</summary>
    public const int DefaultMaxFileBytes = 1024 * 1024;

    /// <summary>The limits of a project that sets neither property.</summary>
    public static DataLimits Default { get; } = new(DefaultMaxTextLength, DefaultMaxFileBytes);

    /// <summary>The limits set by the two MSBuild properties; a property that is absent or not a positive number keeps its default.</summary>
    /// <param name="maxTextLength">The value of <c>SahelDataMaxTextLength</c>, if set.</param>
    /// <param name="maxFileBytes">The value of <c>SahelDataMaxFileSize</c>, if set.</param>
    public static DataLimits From(string? maxTextLength, string? maxFileBytes) =>
        new(PositiveOr(maxTextLength, DefaultMaxTextLength), PositiveOr(maxFileBytes, DefaultMaxFileBytes));

    private static int PositiveOr(string? text, int fallback) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
