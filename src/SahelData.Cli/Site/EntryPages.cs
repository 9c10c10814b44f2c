using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SahelData.Model;

namespace SahelData.Cli.Site;

/// <summary>The page of each actor, event, claim, place and source: every fact with its sources, disputes shown as such.</summary>
internal static class EntryPages
{
    public static string Actor(Actor actor)
    {
        var page = new Page(SitePaths.Of(actor.Id));
        return SiteWriter.Layout(page, actor.Name, p =>
        {
            p.Raw("<h1>").Text(actor.Name).Raw("</h1>\n<p class=\"kind\">").Text(Page.Words(actor.Kind)).Raw("</p>\n");
            Description(p, actor.Description);
            p.Raw("<dl class=\"facts\">");
            if (!actor.Aliases.IsEmpty)
            {
                p.Raw("<dt>Also written</dt><dd>").Text(string.Join(", ", actor.Aliases)).Raw("</dd>");
            }

            if (actor.Country is { } country)
            {
                p.Raw("<dt>State</dt><dd>").ActorLink(country).Raw("</dd>");
            }

            if (actor.PartOf is { } partOf)
            {
                p.Raw("<dt>Part of</dt><dd>").ActorLink(partOf).Raw("</dd>");
            }

            if (actor.SuccessorOf is { } predecessor)
            {
                p.Raw("<dt>Successor of</dt><dd>").ActorLink(predecessor).Raw("</dd>");
            }

            var members = Actors.Members(actor.Id);
            if (!members.IsEmpty)
            {
                p.Raw("<dt>Members</dt><dd>");
                Join(p, members, m => p.ActorLink(m.Id));
                p.Raw("</dd>");
            }

            p.Raw("<dt>Named in</dt><dd>").Cites(actor.Sources).Raw("</dd></dl>\n");

            if (!actor.Roles.IsEmpty)
            {
                p.Raw("<h2>Roles</h2>\n<ul class=\"facts\">");
                foreach (var role in actor.Roles)
                {
                    p.Raw("<li>").Text(role.Title);
                    if (role.Organization is { } organization)
                    {
                        p.Raw(", ").ActorLink(organization);
                    }

                    if (role.From is not null || role.To is not null)
                    {
                        p.Raw(" <span class=\"date\">(").Text(role.From?.ToString() ?? "…").Raw(" – ").Text(role.To?.ToString() ?? "…").Raw(")</span>");
                    }

                    p.Cites(role.Sources);
                    Note(p, role.Note);
                    p.Raw("</li>");
                }

                p.Raw("</ul>\n");
            }

            var withRoles = Actors.WithRoleIn(actor.Id);
            if (!withRoles.IsEmpty)
            {
                p.Raw("<h2>People with a role here</h2>\n<ul class=\"facts\">");
                foreach (var person in withRoles)
                {
                    p.Raw("<li>").ActorLink(person.Id).Raw(": ").Text(string.Join("; ", person.Roles.Where(r => r.Organization == actor.Id).Select(r => r.Title))).Raw("</li>");
                }

                p.Raw("</ul>\n");
            }

            var events = Events.Timeline(new TimelineQuery { Actor = actor.Id });
            if (!events.IsEmpty)
            {
                p.Raw($"<h2>Events taken part in ({events.Length})</h2>\n<p>").Link("timeline.html?actor=" + actor.Id.Value, "See them on the timeline").Raw("</p>\n<ul class=\"events\">");
                foreach (var e in events)
                {
                    p.Raw("<li>");
                    DateBadge(p, e);
                    p.Raw(" ").EventLink(e.Id).Raw(" <span class=\"role\">").Text(string.Join(", ", e.Participants.Where(x => x.Actor == actor.Id).Select(x => Page.Words(x.Role)))).Raw("</span></li>");
                }

                p.Raw("</ul>\n");
            }

            var held = Claims.HeldBy(actor.Id);
            if (!held.IsEmpty)
            {
                p.Raw("<h2>Positions on claims</h2>\n<ul class=\"positions\">");
                foreach (var claim in held)
                {
                    foreach (var position in claim.Positions.Where(x => x.Actor == actor.Id))
                    {
                        p.Raw("<li>");
                        StanceBadge(p, position.Stance);
                        p.Raw(" ").ClaimLink(claim.Id);
                        if (Claims.IsDisputed(claim))
                        {
                            p.Raw(" <span class=\"badge disputed\">disputed</span>");
                        }

                        PositionDetails(p, position);
                        p.Raw("</li>");
                    }
                }

                p.Raw("</ul>\n");
            }

            ClaimList(p, "Claims concerning this actor", Claims.Concerning(actor.Id));
        });
    }

