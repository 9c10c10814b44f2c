using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SahelData.Model;

namespace SahelData.Cli.Site;

/// <summary>
/// The timeline: every event in date order, grouped by year, each with its date as precise as the sources make it.
/// Filters run in the page, on attributes the library's <see cref="Events.Timeline"/> computed at generation time: the
/// places and countries an event matches, and the first and last day it may have happened on.
/// </summary>
internal static class TimelinePage
{
    public static string Write()
    {
        var page = new Page("timeline.html");
        var events = Events.Timeline(new TimelineQuery());
        var countries = Places.All.Where(p => p.Country is not null).Select(p => p.Country!.Value).Distinct().OrderBy(c => c.Resolve().Name, StringComparer.Ordinal).ToList();

        return SiteWriter.Layout(page, "Timeline", p =>
        {
            p.Raw("<h1>Timeline</h1>\n<p>Events in date order, each dated only as precisely as its sources allow: an event known to the month is shown for the whole month, never on a made-up day. Where sources disagree on the date, every version is shown. A period selects the events that <em>may</em> fall in it: those whose possible days overlap it.</p>\n");
            p.Raw("<form class=\"filters\" id=\"filters\" onsubmit=\"return false\">");
            Select(p, "actor", "Actor", Actors.All.Where(a => !Events.Involving(a.Id).IsEmpty).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Id.Value, a.Name)));
            p.Raw("<div class=\"field\"><label for=\"f-place\">Place</label><select id=\"f-place\" name=\"place\"><option value=\"\">any</option><optgroup label=\"Countries\">");
            foreach (var country in countries)
            {
                p.Raw($"<option value=\"country:{country.Value}\">").Text(country.Resolve().Name).Raw("</option>");
            }

            p.Raw("</optgroup><optgroup label=\"Places\">");
            foreach (var place in Places.All.OrderBy(x => x.Name, StringComparer.Ordinal))
            {
                p.Raw($"<option value=\"{place.Id.Value}\">").Text(place.Name).Raw("</option>");
            }

            p.Raw("</optgroup></select></div>");
            Select(p, "kind", "Kind", events.Select(e => e.Kind).Distinct().OrderBy(k => Page.Kebab(k), StringComparer.Ordinal).Select(k => (Page.Kebab(k), Page.Words(k))));
            p.Raw("<div class=\"field\"><label for=\"f-from\">From</label><input id=\"f-from\" name=\"from\" placeholder=\"YYYY[-MM[-DD]]\" pattern=\"\\d{4}(-\\d{2}(-\\d{2})?)?\" size=\"11\"></div>");
            p.Raw("<div class=\"field\"><label for=\"f-to\">To</label><input id=\"f-to\" name=\"to\" placeholder=\"YYYY[-MM[-DD]]\" pattern=\"\\d{4}(-\\d{2}(-\\d{2})?)?\" size=\"11\"></div>");
            p.Raw("<div class=\"field\"><button type=\"reset\" id=\"f-reset\">Clear</button></div></form>\n");
            p.Raw("<p id=\"timeline-status\" role=\"status\" aria-live=\"polite\">").Text(events.Length + " events").Raw("</p>\n");
            foreach (var year in events.GroupBy(e => e.Date.Year))
            {
                p.Raw($"<section class=\"year\" aria-labelledby=\"y{year.Key}\"><h2 id=\"y{year.Key}\">{year.Key}</h2>\n<ol class=\"timeline\">\n");
                foreach (var e in year)
                {
                    var (first, last) = Events.PossibleDays(e);
                    var actors = string.Join(" ", e.Participants.Select(x => x.Actor.Value).Distinct());
                    var places = string.Join(" ", PlaceTokens(e));
                    p.Raw($"<li class=\"event {Page.Kebab(e.Date.Precision)}\" data-id=\"{e.Id.Value}\" data-actors=\"{actors}\" data-places=\"{places}\" data-kind=\"{Page.Kebab(e.Kind)}\" data-first=\"{Iso(first)}\" data-last=\"{Iso(last)}\">");
                    EntryPages.DateBadge(p, e);
                    p.Raw(" <span class=\"kind\">").Text(Page.Words(e.Kind)).Raw("</span> ").EventLink(e.Id);
                    if (e.Place is { } place)
                    {
                        p.Raw(" <span class=\"where\">at ").PlaceLink(place).Raw("</span>");
                    }

                    if (!Claims.About(e.Id).IsEmpty)
                    {
                        var about = Claims.About(e.Id);
                        var disputed = about.Count(Claims.IsDisputed);
                        p.Raw($" <span class=\"note\">· {(about.Length == 1 ? "1 claim" : $"{about.Length} claims")}</span>");
                        if (disputed > 0)
                        {
                            p.Raw($" <span class=\"badge disputed\">{disputed} disputed</span>");
                        }
                    }

                    if (!e.ReportedDates.IsEmpty)
                    {
                        p.Raw("<div class=\"reported\">Sources disagree on the date: ");
                        for (var i = 0; i < e.ReportedDates.Length; i++)
                        {
                            p.Raw(i == 0 ? string.Empty : " · ").Text(e.ReportedDates[i].Date.ToString()).Cites(e.ReportedDates[i].Sources);
                        }

                        p.Raw("</div>");
                    }

                    p.Raw("<div class=\"with\">").Text(string.Join(", ", e.Participants.Select(x => $"{x.Actor.Resolve().Name} ({Page.Words(x.Role)})"))).Raw("</div>");
                    p.Raw("</li>\n");
                }

                p.Raw("</ol></section>\n");
            }
        }, "timeline-page");
    }

    /// <summary>
    /// The place filter values an event matches, by <see cref="Events.Timeline"/>'s rule: its place and every place that
    /// place lies within, and the country of each (<see cref="Places.Ancestry"/>, <see cref="Places.IsInCountry"/>).
    /// </summary>
    private static IEnumerable<string> PlaceTokens(Event e)
    {
        if (e.Place is not { } place)
        {
            return [];
        }

        var ancestry = Places.Ancestry(place);
        return ancestry.Select(p => p.Id.Value)
            .Concat(ancestry.Where(p => p.Country is not null).Select(p => "country:" + p.Country!.Value.Value))
            .Distinct();
    }

    private static void Select(Page p, string name, string label, IEnumerable<(string Value, string Text)> options)
    {
        p.Raw($"<div class=\"field\"><label for=\"f-{name}\">{label}</label><select id=\"f-{name}\" name=\"{name}\"><option value=\"\">any</option>");
        foreach (var (value, text) in options)
        {
            p.Raw($"<option value=\"{Page.Encode(value)}\">").Text(text).Raw("</option>");
        }

        p.Raw("</select></div>");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
