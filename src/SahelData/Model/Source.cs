using System.Collections.Immutable;

namespace SahelData.Model;

/// <summary>A document that facts in the dataset are taken from.</summary>
[Collection("sources")]
public sealed partial record Source
{
    /// <summary>The source's id, e.g. <c>memri-russia-mali-2022</c>.</summary>
    public required SourceId Id { get; init; }

    /// <summary>The title as printed, or a short descriptive title where the document has none.</summary>
    public required string Title { get; init; }

    /// <summary>The file name of the document in the seed corpus.</summary>
    public required string Document { get; init; }

    /// <summary>What kind of document it is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>When it was published, only where the document states it.</summary>
    [ValueRange(1900, 2100)]
    public PartialDate? Published { get; init; }

    /// <summary>The language it was published in, as an ISO 639-1 code, where known.</summary>
    public string? Language { get; init; }

    /// <summary>Who published it, only where the document names its publisher.</summary>
    public string? Publisher { get; init; }

    /// <summary>The address of the original, only where the document gives it.</summary>
    public string? Url { get; init; }

    /// <summary>The address of an archived copy of the original (e.g. in a web archive), only where one is known for the document's own address.</summary>
    public string? ArchivedUrl { get; init; }

    /// <summary>Remarks on the source: its stance, its reliability, what it is missing.</summary>
    public string? Description { get; init; }
}

/// <summary>The kinds of source document.</summary>
public enum SourceKind
{
    /// <summary>A news report.</summary>
    NewsArticle,

    /// <summary>An analysis or research paper.</summary>
    Analysis,

    /// <summary>A piece that argues a position.</summary>
    Opinion,

    /// <summary>A post on a social network.</summary>
    SocialMediaPost,

    /// <summary>A statement issued by a government or organisation.</summary>
    OfficialStatement,
}