    public static string Event(Event e)
    {
        var page = new Page(SitePaths.Of(e.Id));
        return SiteWriter.Layout(page, e.Title, p =>
        {
            p.Raw("<h1>").Text(e.Title).Raw("</h1>\n<p class=\"kind\">").Text(Page.Words(e.Kind)).Raw("</p>\n");
            Description(p, e.Description);
            p.Raw("<dl class=\"facts\"><dt>Date</dt><dd>");
            DateBadge(p, e);
            p.Raw("</dd>");
            if (!e.ReportedDates.IsEmpty)
            {
                p.Raw("<dt>Dates reported</dt><dd class=\"disputed-dates\"><span class=\"badge disputed\">sources disagree</span><ul>");
                foreach (var reported in e.ReportedDates)
                {
                    p.Raw("<li>").Text(Page.DateWords(reported.Date)).Cites(reported.Sources).Raw("</li>");
                }

                p.Raw("</ul></dd>");
            }

            if (e.Place is { } place)
            {
                p.Raw("<dt>Place</dt><dd>").PlaceLink(place);
                if (place.Resolve().Country is { } country)
                {
                    p.Raw(", ").ActorLink(country);
                }

                p.Raw("</dd>");
            }

            if (e.PartOf is { } whole)
            {
                p.Raw("<dt>Part of</dt><dd>").EventLink(whole).Raw("</dd>");
            }

            p.Raw("<dt>Reported in</dt><dd>").Cites(e.Sources).Raw("</dd></dl>\n");

            if (!e.Participants.IsEmpty)
            {
                p.Raw("<h2>Participants</h2>\n<table class=\"participants\"><thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Role</th></tr></thead><tbody>");
                foreach (var participant in e.Participants)
                {
                    p.Raw("<tr><td>").ActorLink(participant.Actor).Raw("</td><td>").Text(Page.Words(participant.Role)).Raw("</td></tr>");
                }

                p.Raw("</tbody></table>\n");
            }

            if (!e.Fatalities.IsEmpty || !e.Figures.IsEmpty)
            {
                p.Raw("<h2>Figures</h2>\n<ul class=\"figures\">");
                foreach (var figure in e.Fatalities)
                {
                    p.Raw("<li><strong>").Text(Qualified(figure.Qualifier, figure.Count.ToString(CultureInfo.InvariantCulture))).Raw("</strong> dead");
                    if (figure.Actor is { } whose)
                    {
                        p.Raw(" of ").ActorLink(whose);
                    }

                    p.Cites(figure.Sources).Raw("</li>");
                }

                foreach (var figure in e.Figures)
                {
                    p.Raw("<li><strong>").Text(Qualified(figure.Qualifier, figure.Value.ToString(CultureInfo.InvariantCulture))).Raw("</strong> ").Text(figure.Measure);
                    if (figure.Actor is { } whose)
                    {
                        p.Raw(" (").ActorLink(whose).Raw(")");
                    }

                    p.Cites(figure.Sources).Raw("</li>");
                }

                p.Raw("</ul>\n");
                if (e.Fatalities.Length > 1)
                {
                    p.Raw("<p class=\"note\">Figures are listed as each source gives them and never added up.</p>\n");
                }
            }

            CausalList(p, "What led to it", Events.CausesOf(e.Id));
            CausalList(p, "What it led to", Events.ConsequencesOf(e.Id));
            var parts = Events.PartsOf(e.Id);
            if (!parts.IsEmpty)
            {
                p.Raw("<h2>Parts</h2>\n<ul class=\"events\">");
                foreach (var part in parts)
                {
                    p.Raw("<li>").EventLink(part.Id).Raw("</li>");
                }

                p.Raw("</ul>\n");
            }

            ClaimList(p, "Claims about it", Claims.About(e.Id));
            Notes(p, e.Notes);
        });
    }

