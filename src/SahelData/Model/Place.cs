using System.Collections.Immutable;

namespace SahelData.Model;

/// <summary>A city, town, region or area where events happen.</summary>
[Collection("places")]
public sealed partial record Place
{
    /// <summary>The place's id, e.g. <c>tinzaouaten</c>.</summary>
    public required PlaceId Id { get; init; }

    /// <summary>The name most sources use.</summary>
    public required string Name { get; init; }

    /// <summary>Every other spelling the sources use.</summary>
    public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>What kind of place it is.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>The state the place lies in.</summary>
    public ActorId? Country { get; init; }

    /// <summary>The larger place this one lies within.</summary>
    [Acyclic]
    public PlaceId? Within { get; init; }

    /// <summary>Latitude in degrees, only where a source or a well-known fact gives it.</summary>
    [ValueRange(-90, 90)]
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees, only where a source or a well-known fact gives it.</summary>
    [ValueRange(-180, 180)]
    public double? Longitude { get; init; }

    /// <summary>A short neutral description.</summary>
    public string? Description { get; init; }

    /// <summary>The sources that name the place.</summary>
    public ImmutableArray<SourceId> Sources { get; init; } = ImmutableArray<SourceId>.Empty;
}

/// <summary>The kinds of place.</summary>
public enum PlaceKind
{
    /// <summary>A capital or large city.</summary>
    City,

    /// <summary>A town, village or military camp.</summary>
    Town,

    /// <summary>An administrative or historical region.</summary>
    Region,

    /// <summary>An area of a country with no formal boundary, e.g. a border zone.</summary>
    CountryArea,
}
