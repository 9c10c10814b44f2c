using System.Collections.Immutable;

namespace SahelData.Model;

/// <summary>A state, body, armed group, company, media outlet or person.</summary>
[Collection("actors")]
public sealed partial record Actor
{
    /// <summary>The actor's id, e.g. <c>wagner-group</c>.</summary>
    public required ActorId Id { get; init; }

    /// <summary>The name most sources use.</summary>
    public required string Name { get; init; }

    /// <summary>Every other spelling, translation or mistranslation the sources use.</summary>
    public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>What kind of actor it is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>The state the actor belongs to or acts for.</summary>
    public ActorId? Country { get; init; }

    /// <summary>The body the actor is part of (a directorate within a ministry, a member within an alliance).</summary>
    [Acyclic]
    [ReverseIndex("Members")]
    public ActorId? PartOf { get; init; }

    /// <summary>The actor this one renamed or rebranded, where the sources say so.</summary>
    public ActorId? SuccessorOf { get; init; }

    /// <summary>For people: the positions they hold, as stated in the sources.</summary>
    public ImmutableArray<Role> Roles { get; init; } = ImmutableArray<Role>.Empty;

    /// <summary>A short neutral description.</summary>
    public string? Description { get; init; }

    /// <summary>The sources that name the actor.</summary>
    public ImmutableArray<SourceId> Sources { get; init; } = ImmutableArray<SourceId>.Empty;
}

/// <summary>A position a person holds in an organisation.</summary>
public sealed record Role
{
    /// <summary>The title as the source gives it, e.g. "Foreign Minister".</summary>
    public required string Title { get; init; }

    /// <summary>The organisation the position is in.</summary>
    [ReverseIndex("WithRoleIn")]
    public ActorId? Organization { get; init; }

    /// <summary>Since when, where the source says.</summary>
    [ValueRange(1900, 2100)]
    public PartialDate? From { get; init; }

    /// <summary>Until when, where the source says.</summary>
    [ValueRange(1900, 2100)]
    public PartialDate? To { get; init; }

    /// <summary>The sources that state the position.</summary>
    public ImmutableArray<SourceId> Sources { get; init; } = ImmutableArray<SourceId>.Empty;

    /// <summary>A curator's note, e.g. where a source's title for the person differs from the record.</summary>
    public string? Note { get; init; }
}

/// <summary>The kinds of actor.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state.</summary>
    State,

    /// <summary>A ministry, agency, office or other body of a government.</summary>
    GovernmentBody,

    /// <summary>A state's armed forces or one of their branches or units.</summary>
    ArmedForces,

    /// <summary>An intelligence service.</summary>
    IntelligenceAgency,

    /// <summary>A rebel, separatist or jihadist group.</summary>
    ArmedGroup,

    /// <summary>A private military company.</summary>
    PrivateMilitaryCompany,

    /// <summary>An organisation of states, e.g. the UN or ECOWAS.</summary>
    IntergovernmentalOrganization,

    /// <summary>An alliance of states, e.g. the Alliance of Sahel States.</summary>
    Alliance,

    /// <summary>A political party, collective or movement.</summary>
    PoliticalMovement,

    /// <summary>A research institute.</summary>
    ThinkTank,

    /// <summary>A non-governmental organisation or charity.</summary>
    Ngo,

    /// <summary>A newspaper, broadcaster or other outlet.</summary>
    MediaOutlet,

    /// <summary>A person.</summary>
    Person,
}