    public static string Claim(Claim claim)
    {
        var page = new Page(SitePaths.Of(claim.Id));
        var disputed = Claims.IsDisputed(claim);
        return SiteWriter.Layout(page, claim.Statement, p =>
        {
            p.Raw("<h1>").Text(claim.Statement).Raw("</h1>\n");
            p.Raw(disputed ? "<p><span class=\"badge disputed\">disputed</span> Some hold this claim and others reject it.</p>\n" : "<p class=\"kind\">claim</p>\n");
            if (!claim.About.IsEmpty || !claim.Concerns.IsEmpty)
            {
                p.Raw("<dl class=\"facts\">");
                if (!claim.About.IsEmpty)
                {
                    p.Raw("<dt>About</dt><dd>");
                    Join(p, claim.About, id => p.EventLink(id));
                    p.Raw("</dd>");
                }

                if (!claim.Concerns.IsEmpty)
                {
                    p.Raw("<dt>Concerns</dt><dd>");
                    Join(p, claim.Concerns, id => p.ActorLink(id));
                    p.Raw("</dd>");
                }

                p.Raw("</dl>\n");
            }

            p.Raw("<h2>Positions</h2>\n<div class=\"stances\">");
            foreach (var group in claim.Positions.GroupBy(x => x.Stance).OrderBy(g => g.Key))
            {
                var side = Page.Kebab(group.Key.Side());
                p.Raw($"<section class=\"stance {side}\" data-stance=\"{Page.Kebab(group.Key)}\" aria-labelledby=\"stance-{Page.Kebab(group.Key)}\"><h3 id=\"stance-{Page.Kebab(group.Key)}\">")
                    .Text(Capitalized(Page.Words(group.Key))).Raw($" <span class=\"count\">({group.Count()})</span></h3><ul>");
                foreach (var position in group.OrderBy(x => x.Date ?? default))
                {
                    p.Raw("<li class=\"position\"><span class=\"holder\">");
                    if (position.Actor is { } holder)
                    {
                        p.ActorLink(holder);
                    }
                    else
                    {
                        // Held by the cited source itself: name it, not only its bracketed id below.
                        var source = position.Sources[0];
                        p.Link(SitePaths.Of(source), source.Resolve().Title, "source").Raw(" <span class=\"note\">(the source itself)</span>");
                    }

                    p.Raw("</span>");
                    PositionDetails(p, position);
                    p.Raw("</li>");
                }

                p.Raw("</ul></section>");
            }

            p.Raw("</div>\n");
            Notes(p, claim.Notes);
        });
    }

