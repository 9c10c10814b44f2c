using System.Globalization;

namespace SahelData.Compiler.Diagnostics;

/// <summary>One kind of problem: a stable id, a short title and a message format with numbered placeholders.</summary>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, string Category)
{
    /// <summary>The message with its placeholders filled in, the same text the build prints.</summary>
    public string Format(params string[] arguments) => string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}
