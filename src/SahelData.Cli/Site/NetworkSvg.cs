using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SahelData.Model;

namespace SahelData.Cli.Site;

/// <summary>
/// The network drawn once, at generation time, as SVG: events in date order on the left, actors in the middle, claims
/// on the right. Actors sit near the events they took part in and claims near their holders (one barycentre pass
/// each), which keeps most lines short; every label links to its page.
/// </summary>
internal static class NetworkSvg
{
    private const double Row = 17;
    private const double Top = 40;
    private const double EventX = 470;
    private const double ActorLeft = 570;
    private const double ActorWidth = 200;
    private const double ClaimX = 870;
    private const double Width = 1370;
    private const int LabelLength = 76;

    public static string Draw(Page page)
    {
        var events = Events.Timeline(new TimelineQuery()).ToList();
        var claims = Claims.All.ToList();
        var eventRank = events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => (double)x.i / Math.Max(1, events.Count - 1));
        var claimSeed = claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => (double)x.i / Math.Max(1, claims.Count - 1));
        var actors = Actors.All
            .Select(a => (Actor: a, Events: Events.Involving(a.Id).Select(e => eventRank[e.Id]).ToList(), Claims: Claims.HeldBy(a.Id).Select(c => claimSeed[c.Id]).ToList()))
            .Where(a => a.Events.Count > 0 || a.Claims.Count > 0)
            .OrderBy(a => a.Events.Count > 0 ? a.Events.Average() : a.Claims.Average())
            .ThenBy(a => a.Actor.Id)
            .Select(a => a.Actor)
            .ToList();
        var actorRank = actors.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => (double)x.i / Math.Max(1, actors.Count - 1));
        claims = claims
            .OrderBy(c => c.Positions.Where(p => p.Actor is not null).Select(p => actorRank[p.Actor!.Value]).DefaultIfEmpty(claimSeed[c.Id]).Average())
            .ThenBy(c => c.Id)
            .ToList();

        var height = Top + (Math.Max(events.Count, Math.Max(actors.Count, claims.Count)) * Row) + 20;
        double Y(int index, int count) => Top + ((index + 0.5) * (height - Top - 20) / count);
        var eventY = events.Select((e, i) => (e.Id, Y(i, events.Count))).ToDictionary(x => x.Id, x => x.Item2);
        var actorY = actors.Select((a, i) => (a.Id, Y(i, actors.Count))).ToDictionary(x => x.Id, x => x.Item2);
        var claimY = claims.Select((c, i) => (c.Id, Y(i, claims.Count))).ToDictionary(x => x.Id, x => x.Item2);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height:0}\" aria-labelledby=\"network-title\" aria-describedby=\"network-desc\">"));
        svg.Append("<title id=\"network-title\">Network of actors, events and claims</title>");
        svg.Append(Invariant($"<desc id=\"network-desc\">{events.Count} events, {actors.Count} actors and {claims.Count} claims; lines join actors to the events they took part in and to the claims they take a stance on.</desc>"));
        svg.Append(Invariant($"<text class=\"column\" x=\"{EventX}\" y=\"20\" text-anchor=\"end\">Events, in date order</text>"));
        svg.Append(Invariant($"<text class=\"column\" x=\"{ActorLeft + (ActorWidth / 2)}\" y=\"20\" text-anchor=\"middle\">Actors</text>"));
        svg.Append(Invariant($"<text class=\"column\" x=\"{ClaimX}\" y=\"20\">Claims</text>"));

        svg.Append("<g class=\"edges\">");
        foreach (var e in events)
        {
            foreach (var participant in e.Participants.DistinctBy(p => p.Actor))
            {
                Curve(svg, EventX + 6, eventY[e.Id], ActorLeft, actorY[participant.Actor], "edge participates", "event:" + e.Id, "actor:" + participant.Actor, string.Join(", ", e.Participants.Where(p => p.Actor == participant.Actor).Select(p => Page.Words(p.Role))));
            }
        }

        foreach (var claim in claims)
        {
            foreach (var position in claim.Positions.Where(p => p.Actor is not null).DistinctBy(p => (p.Actor, p.Stance)))
            {
                Curve(svg, ActorLeft + ActorWidth, actorY[position.Actor!.Value], ClaimX - 6, claimY[claim.Id], "edge " + Page.Kebab(position.Stance.Side()), "actor:" + position.Actor, "claim:" + claim.Id, Page.Kebab(position.Stance));
            }
        }

        svg.Append("</g><g class=\"nodes\">");
        foreach (var e in events)
        {
            var y = eventY[e.Id];
            svg.Append(Invariant($"<g class=\"node event\" data-node=\"event:{e.Id.Value}\"><circle cx=\"{EventX}\" cy=\"{y:0.#}\" r=\"4\"/>"));
            Label(svg, page, SitePaths.Of(e.Id), $"{e.Date} {e.Title}", EventX - 9, y, "end");
            svg.Append("</g>");
        }

        foreach (var actor in actors)
        {
            var y = actorY[actor.Id];
            svg.Append(Invariant($"<g class=\"node actor\" data-node=\"actor:{actor.Id.Value}\"><rect x=\"{ActorLeft}\" y=\"{y - 7.5:0.#}\" width=\"{ActorWidth}\" height=\"15\" rx=\"4\"/>"));
            Label(svg, page, SitePaths.Of(actor.Id), actor.Name, ActorLeft + (ActorWidth / 2), y, "middle", 32);
            svg.Append("</g>");
        }

        foreach (var claim in claims)
        {
            var y = claimY[claim.Id];
            var disputed = Claims.IsDisputed(claim);
            svg.Append(Invariant($"<g class=\"node claim{(disputed ? " disputed" : string.Empty)}\" data-node=\"claim:{claim.Id.Value}\"><path d=\"M{ClaimX} {y - 5:0.#} l5 5 l-5 5 l-5 -5 z\"/>"));
            Label(svg, page, SitePaths.Of(claim.Id), (disputed ? "⚑ disputed: " : string.Empty) + claim.Statement, ClaimX + 9, y, "start");
            svg.Append("</g>");
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The same network for a narrow screen, where three columns of lines cannot be read: each actor the drawing shows,
    /// most linked first, as a disclosure listing the events it took part in (with its role) and the claims it takes a
    /// stance on (with the stance in words).
    /// </summary>
    public static void Lists(Page p)
    {
        var actors = Actors.All
            .Select(a => (Actor: a, Events: Events.Involving(a.Id), Claims: Claims.HeldBy(a.Id)))
            .Where(a => !a.Events.IsEmpty || !a.Claims.IsEmpty)
            .OrderByDescending(a => a.Events.Length + a.Claims.Length)
            .ThenBy(a => a.Actor.Id);
        p.Raw("<div class=\"network-lists\">\n<p>Each actor with the events it took part in and the claims it takes a stance on, most linked first.</p>\n");
        foreach (var (actor, events, claims) in actors)
        {
            p.Raw("<details><summary>").Text(actor.Name).Raw($" <span class=\"count\">({events.Length} events, {claims.Length} claims)</span></summary>\n<p>").ActorLink(actor.Id).Raw("</p><ul>");
            foreach (var e in events)
            {
                p.Raw("<li>").EventLink(e.Id).Raw(" <span class=\"role\">").Text(string.Join(", ", e.Participants.Where(x => x.Actor == actor.Id).Select(x => Page.Words(x.Role)))).Raw("</span></li>");
            }

            foreach (var claim in claims)
            {
                foreach (var stance in claim.Positions.Where(x => x.Actor == actor.Id).Select(x => x.Stance).Distinct())
                {
                    p.Raw($"<li><span class=\"key {Page.Kebab(stance.Side())}\">").Text(Page.Words(stance)).Raw("</span> ").Link(SitePaths.Of(claim.Id), claim.Statement).Raw("</li>");
                }
            }

            p.Raw("</ul></details>\n");
        }

        p.Raw("</div>\n");
    }

    private static void Curve(StringBuilder svg, double x1, double y1, double x2, double y2, string cssClass, string from, string to, string label)
    {
        var middle = (x1 + x2) / 2;
        svg.Append(Invariant($"<path class=\"{cssClass}\" data-from=\"{from}\" data-to=\"{to}\" d=\"M{x1:0.#} {y1:0.#} C{middle:0.#} {y1:0.#} {middle:0.#} {y2:0.#} {x2:0.#} {y2:0.#}\"><title>"))
            .Append(Page.Encode(label)).Append("</title></path>");
    }

    private static void Label(StringBuilder svg, Page page, string target, string text, double x, double y, string anchor, int length = LabelLength)
    {
        var shown = text.Length > length ? text[..(length - 1)].TrimEnd() + "…" : text;
        svg.Append(Invariant($"<a href=\"{Page.Encode(page.Root + target)}\"><text x=\"{x:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"{anchor}\">"))
            .Append(Page.Encode(shown));
        if (shown != text)
        {
            svg.Append("<title>").Append(Page.Encode(text)).Append("</title>");
        }

        svg.Append("</text></a>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
