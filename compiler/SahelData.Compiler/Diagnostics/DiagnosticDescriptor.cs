using System.Globalization;

namespace SahelData.Compiler.Diagnostics;

/// <summary>
/// One kind of problem: a stable id, a short title, a message format with numbered placeholders, and whether it stops
/// the build (an error) or only draws attention (a warning).
/// </summary>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, string Category, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>The message with its placeholders filled in, the same text the build prints.</summary>
    public string Format(params string[] arguments) => string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}

/// <summary>How serious a problem is, as the build reports it.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Stops the build: the data is wrong.</summary>
    Error,

    /// <summary>Reported without stopping the build: the data is probably not what was meant.</summary>
    Warning,
}
