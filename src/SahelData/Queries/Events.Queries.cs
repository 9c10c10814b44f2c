using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SahelData.Model;

/// <summary>
/// What <see cref="Events.Timeline(TimelineQuery)"/> selects. Every criterion left empty selects everything; the criteria
/// that are set must all hold.
/// </summary>
public sealed record TimelineQuery
{
    /// <summary>Only events that may have happened on or after the first day this date can mean.</summary>
    public PartialDate? From { get; init; }

    /// <summary>Only events that may have happened on or before the last day this date can mean.</summary>
    public PartialDate? To { get; init; }

    /// <summary>Only events this actor took part in.</summary>
    public ActorId? Actor { get; init; }

    /// <summary>Only events at this place or at a place within it.</summary>
    public PlaceId? Place { get; init; }

    /// <summary>Only events at a place that lies in this state (see <see cref="Places.IsInCountry"/>).</summary>
    public ActorId? Country { get; init; }

    /// <summary>Only events of this kind.</summary>
    public EventKind? Kind { get; init; }

    /// <summary>Whether <see cref="From"/> comes after <see cref="To"/>: no day could satisfy both.</summary>
    public bool IsInverted => From is { } from && To is { } to && from.Start > to.End;
}

/// <summary>An event reached by following causes or consequences, with how many links away it is.</summary>
/// <param name="Event">The event reached.</param>
/// <param name="Distance">1 for a direct cause or consequence, 2 for the cause of a cause, and so on.</param>
public sealed record CausalStep(Event Event, int Distance);

public static partial class Events
{
    /// <summary>
    /// The first and last day on which <paramref name="event"/> may have taken place: from the first day its date (or the
    /// earliest date a source reports) can mean to the last day its end date, its date or the latest reported date can mean.
    /// A month-precision date spans the whole month, a year-precision date the whole year: an event dated <c>2024-07</c>
    /// may have happened on 2024-07-20, so it is never placed on a single day.
    /// </summary>
    public static (DateOnly First, DateOnly Last) PossibleDays(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var first = @event.Date.Start;
        var last = (@event.EndDate ?? @event.Date).End;
        foreach (var reported in @event.ReportedDates)
        {
            first = reported.Date.Start < first ? reported.Date.Start : first;
            last = reported.Date.End > last ? reported.Date.End : last;
        }

        return (first, last);
    }

    /// <summary>
    /// The events <paramref name="query"/> selects, by date then id. The period rule is overlap: an event is in the period
    /// <c>[From, To]</c> when one of its <see cref="PossibleDays"/> falls in it, so a month-precision event is listed for
    /// any day range within that month (it may have happened then) and a period that only touches it at one end still
    /// lists it; a period of whole months or years is read to its last day (<c>To = 2024-07</c> means up to 2024-07-31).
    /// </summary>
    /// <exception cref="ArgumentException">The query's <see cref="TimelineQuery.From"/> comes after its <see cref="TimelineQuery.To"/>.</exception>
    public static ImmutableArray<Event> Timeline(TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsInverted)
        {
            throw new ArgumentException($"The period starts ({query.From}) after it ends ({query.To}).", nameof(query));
        }

        // Start from the narrowest reverse index, so that a page per actor or per place costs what it lists.
        IEnumerable<Event> events = query.Actor is { } involved ? Involving(involved)
            : query.Place is { } around ? Places.WithinOrAt(around).SelectMany(p => AtPlace(p.Id))
            : All;
        if (query.From is { } from)
        {
            events = events.Where(e => PossibleDays(e).Last >= from.Start);
        }

        if (query.To is { } to)
        {
            events = events.Where(e => PossibleDays(e).First <= to.End);
        }

        if (query.Actor is { } actor)
        {
            events = events.Where(e => e.Participants.Any(p => p.Actor == actor));
        }

        if (query.Place is { } place)
        {
            events = events.Where(e => e.Place is { } at && Places.Ancestry(at).Any(p => p.Id == place));
        }

        if (query.Country is { } country)
        {
            events = events.Where(e => e.Place is { } at && Places.IsInCountry(at, country));
        }

        if (query.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        return events.DistinctBy(e => e.Id).OrderBy(e => e.Date).ThenBy(e => e.Id).ToImmutableArray();
    }

    /// <summary>Everything that led to <paramref name="id"/> through <see cref="Event.CausedBy"/>, nearest first, each event once.</summary>
    public static ImmutableArray<CausalStep> CausesOf(EventId id) => Follow(id, e => e.CausedBy.Select(c => c.Resolve()));

    /// <summary>Everything <paramref name="id"/> led to (the events whose <see cref="Event.CausedBy"/> reaches it), nearest first, each event once.</summary>
    public static ImmutableArray<CausalStep> ConsequencesOf(EventId id) => Follow(id, e => CausedBy(e.Id));

    /// <summary>Breadth first, so each event appears at its shortest distance; the data is acyclic, the visited set only avoids repeats.</summary>
    private static ImmutableArray<CausalStep> Follow(EventId start, Func<Event, IEnumerable<Event>> next)
    {
        var seen = new HashSet<EventId> { start };
        var steps = ImmutableArray.CreateBuilder<CausalStep>();
        var frontier = new List<Event> { Get(start) };
        for (var distance = 1; frontier.Count > 0; distance++)
        {
            var following = new List<Event>();
            foreach (var linked in frontier.SelectMany(next).OrderBy(e => e.Date).ThenBy(e => e.Id))
            {
                if (seen.Add(linked.Id))
                {
                    steps.Add(new CausalStep(linked, distance));
                    following.Add(linked);
                }
            }

            frontier = following;
        }

        return steps.ToImmutable();
    }
}
