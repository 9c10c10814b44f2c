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
