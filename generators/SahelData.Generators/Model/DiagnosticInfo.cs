using System.Linq;
using Microsoft.CodeAnalysis;

namespace SahelData.Generators.Model;

/// <summary>
/// A diagnostic waiting to be reported. <see cref="Diagnostic"/> compares its arguments by reference,
/// which would defeat caching, so pipeline steps carry this instead.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray(), EquatableArray<LocationInfo>.Empty);

    public DiagnosticInfo WithAdditionalLocation(LocationInfo other) =>
        this with { AdditionalLocations = AdditionalLocations.Concat(new[] { other }).ToEquatableArray() };

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Descriptor,
        Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
        AdditionalLocations.Select(l => l.ToLocation()),
        Arguments.Cast<object>().ToArray());
}
