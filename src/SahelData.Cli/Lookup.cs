using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SahelData.Model;

namespace SahelData.Cli;

/// <summary>Turns what a user types (an id, a name, an alias, a date) into data, or into a message that helps.</summary>
internal static class Lookup
{
    public static bool TryActor(string text, out Actor actor, out string problem) =>
        TryFind(text, Actors.Folder, id => Actors.TryGet(new ActorId(id), out var a) ? a : null, Actors.FindAll, a => a.Id.Value, Actors.All.Select(a => a.Id.Value), out actor, out problem);

    public static bool TryPlace(string text, out Place place, out string problem) =>
        TryFind(text, Places.Folder, id => Places.TryGet(new PlaceId(id), out var p) ? p : null, Places.FindAll, p => p.Id.Value, Places.All.Select(p => p.Id.Value), out place, out problem);

    public static bool TryEvent(string text, out Event @event, out string problem) =>
        TryFind(text, Events.Folder, id => Events.TryGet(new EventId(id), out var e) ? e : null, _ => ImmutableArray<Event>.Empty, e => e.Id.Value, Events.All.Select(e => e.Id.Value), out @event, out problem);

    /// <summary>
    /// A place, or a state standing for every place in it: "Kidal" is a place, "Mali" (a state, not a place) selects the
    /// places that lie in Mali. A place wins when a text names both.
    /// </summary>
    public static bool TryPlaceOrCountry(string text, out TimelineQuery filter, out string problem)
    {
        filter = new TimelineQuery();
        if (TryPlace(text, out var place, out problem))
        {
            filter = new TimelineQuery { Place = place.Id };
            return true;
        }

        var placeProblem = problem;
        if (!IsEmpty(text) && TryActor(text, out var actor, out _) && actor.Kind == ActorKind.State)
        {
            filter = new TimelineQuery { Country = actor.Id };
            problem = string.Empty;
            return true;
        }

        problem = placeProblem;
        return false;
    }

    public static bool TryDate(string text, out PartialDate date, out string problem)
    {
        problem = PartialDate.TryParse(text.Trim(), out date) ? string.Empty : $"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-07";
        return problem.Length == 0;
    }

    /// <summary>Whether the text holds nothing to look up.</summary>
    public static bool IsEmpty(string text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Splits <c>actors/mali</c>, the form the tool prints, into the folder and the id; null when there is no known folder.</summary>
    public static (string Folder, string Id)? SplitCollection(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var folder = text[..slash].Trim();
        return Catalog.Collections.Any(c => string.Equals(c.Folder, folder, StringComparison.OrdinalIgnoreCase))
            ? (folder.ToLowerInvariant(), text[(slash + 1)..].Trim())
            : null;
    }

    private static bool TryFind<T>(
        string text,
        string folder,
        Func<string, T?> byId,
        Func<string, ImmutableArray<T>> byName,
        Func<T, string> idOf,
        IEnumerable<string> ids,
        out T found,
        out string problem)
        where T : class
    {
        var what = folder.TrimEnd('s');
        found = null!;
        if (SplitCollection(text) is { } split)
        {
            if (split.Folder != folder)
            {
                problem = $"'{text}' is in {split.Folder}/, but {folder}/ is expected here";
                return false;
            }

            text = split.Id;
        }

        if (IsEmpty(text))
        {
            problem = $"the {what} is empty; give its id or one of its names";
            return false;
        }

        text = text.Trim();
        found = byId(text.ToLowerInvariant())!;
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