    public static string Place(Place place)
    {
        var page = new Page(SitePaths.Of(place.Id));
        return SiteWriter.Layout(page, place.Name, p =>
        {
            p.Raw("<h1>").Text(place.Name).Raw("</h1>\n<p class=\"kind\">").Text(Page.Words(place.Kind)).Raw("</p>\n");
            Description(p, place.Description);
            p.Raw("<dl class=\"facts\">");
            if (!place.Aliases.IsEmpty)
            {
                p.Raw("<dt>Also written</dt><dd>").Text(string.Join(", ", place.Aliases)).Raw("</dd>");
            }

            if (place.Country is { } country)
            {
                p.Raw("<dt>State</dt><dd>").ActorLink(country).Raw("</dd>");
            }

            if (place.Within is { } within)
            {
                p.Raw("<dt>Within</dt><dd>").PlaceLink(within).Raw("</dd>");
            }

            var inner = Places.ByWithin(place.Id);
            if (!inner.IsEmpty)
            {
                p.Raw("<dt>Places within</dt><dd>");
                Join(p, inner, x => p.PlaceLink(x.Id));
                p.Raw("</dd>");
            }

            if (place.Latitude is { } latitude && place.Longitude is { } longitude)
            {
                p.Raw("<dt>Coordinates</dt><dd>").Text(FormattableString.Invariant($"{latitude:0.###}, {longitude:0.###}")).Raw("</dd>");
            }

            p.Raw("<dt>Named in</dt><dd>").Cites(place.Sources).Raw("</dd></dl>\n");
            var events = Events.Timeline(new TimelineQuery { Place = place.Id });
            if (!events.IsEmpty)
            {
                p.Raw($"<h2>Events here ({events.Length})</h2>\n<ul class=\"events\">");
                foreach (var e in events)
                {
                    p.Raw("<li>");
                    DateBadge(p, e);
                    p.Raw(" ").EventLink(e.Id).Raw("</li>");
                }

                p.Raw("</ul>\n");
            }
        });
    }

