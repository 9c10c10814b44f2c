using System.Collections.Generic;
using System.Linq;
using CoreDescriptor = SahelData.Compiler.Diagnostics.DiagnosticDescriptor;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;

namespace SahelData.Generators.Reporting;

/// <summary>
/// Turns the compiler core's diagnostics and locations into Roslyn's, only at the moment they are reported, so
/// that nothing Roslyn-specific (and not equatable) travels through the pipeline.
/// </summary>
internal static class RoslynDiagnostics
{
    private static readonly Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> Descriptors =
        DiagnosticCatalog.All.ToDictionary(d => d.Id, ToRoslyn);

    public static Diagnostic ToDiagnostic(DiagnosticInfo diagnostic) => Diagnostic.Create(
        Descriptors[diagnostic.Id],
        diagnostic.Location is null ? Location.None : ToLocation(diagnostic.Location),
        diagnostic.AdditionalLocations.Select(ToLocation),
        diagnostic.Arguments.Cast<object>().ToArray());

    public static Location ToLocation(LocationInfo location) => Location.Create(
        location.FilePath,
        new TextSpan(location.Start, location.Length),
        new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    public static LocationInfo? FromLocation(Location location)
    {
        if (location.SourceTree is null)
        {
            return null;
        }

        var span = location.GetLineSpan().Span;
        return new LocationInfo(
            location.SourceTree.FilePath,
            location.SourceSpan.Start,
            location.SourceSpan.Length,
            span.Start.Line,
            span.Start.Character,
            span.End.Line,
            span.End.Character);
    }

    // The ids are constants of the catalog, listed in AnalyzerReleases.*.md; the analyzer that checks release
    // tracking only sees descriptors built from literals.
#pragma warning disable RS1017, RS2008
    internal static Microsoft.CodeAnalysis.DiagnosticDescriptor ToRoslyn(CoreDescriptor descriptor) => new(
        descriptor.Id,
        descriptor.Title,
        descriptor.MessageFormat,
        descriptor.Category,
        descriptor.Severity switch
        {
            DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
            DiagnosticLevel.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Error,
        },
        isEnabledByDefault: true,
        helpLinkUri: descriptor.HelpLink);
#pragma warning restore RS1017, RS2008
}
