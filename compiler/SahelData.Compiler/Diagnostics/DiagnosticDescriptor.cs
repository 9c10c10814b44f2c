using System.Globalization;

namespace SahelData.Compiler.Diagnostics;

/// <summary>How serious a problem is: an error stops the build, a warning does not, an info only tells what the build decided.</summary>
public enum DiagnosticLevel
{
    /// <summary>Stops the build.</summary>
    Error,

    /// <summary>Reported, but the build goes on.</summary>
    Warning,

    /// <summary>Not a problem: what the build decided, and how to decide otherwise.</summary>
    Info,
}

/// <summary>
/// One kind of problem: a stable id, a short title, a message format with numbered placeholders, and its
/// severity; its documentation is at <see cref="HelpLink"/>.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, string Category)
{
    /// <summary>The page every id is documented on, relative to the repository root.</summary>
    public const string DocumentationPage = "docs/diagnostics.md";

    /// <summary>Whether the problem stops the build; errors unless the catalog says otherwise.</summary>
    public DiagnosticLevel Severity { get; init; } = DiagnosticLevel.Error;

    /// <summary>Where the id is explained, with an example that fails and the same example fixed.</summary>
    public string HelpLink => DocumentationPage + "#" + Id.ToLowerInvariant();

    /// <summary>The severity as the build log spells it: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityWord => Severity switch
    {
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "info",
        _ => "error",
    };

    /// <summary>The message with its placeholders filled in, the same text the build prints.</summary>
    public string Format(params string[] arguments) => string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}
