using System.Collections.Immutable;

namespace SahelData.Model;

/// <summary>Something that happened: when, where, to whom, and who says so.</summary>
[Collection("events")]
public sealed partial record Event
{
    /// <summary>The event's id, e.g. <c>tinzaouaten-ambush</c>.</summary>
    public required EventId Id { get; init; }

    /// <summary>A short neutral title.</summary>
    public required string Title { get; init; }

    /// <summary>What kind of event it is.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>When it happened: the curated best value, to the precision the sources support.</summary>
    [ValueRange(1900, 2100)]
    public required PartialDate Date { get; init; }

    /// <summary>When it ended, for events that span several days.</summary>
    [ValueRange(1900, 2100)]
    public PartialDate? EndDate { get; init; }

    /// <summary>Where sources disagree on the date: each version with the sources that give it.</summary>
    public ImmutableArray<ReportedDate> ReportedDates { get; init; } = ImmutableArray<ReportedDate>.Empty;

    /// <summary>Where it happened.</summary>
    [ReverseIndex("AtPlace")]
    public PlaceId? Place { get; init; }

    /// <summary>Who took part, and in what role.</summary>
    public ImmutableArray<Participant> Participants { get; init; } = ImmutableArray<Participant>.Empty;

    /// <summary>Reported deaths, each figure with its qualifier and sources.</summary>
    public ImmutableArray<Fatality> Fatalities { get; init; } = ImmutableArray<Fatality>.Empty;

    /// <summary>Other figures the sources give: votes, troops, equipment delivered.</summary>
    public ImmutableArray<Figure> Figures { get; init; } = ImmutableArray<Figure>.Empty;

    /// <summary>The events that led to this one.</summary>
    [Acyclic]
    [ReverseIndex("CausedBy")]
    public ImmutableArray<EventId> CausedBy { get; init; } = ImmutableArray<EventId>.Empty;

    /// <summary>The larger event this one belongs to.</summary>
    [Acyclic]
    [ReverseIndex("PartsOf")]
    public EventId? PartOf { get; init; }

    /// <summary>A short neutral description, in the curators' own words.</summary>
    public string? Description { get; init; }

    /// <summary>Curators' notes: inferred dates, discrepancies between sources.</summary>
    public ImmutableArray<string> Notes { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The sources that report the event; at least one.</summary>
    [ReverseIndex("ReportedIn")]
    public required ImmutableArray<SourceId> Sources { get; init; }
}

/// <summary>One version of a date on which sources disagree.</summary>
public sealed record ReportedDate
{
    /// <summary>The date this version gives.</summary>
    [ValueRange(1900, 2100)]
    public required PartialDate Date { get; init; }

    /// <summary>The sources that give it.</summary>
    public required ImmutableArray<SourceId> Sources { get; init; }
}

/// <summary>An actor's part in an event.</summary>
public sealed record Participant
{
    /// <summary>Who took part.</summary>
    [ReverseIndex("Involving")]
    public required ActorId Actor { get; init; }

    /// <summary>In what role.</summary>
    public required ParticipantRole Role { get; init; }
}

/// <summary>A reported number of deaths on one side.</summary>
public sealed record Fatality
{
    /// <summary>Whose dead these are; absent when the source does not say.</summary>
    [ReverseIndex("WithFatalitiesOf")]
    public ActorId? Actor { get; init; }

    /// <summary>The number.</summary>
    [ValueRange(Minimum = 0)]
    public required int Count { get; init; }

    /// <summary>How the source qualifies the number.</summary>
    public required Qualifier Qualifier { get; init; }

    /// <summary>The sources that give this figure.</summary>
    public required ImmutableArray<SourceId> Sources { get; init; }
}

/// <summary>Any other reported number: votes, troops, equipment.</summary>
public sealed record Figure
{
    /// <summary>What is counted, e.g. "combat helicopters delivered".</summary>
    public required string Measure { get; init; }

    /// <summary>The number.</summary>
    [ValueRange(Minimum = 0)]
    public required decimal Value { get; init; }

    /// <summary>How the source qualifies the number.</summary>
    public required Qualifier Qualifier { get; init; }

    /// <summary>Whose number it is, where it belongs to one actor.</summary>
    public ActorId? Actor { get; init; }

    /// <summary>The sources that give this figure.</summary>
    public required ImmutableArray<SourceId> Sources { get; init; }
}

/// <summary>How a source qualifies a number.</summary>
public enum Qualifier
{
    /// <summary>The number as stated.</summary>
    Exact,

    /// <summary>"At least".</summary>
    AtLeast,

    /// <summary>"About", "some", "dozens".</summary>
    About,

    /// <summary>"More than".</summary>
    MoreThan,
}

/// <summary>An actor's part in an event.</summary>
public enum ParticipantRole
{
    /// <summary>Carried out an attack.</summary>
    Attacker,

    /// <summary>Was attacked or targeted.</summary>
    Target,

    /// <summary>Took the decision or the initiative.</summary>
    Initiator,

    /// <summary>Received a delivery, a letter, a measure.</summary>
    Recipient,

    /// <summary>Spoke or made the statement.</summary>
    Speaker,

    /// <summary>Hosted a meeting or visit.</summary>
    Host,

    /// <summary>Visited.</summary>
    Visitor,

    /// <summary>Voted in favour.</summary>
    Voter,

    /// <summary>Voted against, or blocked.</summary>
    Opponent,

    /// <summary>Abstained.</summary>
    Abstainer,

    /// <summary>Supported another participant.</summary>
    Supporter,

    /// <summary>Reported on the event.</summary>
    Reporter,

    /// <summary>Took part in another way.</summary>
    Participant,
}

/// <summary>The kinds of event.</summary>
public enum EventKind
{
    /// <summary>Fighting between armed forces or groups.</summary>
    ArmedClash,

    /// <summary>An attack.</summary>
    Attack,

    /// <summary>The killing of civilians.</summary>
    Massacre,

    /// <summary>A military operation.</summary>
    MilitaryOperation,

    /// <summary>A seizure of power.</summary>
    Coup,

    /// <summary>An attempt to seize power that failed.</summary>
    CoupAttempt,

    /// <summary>A cut in diplomatic relations.</summary>
    DiplomaticBreak,

    /// <summary>A summons, protest or complaint between states.</summary>
    DiplomaticProtest,

    /// <summary>A public statement.</summary>
    Statement,

    /// <summary>An interview.</summary>
    Interview,

    /// <summary>A letter.</summary>
    Letter,

    /// <summary>A vote.</summary>
    Vote,

    /// <summary>A meeting.</summary>
    Meeting,

    /// <summary>A visit.</summary>
    Visit,

    /// <summary>A delivery of weapons or equipment.</summary>
    ArmsDelivery,

    /// <summary>A deployment of forces.</summary>
    Deployment,

    /// <summary>A withdrawal of forces.</summary>
    Withdrawal,

    /// <summary>A demonstration.</summary>
    Demonstration,

    /// <summary>Sanctions.</summary>
    Sanction,

    /// <summary>A veto or block in a council.</summary>
    Veto,

    /// <summary>An invasion.</summary>
    Invasion,

    /// <summary>A published report.</summary>
    Report,

    /// <summary>Training of forces.</summary>
    Training,

    /// <summary>A death.</summary>
    Death,
}
