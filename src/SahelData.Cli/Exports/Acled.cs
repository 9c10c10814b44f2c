using System.Collections.Generic;
using System.Linq;
using SahelData.Model;

namespace SahelData.Cli.Exports;

/// <summary>
/// An event's participants on ACLED's two sides. ACLED puts the actor that initiates the event in <c>actor1</c>, the
/// actor it is directed at in <c>actor2</c>, and the actors acting with either in <c>assoc_actor_1</c> or
/// <c>assoc_actor_2</c>. Roles that take no side (a reporter, an abstainer, a participant of unstated part) go to
/// <c>other_actors</c>, never into a side.
/// </summary>
internal sealed record AcledSides(
    Actor? Actor1,
    IReadOnlyList<Actor> Associated1,
    Actor? Actor2,
    IReadOnlyList<Actor> Associated2,
    IReadOnlyList<(Actor Actor, ParticipantRole Role)> Others)
{
    /// <summary>
    /// The side a role puts its actor on: 1 initiates, 2 is acted upon, 0 takes no side. An opponent is the other camp
    /// of a vote (side 2) when the event has voters, and otherwise the one who blocks (side 1); a supporter backs side 1.
    /// </summary>
    public static int SideOf(ParticipantRole role, bool hasVoters) => role switch
    {
        ParticipantRole.Attacker or ParticipantRole.Initiator or ParticipantRole.Speaker or ParticipantRole.Visitor
            or ParticipantRole.Voter or ParticipantRole.Supporter => 1,
        ParticipantRole.Opponent => hasVoters ? 2 : 1,
        ParticipantRole.Target or ParticipantRole.Recipient or ParticipantRole.Host => 2,
        _ => 0,
    };

    /// <summary>
    /// Which actor of a side is its principal (<c>actor1</c>, <c>actor2</c>): the attacker, then the initiator, the
    /// speaker, the visitor, the voter or opponent; the target, then the recipient, the host. A supporter is never
    /// principal; ties keep the order the curators listed participants in.
    /// </summary>
    private static int Rank(ParticipantRole role) => role switch
    {
        ParticipantRole.Attacker or ParticipantRole.Target => 0,
        ParticipantRole.Initiator or ParticipantRole.Recipient => 1,
        ParticipantRole.Speaker or ParticipantRole.Host => 2,
        ParticipantRole.Visitor => 3,
        ParticipantRole.Voter or ParticipantRole.Opponent => 4,
        _ => 5,
    };

    public static AcledSides Of(Event e)
    {
        var hasVoters = e.Participants.Any(p => p.Role == ParticipantRole.Voter);
        List<Actor> Side(int side) => e.Participants
            .Select((p, order) => (p, order))
            .Where(x => SideOf(x.p.Role, hasVoters) == side)
            .OrderBy(x => Rank(x.p.Role)).ThenBy(x => x.order)
            .Select(x => x.p.Actor.Resolve())
            .Distinct()
            .ToList();
        var one = Side(1);
        var two = Side(2).Where(a => !one.Contains(a)).ToList();
        var others = e.Participants
            .Where(p => SideOf(p.Role, hasVoters) == 0)
            .Select(p => (p.Actor.Resolve(), p.Role))
            .Where(o => !one.Contains(o.Item1) && !two.Contains(o.Item1))
            .ToList();
        return new AcledSides(one.FirstOrDefault(), one.Skip(1).ToList(), two.FirstOrDefault(), two.Skip(1).ToList(), others);
    }
}

/// <summary>ACLED's event type and sub-event type for each kind of event (docs/exports.md lists the mapping).</summary>
internal static class AcledTypes
{
    public const string Battles = "Battles";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string StrategicDevelopments = "Strategic developments";

    public static (string EventType, string SubEventType) Of(EventKind kind) => kind switch
    {
        EventKind.ArmedClash or EventKind.Attack or EventKind.MilitaryOperation or EventKind.Invasion => (Battles, "Armed clash"),
        EventKind.Massacre => (ViolenceAgainstCivilians, "Attack"),
        EventKind.Demonstration => (Protests, "Peaceful protest"),
        EventKind.Deployment or EventKind.Withdrawal or EventKind.Training => (StrategicDevelopments, "Change to group/activity"),
        _ => (StrategicDevelopments, "Other"),
    };
}

