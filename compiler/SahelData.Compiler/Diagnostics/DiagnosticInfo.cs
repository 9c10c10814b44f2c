using System.Globalization;
using System.Linq;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Diagnostics;

/// <summary>
/// A problem found in the data or the schema, as plain equatable values, so that pipeline steps holding it can be
/// cached; the generator turns it into a compiler diagnostic only when it reports it.
/// </summary>
public sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    internal static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray(), EquatableArray<LocationInfo>.Empty);

    internal DiagnosticInfo WithAdditionalLocation(LocationInfo other) =>
        this with { AdditionalLocations = AdditionalLocations.Concat(new[] { other }).ToEquatableArray() };

    /// <summary>The id, e.g. SAHEL0010.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The message as the build prints it.</summary>
    public string Message => Descriptor.Format(Arguments.ToArray());

    /// <summary>Whether it stops the build.</summary>
    public bool IsError => Descriptor.Severity == DiagnosticLevel.Error;

    /// <summary>
    /// The line exactly as the C# compiler writes it in a build log: <c>file(line,col): error SAHEL0010: message</c>
    /// (without a location: <c>error SAHEL0010: message</c>; <c>warning</c> for a warning).
    /// </summary>
    public override string ToString() => Location is null
        ? $"{Descriptor.SeverityWord} {Id}: {Message}"
        : string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", Location.FilePath, Location.Line, Location.Column, Descriptor.SeverityWord, Id, Message);
}
