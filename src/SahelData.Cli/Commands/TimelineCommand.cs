using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using SahelData.Compiler.Names;
using SahelData.Model;
using Spectre.Console;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel timeline</c>: events in date order, with their precision, participants and places.</summary>
internal static class TimelineCommand
{
    public static Command Create(ToolContext context)
    {
        var from = new Option<string?>("--from") { Description = "Only events that end on or after this date: YYYY, YYYY-MM or YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Only events that start on or before this date." };
        var actor = new Option<string?>("--actor") { Description = "Only events this actor took part in: an id (wagner-group) or any name (Wagner)." };
        var place = new Option<string?>("--place") { Description = "Only events at this place or within it: an id or a name." };
        var kind = new Option<string?>("--kind") { Description = "Only events of this kind." };
        kind.AcceptOnlyFromAmong(Enum.GetNames<EventKind>().Select(Naming.ToKebabCase).ToArray());
        var command = new Command("timeline", "List events in date order, with participants and places.") { from, to, actor, place, kind };
        command.SetAction(result => Run(context, result.GetValue(from), result.GetValue(to), result.GetValue(actor), result.GetValue(place), result.GetValue(kind)));
        return command;
    }

    private static int Run(ToolContext context, string? from, string? to, string? actorText, string? placeText, string? kind)
    {
        IEnumerable<Event> events = Events.All;
        if (from is not null)
        {
            if (!Lookup.TryDate(from, out var start, out var problem))
            {
                return context.Fail(problem);
            }

            events = events.Where(e => (e.EndDate ?? e.Date).End >= start.Start);
        }

        if (to is not null)
        {
            if (!Lookup.TryDate(to, out var end, out var problem))
            {
                return context.Fail(problem);
            }

            events = events.Where(e => e.Date.Start <= end.End);
        }

        if (actorText is not null)
        {
            if (!Lookup.TryActor(actorText, out var actor, out var problem))
            {
                return context.Fail(problem);
            }

            var involved = Events.Involving(actor.Id).ToHashSet();
            events = events.Where(involved.Contains);
        }

        if (placeText is not null)
        {
            if (!Lookup.TryPlace(placeText, out var place, out var problem))
            {
                return context.Fail(problem);
            }

            var places = WithinPlaces(place);
            events = events.Where(e => e.Place is { } p && places.Contains(p.Value));
        }

        if (kind is not null)
        {
            events = events.Where(e => Naming.ToKebabCase(e.Kind.ToString()) == kind);
        }

        var selected = events.OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
        if (selected.Count == 0)
        {
            context.Output.WriteLine("No event matches.");
            return 0;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Date", "Event", "Kind", "Participants", "Place");
        foreach (var e in selected)
        {
            var date = e.EndDate is { } end ? $"{e.Date} – {end}" : e.Date.ToString();
            var participants = string.Join(", ", e.Participants.Select(p => $"{p.Actor.Resolve().Name} ({Naming.ToKebabCase(p.Role.ToString())})"));
            table.AddRow(new Text(date), new Text($"{e.Title}\n{e.Id}"), new Text(Naming.ToKebabCase(e.Kind.ToString())), new Text(participants), new Text(e.Place?.Resolve().Name ?? string.Empty));
        }

        context.Console.Write(table);
        context.Output.WriteLine(selected.Count == 1 ? "1 event" : $"{selected.Count} events");
        return 0;
    }

    /// <summary>The place and every place within it, however deep.</summary>
    private static HashSet<string> WithinPlaces(Place place)
    {
        var found = new HashSet<string>(StringComparer.Ordinal) { place.Id.Value };
        var pending = new Queue<Place>(new[] { place });
        while (pending.Count > 0)
        {
            foreach (var inner in Places.ByWithin(pending.Dequeue().Id))
            {
                if (found.Add(inner.Id.Value))
                {
                    pending.Enqueue(inner);
                }
            }
        }

        return found;
    }
}