    public static string Source(Source source)
    {
        var page = new Page(SitePaths.Of(source.Id));
        return SiteWriter.Layout(page, source.Title, p =>
        {
            p.Raw("<h1>").Text(source.Title).Raw("</h1>\n<p class=\"kind\">").Text(Page.Words(source.Kind)).Raw("</p>\n");
            Description(p, source.Description);
            p.Raw("<dl class=\"facts\">");
            if (source.Publisher is { } publisher)
            {
                p.Raw("<dt>Publisher</dt><dd>").Text(publisher).Raw("</dd>");
            }

            if (source.Published is { } published)
            {
                p.Raw("<dt>Published</dt><dd>").Text(Page.DateWords(published)).Raw("</dd>");
            }

            if (source.Language is { } language)
            {
                p.Raw("<dt>Language</dt><dd>").Text(language).Raw("</dd>");
            }

            foreach (var (label, address) in new[] { ("Original", source.Url), ("Archived copy", source.ArchivedUrl) })
            {
                // Only web addresses become links; anything else is shown as written.
                if (address is null)
                {
                    continue;
                }

                p.Raw("<dt>").Text(label).Raw("</dt><dd>");
                if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    p.Raw("<a href=\"").Text(uri.AbsoluteUri).Raw("\" rel=\"external\">").Text(address).Raw("</a>");
                }
                else
                {
                    p.Text(address);
                }

                p.Raw("</dd>");
            }

            p.Raw("<dt>Document</dt><dd><code>").Text(source.Document).Raw("</code></dd></dl>\n");
            var citing = Sources.ReferencesTo(source.Id);
            p.Raw($"<h2>What cites it ({citing.Select(r => (r.Collection, r.Id)).Distinct().Count()} entries)</h2>\n");
            foreach (var group in citing.GroupBy(r => r.Collection))
            {
                var collection = Catalog.ByFolder(group.Key);
                p.Raw("<h3>").Text(group.Key).Raw("</h3>\n<ul class=\"entries\">");
                foreach (var entry in group.GroupBy(r => r.Id))
                {
                    var found = collection.Get(entry.Key);
                    p.Raw("<li>").Link(SitePaths.Of(group.Key, entry.Key), found is null ? entry.Key : collection.TitleOf(found))
                        .Raw(" <span class=\"note\">").Text(string.Join(", ", entry.Select(r => r.Key).Distinct())).Raw("</span></li>");
                }

                p.Raw("</ul>\n");
            }
        });
    }

    /// <summary>An event's date as precise as known, with its precision written out; a span of days shows both ends.</summary>
    public static void DateBadge(Page p, Event e)
    {
        var precision = Page.Kebab(e.Date.Precision);
        p.Raw($"<span class=\"date {precision}\" title=\"known to the {precision}\">").Text(e.EndDate is { } end ? $"{e.Date} – {end}" : e.Date.ToString());
        if (e.Date.Precision != DatePrecision.Day)
        {
            p.Raw($" <span class=\"precision\">{(e.Date.Precision == DatePrecision.Month ? "day unknown" : "month unknown")}</span>");
        }

        p.Raw("</span>");
        if (!e.ReportedDates.IsEmpty)
        {
            p.Raw(" <span class=\"badge disputed dates-disputed\" title=\"").Text(string.Join("; ", e.ReportedDates.Select(r => $"{r.Date} ({string.Join(", ", r.Sources)})"))).Raw("\">dates disputed</span>");
        }
    }

    private static void StanceBadge(Page p, Stance stance) =>
        p.Raw($"<span class=\"stance-badge {Page.Kebab(stance.Side())}\">").Text(Page.Words(stance)).Raw("</span>");

    /// <summary>A heading's first letter upper-cased, the rest as written: "Declines to confirm".</summary>
    private static string Capitalized(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);

    private static void PositionDetails(Page p, Position position)
    {
        if (position.Date is { } date)
        {
            p.Raw(" <span class=\"date\">").Text(Page.DateWords(date)).Raw("</span>");
        }

        if (position.Quote is { } quote)
        {
            p.Raw(" <q>").Text(quote).Raw("</q>");
        }

        if (position.DescribedAs is { } described)
        {
            p.Raw(" <span class=\"described\">described by the source as ").Text(Page.Kebab(described)).Raw("</span>");
        }

        p.Cites(position.Sources);
        Note(p, position.Note);
    }

    private static void CausalList(Page p, string title, System.Collections.Immutable.ImmutableArray<CausalStep> steps)
    {
        if (steps.IsEmpty)
        {
            return;
        }

        p.Raw("<h2>").Text(title).Raw("</h2>\n<ul class=\"events\">");
        foreach (var step in steps)
        {
            p.Raw("<li>");
            DateBadge(p, step.Event);
            p.Raw(" ").EventLink(step.Event.Id);
            if (step.Distance > 1)
            {
                p.Raw($" <span class=\"note\">({step.Distance} links away)</span>");
            }

            p.Raw("</li>");
        }

        p.Raw("</ul>\n");
    }

    private static void ClaimList(Page p, string title, IEnumerable<Claim> claims)
    {
        var list = claims.ToList();
        if (list.Count == 0)
        {
            return;
        }

        p.Raw("<h2>").Text(title).Raw("</h2>\n<ul class=\"claims\">");
        foreach (var claim in list)
        {
            p.Raw("<li>").ClaimLink(claim.Id);
            if (Claims.IsDisputed(claim))
            {
                p.Raw(" <span class=\"badge disputed\">disputed</span>");
            }

            p.Raw("</li>");
        }

        p.Raw("</ul>\n");
    }

    private static string Qualified(Qualifier qualifier, string number) => qualifier switch
    {
        Qualifier.AtLeast => "at least " + number,
        Qualifier.About => "about " + number,
        Qualifier.MoreThan => "more than " + number,
        _ => number,
    };

    private static void Description(Page p, string? description)
    {
        if (description is not null)
        {
            p.Raw("<p class=\"description\">").Text(description).Raw("</p>\n");
        }
    }

    private static void Note(Page p, string? note)
    {
        if (note is not null)
        {
            p.Raw(" <span class=\"curator-note\">Note: ").Text(note).Raw("</span>");
        }
    }

    private static void Notes(Page p, System.Collections.Immutable.ImmutableArray<string> notes)
    {
        if (notes.IsEmpty)
        {
            return;
        }

        p.Raw("<h2>Curators' notes</h2>\n<ul class=\"notes\">");
        foreach (var note in notes)
        {
            p.Raw("<li>").Text(note).Raw("</li>");
        }

        p.Raw("</ul>\n");
    }

    private static void Join<T>(Page p, IEnumerable<T> items, Action<T> write)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                p.Raw(", ");
            }

            write(item);
            first = false;
        }
    }
}
