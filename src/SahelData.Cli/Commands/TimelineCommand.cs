using System;
using System.CommandLine;
using System.Linq;
using SahelData.Cli.Exports.Tables;
using SahelData.Model;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel timeline</c>: events in date order, with their precision, participants and places.</summary>
internal static class TimelineCommand
{
    public static Command Create(ToolContext context)
    {
        var from = new Option<string?>("--from") { Description = "Only events that may have happened on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.", HelpName = "date" };
        var to = new Option<string?>("--to") { Description = "Only events that may have happened on or before this date (a month or a year counts to its last day).", HelpName = "date" };
        var actor = new Option<string?>("--actor") { Description = "Only events this actor took part in: an id (wagner-group) or any name (Wagner).", HelpName = "actor" };
        var place = new Option<string?>("--place") { Description = "Only events at this place or within it (an id or a name), or in this country (Mali).", HelpName = "place" };
        var kind = Choices.EnumOption<EventKind>("--kind", "Only events of this kind: " + Choices.List<EventKind>() + ".");
        var command = new Command("timeline", "List events in date order, with participants and places.") { from, to, actor, place, kind };
        command.SetAction(result => Run(context, result.GetValue(from), result.GetValue(to), result.GetValue(actor), result.GetValue(place), result.GetValue(kind)));
        return command;
    }

    private static int Run(ToolContext context, string? from, string? to, string? actorText, string? placeText, EventKind? kind)
    {
        var query = new TimelineQuery { Kind = kind };
        if (from is not null)
        {
            if (!Lookup.TryDate(from, out var start, out var problem))
            {
                return context.Fail(problem);
            }

            query = query with { From = start };
        }

        if (to is not null)
        {
            if (!Lookup.TryDate(to, out var end, out var problem))
            {
                return context.Fail(problem);
            }

            query = query with { To = end };
        }

        if (query.IsInverted)
        {
            return context.Fail($"--from {query.From} comes after --to {query.To}; swap them");
        }

        if (actorText is not null)
        {
            if (!Lookup.TryActor(actorText, out var actor, out var problem))
            {
                return context.Fail(problem);
            }

            query = query with { Actor = actor.Id };
        }

        if (placeText is not null)
        {
            if (!Lookup.TryPlaceOrCountry(placeText, out var where, out var problem))
            {
                return context.Fail(problem);
            }

            query = query with { Place = where.Place, Country = where.Country };
        }

        var selected = Events.Timeline(query);
        if (selected.IsEmpty)
        {
            context.Output.WriteLine("No event matches.");
            return 0;
        }

        foreach (var e in selected)
        {
            Print(context, e);
        }

        context.Output.WriteLine(selected.Length == 1 ? "1 event" : $"{selected.Length} events");
        return 0;
    }

    /// <summary>
    /// One event as a block of unpadded lines: the date as precise as the sources make it, the kind and the id on the
    /// first line (so that <c>grep</c> and <c>cut</c> find them whole), then the title, who took part, where, and any
    /// date the sources disagree on.
    /// </summary>
    private static void Print(ToolContext context, Event e)
    {
        var output = context.Output;
        var date = e.EndDate is { } end ? $"{e.Date}/{end}" : e.Date.ToString();
        output.WriteLine($"{date}  {Spellings.Of(e.Kind)}  events/{e.Id}");
        output.WriteLine($"  {e.Title}");
        if (!e.Participants.IsEmpty)
        {
            output.WriteLine("  with: " + string.Join(", ", e.Participants.Select(p => $"{p.Actor.Resolve().Name} ({Spellings.Of(p.Role)})")));
        }

        if (e.Place is { } place)
        {
            output.WriteLine("  at: " + place.Resolve().Name);
        }

        if (!e.ReportedDates.IsEmpty)
        {
            output.WriteLine("  dates reported: " + string.Join("; ", e.ReportedDates.Select(r => $"{r.Date} [{string.Join(", ", r.Sources)}]")));
        }

        output.WriteLine();
    }
}
