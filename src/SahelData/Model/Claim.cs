using System.Collections.Immutable;

namespace SahelData.Model;

/// <summary>A proposition that actors assert, imply, report, deny, dispute, question or decline to confirm.</summary>
[Collection("claims")]
public sealed partial record Claim
{
    /// <summary>The claim's id, e.g. <c>ukraine-supplied-intelligence</c>.</summary>
    public required ClaimId Id { get; init; }

    /// <summary>The proposition, neutrally worded.</summary>
    public required string Statement { get; init; }

    /// <summary>The events the claim is about.</summary>
    [ReverseIndex("About")]
    public ImmutableArray<EventId> About { get; init; } = ImmutableArray<EventId>.Empty;

    /// <summary>The actors the claim is about.</summary>
    [ReverseIndex("Concerning")]
    public ImmutableArray<ActorId> Concerns { get; init; } = ImmutableArray<ActorId>.Empty;

    /// <summary>Who holds which stance on the claim; at least one.</summary>
    public required ImmutableArray<Position> Positions { get; init; }

    /// <summary>Curators' notes: discrepancies, context.</summary>
    public ImmutableArray<string> Notes { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>One holder's stance on a claim.</summary>
public sealed record Position
{
    /// <summary>Who holds it; absent when the cited source itself asserts it.</summary>
    [ReverseIndex("HeldBy")]
    public ActorId? Actor { get; init; }

    /// <summary>The stance.</summary>
    public required Stance Stance { get; init; }

    /// <summary>When the holder took the stance, where known.</summary>
    [ValueRange(1900, 2100)]
    public PartialDate? Date { get; init; }

    /// <summary>
    /// How the cited source describes the holder's stance in its own words ("hinted" is <c>implies</c>; "claimed",
    /// "announced" or "accused" is <c>asserts</c>), where it describes it; the stance itself stays what the holder's own
    /// words support, so the two differ where a source reads more, or less, into them.
    /// </summary>
    public Stance? DescribedAs { get; init; }

    /// <summary>The holder's own words, exactly as the cited source prints them.</summary>
    public string? Quote { get; init; }

    /// <summary>The sources that report the stance; at least one.</summary>
    [ReverseIndex("CitingPositionIn")]
    public required ImmutableArray<SourceId> Sources { get; init; }

    /// <summary>A curator's note on this position.</summary>
    public string? Note { get; init; }
}

/// <summary>A holder's stance on a claim.</summary>
public enum Stance
{
    /// <summary>States the claim as true.</summary>
    Asserts,

    /// <summary>Suggests the claim without stating it.</summary>
    Implies,

    /// <summary>Relays the claim as someone else's, without endorsing it.</summary>
    Reports,

    /// <summary>States the claim is false.</summary>
    Denies,

    /// <summary>Contests the claim or its basis.</summary>
    Disputes,

    /// <summary>Raises doubts about the claim.</summary>
    Questions,

    /// <summary>Declines to confirm the claim or to say whether it is true, without denying it.</summary>
    DeclinesToConfirm,
}