/// <summary>
/// ACLED's <c>fatalities</c>: the most conservative total the sources support, or none with the reason. The rule
/// (docs/exports.md): each figure gives a lower bound of the deaths of its group (<c>exact</c> and <c>at-least</c> N
/// give N, <c>more-than</c> N gives N + 1); where sources give several figures for one group, the lowest bound is
/// kept; bounds of distinct groups add up; a figure for no named group bounds the whole total, so the total is the
/// larger of the two. No total is given when a figure is only approximate (<c>about</c>), or when one group lies
/// inside another (a unit of an army counted beside the army), since adding them could count the same dead twice.
/// </summary>
internal sealed record AcledFatalities(long? Total, bool Exact, string? Reason)
{
    public const string NoFigure = "no figure in the sources";
    public const string Approximate = "a figure is approximate (about)";
    public const string Overlapping = "figures for groups that contain one another";

    public static AcledFatalities Of(Event e)
    {
        if (e.Fatalities.IsEmpty)
        {
            return new(null, false, NoFigure);
        }

        if (e.Fatalities.Any(f => f.Qualifier == Qualifier.About))
        {
            return new(null, false, Approximate);
        }

        var groups = e.Fatalities.Where(f => f.Actor is not null).GroupBy(f => f.Actor!.Value).ToList();
        var actors = groups.Select(g => g.Key).ToHashSet();
        if (actors.Any(a => Within(a).Any(actors.Contains)))
        {
            return new(null, false, Overlapping);
        }

        // Within one group, sources that disagree give the lowest bound; only one exact figure per group keeps it exact.
        var perGroup = groups.Select(g => (Bound: g.Min(Bound), Exact: g.All(f => f.Qualifier == Qualifier.Exact) && g.Select(f => f.Count).Distinct().Count() == 1)).ToList();
        var unattributed = e.Fatalities.Where(f => f.Actor is null).ToList();
        long sum = perGroup.Sum(g => g.Bound);
        var exact = perGroup.Count > 0 && perGroup.All(g => g.Exact) && unattributed.Count == 0;
        if (unattributed.Count > 0)
        {
            var whole = unattributed.Min(Bound);
            if (whole >= sum)
            {
                exact = perGroup.Count == 0 && unattributed.All(f => f.Qualifier == Qualifier.Exact) && unattributed.Select(f => f.Count).Distinct().Count() == 1;
                sum = whole;
            }
        }

        return new(sum, exact, null);
    }

    private static long Bound(Fatality figure) => figure.Qualifier == Qualifier.MoreThan ? figure.Count + 1L : figure.Count;

    /// <summary>The groups an actor lies inside (its <c>part_of</c> chain).</summary>
    private static IEnumerable<ActorId> Within(ActorId actor)
    {
        for (var current = actor.Resolve().PartOf; current is { } parent; current = parent.Resolve().PartOf)
        {
            yield return parent;
        }
    }
}

/// <summary>
/// ACLED's <c>country</c>: the state the event's place lies in (the place's own state or, up its <c>within</c> chain,
/// the first place that records one); for an event without a place, the state of its initiating actor
/// (<c>actor1</c>: a state itself, or the state it belongs to), where a statement, a letter or a break is issued.
/// <see cref="Basis"/> says which, so that a map can keep only events located by their place.
/// </summary>
internal sealed record AcledCountry(Actor? State, string? Basis)
{
    public const string FromPlace = "place";
    public const string FromActor1 = "actor1";

    public static AcledCountry Of(Event e, AcledSides sides)
    {
        if (e.Place is { } place)
        {
            var state = Places.Ancestry(place).Select(p => p.Country).FirstOrDefault(c => c is not null);
            return state is { } id ? new(id.Resolve(), FromPlace) : new(null, null);
        }

        if (sides.Actor1 is { } initiator && StateOf(initiator) is { } own)
        {
            return new(own, FromActor1);
        }

        return new(null, null);
    }

    /// <summary>A state itself, or the state an actor records as its country (up its <c>part_of</c> chain).</summary>
    private static Actor? StateOf(Actor actor)
    {
        for (Actor? current = actor; current is not null; current = current.PartOf?.Resolve())
        {
            if (current.Kind == ActorKind.State)
            {
                return current;
            }

            if (current.Country is { } country)
            {
                return country.Resolve();
            }
        }

        return null;
    }
}
