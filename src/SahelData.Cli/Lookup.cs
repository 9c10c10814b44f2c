using System;
using System.Linq;
using SahelData.Model;
using SahelData.Runtime;

namespace SahelData.Cli;

/// <summary>Turns what a user types (an id, a name, an alias, a date) into data, or into a message that helps.</summary>
internal static class Lookup
{
    public static bool TryActor(string text, out Actor actor, out string problem) =>
        TryFind(text, "actor", id => Actors.TryGet(new ActorId(id), out var a) ? a : null, Actors.FindAll, a => a.Id.Value, Actors.All.Select(a => a.Id.Value), out actor, out problem);

    public static bool TryPlace(string text, out Place place, out string problem) =>
        TryFind(text, "place", id => Places.TryGet(new PlaceId(id), out var p) ? p : null, Places.FindAll, p => p.Id.Value, Places.All.Select(p => p.Id.Value), out place, out problem);

    public static bool TryEvent(string text, out Event @event, out string problem) =>
        TryFind(text, "event", id => Events.TryGet(new EventId(id), out var e) ? e : null, _ => default, e => e.Id.Value, Events.All.Select(e => e.Id.Value), out @event, out problem);

    public static bool TryDate(string text, out PartialDate date, out string problem)
    {
        problem = PartialDate.TryParse(text, out date) ? string.Empty : $"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-07";
        return problem.Length == 0;
    }

    private static bool TryFind<T>(
        string text,
        string what,
        Func<string, T?> byId,
        Func<string, System.Collections.Immutable.ImmutableArray<T>> byName,
        Func<T, string> idOf,
        System.Collections.Generic.IEnumerable<string> ids,
        out T found,
        out string problem)
        where T : class
    {
        found = byId(text)!;
        problem = string.Empty;
        if (found is not null)
        {
            return true;
        }

        var named = byName(text);
        if (!named.IsDefaultOrEmpty && named.Length == 1)
        {
            found = named[0];
            return true;
        }

        if (!named.IsDefaultOrEmpty)
        {
            problem = $"'{text}' names several {what}s: {string.Join(", ", named.Select(idOf))}; use one of these ids";
            return false;
        }

        var suggestion = SahelData.Compiler.Names.Suggestions.Closest(text.ToLowerInvariant(), ids);
        problem = $"no {what} has the id or name '{text}'" + (suggestion is null ? string.Empty : $". Did you mean '{suggestion}'?");
        return false;
    }
}
