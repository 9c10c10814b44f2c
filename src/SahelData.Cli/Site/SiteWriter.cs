using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SahelData.Model;
using SahelData.Runtime;

namespace SahelData.Cli.Site;

/// <summary>
/// Writes the static site: plain HTML pages with relative links, one stylesheet, one script, a search index as a script
/// (so that it loads from file:// too) and the network drawn as SVG. Nothing is fetched from elsewhere.
/// </summary>
internal static class SiteWriter
{
    public const string DataLicence = "CC BY 4.0";

    /// <summary>Writes every page under <paramref name="folder"/>; returns how many files it wrote.</summary>
    public static int Write(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["index.html"] = Home(),
            ["timeline.html"] = Timeline(),
            ["network.html"] = Network(),
            ["search.html"] = Search(),
            ["search-index.js"] = SearchIndex(),
            ["site.css"] = Asset("site.css"),
            ["site.js"] = Asset("site.js"),
            ["actors/index.html"] = ListPage("actors/index.html", "Actors", Actors.All.OrderBy(a => a.Name, StringComparer.Ordinal), a => (SitePaths.Of(a.Id), a.Name, Page.Words(a.Kind))),
            ["events/index.html"] = ListPage("events/index.html", "Events", Events.Timeline(new TimelineQuery()), e => (SitePaths.Of(e.Id), e.Title, e.Date.ToString())),
            ["claims/index.html"] = ListPage("claims/index.html", "Claims", Claims.All, c => (SitePaths.Of(c.Id), c.Statement, Claims.IsDisputed(c) ? "disputed" : string.Empty)),
            ["places/index.html"] = ListPage("places/index.html", "Places", Places.All.OrderBy(p => p.Name, StringComparer.Ordinal), p => (SitePaths.Of(p.Id), p.Name, Page.Words(p.Kind))),
            ["sources/index.html"] = ListPage("sources/index.html", "Sources", Sources.All, s => (SitePaths.Of(s.Id), s.Title, s.Publisher ?? string.Empty)),
        };
        foreach (var actor in Actors.All)
        {
            files[SitePaths.Of(actor.Id)] = EntryPages.Actor(actor);
        }

        foreach (var e in Events.All)
        {
            files[SitePaths.Of(e.Id)] = EntryPages.Event(e);
        }

        foreach (var claim in Claims.All)
        {
            files[SitePaths.Of(claim.Id)] = EntryPages.Claim(claim);
        }

        foreach (var place in Places.All)
        {
            files[SitePaths.Of(place.Id)] = EntryPages.Place(place);
        }

        foreach (var source in Sources.All)
        {
            files[SitePaths.Of(source.Id)] = EntryPages.Source(source);
        }

        foreach (var (path, text) in files)
        {
            var target = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text, new UTF8Encoding(false));
        }

        foreach (var (file, _, export) in Downloads)
        {
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            using var stream = File.Create(Path.Combine(folder, "data", file));
            export(stream);
        }

        return files.Count + Downloads.Length;
    }

    /// <summary>The exports, offered for download from the home page (docs/exports.md describes each).</summary>
    private static readonly (string File, string Description, Action<Stream> Export)[] Downloads =
    [
        ("sahel-events.csv", "events in ACLED's CSV layout", Exports.Exporters.Csv),
        ("sahel.json", "the whole dataset as JSON", Exports.Exporters.Json),
        ("sahel.jsonl", "one entry per line (JSON Lines)", Exports.Exporters.JsonLines),
        ("sahel.graphml", "the network for networkx, igraph or yEd (GraphML)", Exports.Network.WriteGraphMl),
        ("sahel.gexf", "the network for Gephi, with a timeline (GEXF)", Exports.Network.WriteGexf),
    ];

    /// <summary>The frame of every page: header with the site's navigation, the content, the licence.</summary>
    public static string Layout(Page page, string title, Action<Page> body, string? bodyClass = null)
    {
        var content = new Page(page.Path);
        body(content);
        var root = page.Root;
        page.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text(title).Raw(" · SahelData</title>\n")
            .Raw($"<link rel=\"stylesheet\" href=\"{root}site.css\">\n")
            .Raw($"<link rel=\"icon\" href=\"data:,\">\n")
            .Raw("</head>\n<body").Raw(bodyClass is null ? string.Empty : $" class=\"{bodyClass}\"").Raw(">\n")
            .Raw("<header class=\"site\"><nav aria-label=\"Site\"><a class=\"brand\" href=\"").Raw(root).Raw("index.html\">SahelData</a>")
            .Raw("<ul>");
        foreach (var (target, label) in new[] { ("timeline.html", "Timeline"), ("network.html", "Network"), ("actors/index.html", "Actors"), ("events/index.html", "Events"), ("claims/index.html", "Claims"), ("places/index.html", "Places"), ("sources/index.html", "Sources"), ("search.html", "Search") })
        {
            page.Raw("<li>").Link(target, label).Raw("</li>");
        }

        page.Raw("</ul></nav></header>\n<main id=\"main\">\n").Raw(content.ToString()).Raw("\n</main>\n")
            .Raw("<footer class=\"site\"><p>Data: facts and the curators' words under ").Raw("<a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>")
            .Raw(" (cite “SahelData contributors”); quotes remain their authors'. Code: MIT. Every fact links to the documents it comes from.</p></footer>\n")
            .Raw($"<script src=\"{root}site.js\"></script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string Home()
    {
        var page = new Page("index.html");
        var events = Events.Timeline(new TimelineQuery());
        var first = events.Min(e => Events.PossibleDays(e).First);
        var last = events.Max(e => Events.PossibleDays(e).Last);
        var countries = Places.All.Where(p => p.Country is not null).Select(p => p.Country!.Value).Distinct().OrderBy(c => c.Resolve().Name, StringComparer.Ordinal).ToList();
        var disputed = Claims.Disputed.Length;
        return Layout(page, "Home", p =>
        {
            p.Raw("<h1>SahelData</h1>\n<p class=\"lead\">A curated, sourced dataset of the events, actors, places and claims around the 2024 rupture between the Sahel juntas (Mali, Niger, Burkina Faso) and Ukraine after the Tinzaouaten ambush, and Russia's rise in Mali at France's expense. Every fact cites the documents it comes from; where sources disagree, every version is kept.</p>\n");
            p.Raw("<h2>Coverage</h2>\n<ul class=\"facts\">")
                .Raw("<li>Events from ").Text(first.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Raw(" to ").Text(last.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Raw(" (as precisely as the sources date them)</li>")
                .Raw("<li>Places in ");
            for (var i = 0; i < countries.Count; i++)
            {
                p.Raw(i == 0 ? string.Empty : i == countries.Count - 1 ? " and " : ", ").ActorLink(countries[i]);
            }

            p.Raw("</li>")
                .Raw($"<li>{disputed} of {Claims.Count} claims are disputed: some hold them, others reject them</li>")
                .Raw($"<li>{Sources.Count} source documents</li></ul>\n");
            p.Raw("<h2>Counts</h2>\n<table class=\"counts\"><caption>Entries per collection</caption><thead><tr><th scope=\"col\">Collection</th><th scope=\"col\">Entries</th></tr></thead><tbody>");
            foreach (var collection in Catalog.Collections)
            {
                p.Raw("<tr><td>").Link(collection.Folder + "/index.html", collection.Folder).Raw($"</td><td>{collection.Count}</td></tr>");
            }

            p.Raw($"<tr><th scope=\"row\">total</th><td>{Catalog.Collections.Sum(c => c.Count)}</td></tr></tbody></table>\n");
            p.Raw("<h2>Browse</h2>\n<ul class=\"browse\"><li>").Link("timeline.html", "The timeline").Raw(": events in date order, filtered by actor, place, kind and period.</li><li>")
                .Link("network.html", "The network").Raw(": who took part in what, and who holds or rejects which claim.</li><li>")
                .Link("search.html", "Search").Raw(" by any recorded spelling (Kiev, Goita, Wagner).</li></ul>\n");
            p.Raw("<h2>Download</h2>\n<ul class=\"browse\">");
            foreach (var (file, description, _) in Downloads)
            {
                p.Raw("<li>").Link("data/" + file, file).Raw(": ").Text(description).Raw("</li>");
            }

            p.Raw($"</ul>\n<p class=\"note\">Data under {DataLicence}: cite “SahelData contributors”.</p>\n");
        });
    }

    private static string ListPage<T>(string path, string title, IEnumerable<T> entries, Func<T, (string Target, string Label, string Note)> describe)
    {
        var page = new Page(path);
        return Layout(page, title, p =>
        {
            var list = entries.ToList();
            p.Raw("<h1>").Text(title).Raw($" <span class=\"count\">({list.Count})</span></h1>\n<ul class=\"entries\">\n");
            foreach (var entry in list)
            {
                var (target, label, note) = describe(entry);
                p.Raw("<li>").Link(target, label);
                if (note.Length > 0)
                {
                    p.Raw(note == "disputed" ? " <span class=\"badge disputed\">disputed</span>" : " <span class=\"note\">").Text(note == "disputed" ? string.Empty : note).Raw(note == "disputed" ? string.Empty : "</span>");
                }

                p.Raw("</li>\n");
            }

            p.Raw("</ul>\n");
        });
    }

    private static string Timeline() => TimelinePage.Write();

    private static string Network()
    {
        var page = new Page("network.html");
        return Layout(page, "Network", p =>
        {
            p.Raw("<h1>Network</h1>\n<p>On a wide screen, events on the left in date order, actors in the middle, claims on the right; on a narrow one, a list per actor. A grey line joins an actor to an event it took part in; a line to a claim shows the actor's stance: <span class=\"key holds\">holds it</span> (asserts, implies), <span class=\"key rejects\">rejects it</span> (denies, disputes), <span class=\"key neither\">neither</span> (reports, questions). Disputed claims are marked. Every name links to its page.</p>\n");
            p.Raw("<div class=\"network\">").Raw(NetworkSvg.Draw(p)).Raw("</div>\n");
            NetworkSvg.Lists(p);
        }, "network-page");
    }

    private static string Search()
    {
        var page = new Page("search.html");
        return Layout(page, "Search", p =>
        {
            p.Raw("<h1>Search</h1>\n<form class=\"search\" role=\"search\" onsubmit=\"return false\"><label for=\"q\">Any recorded spelling of a name, or words of a title</label> <input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"Kiev, Goita, Wagner…\"></form>\n")
                .Raw("<p id=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n<ul id=\"results\" class=\"entries\"></ul>\n")
                .Raw("<p class=\"note\">Every word must match, in any order; case, accents, apostrophes and punctuation do not matter: the same folding as the library's <code>Find</code>.</p>\n")
                .Raw("<script src=\"search-index.js\"></script>\n");
        });
    }

    /// <summary>
    /// Every entry with its names, each already folded by <see cref="NameKey.Fold"/> at generation time; the page folds
    /// the query the same way in JavaScript, so "Goita" meets "Goïta" as <c>Find</c> would.
    /// </summary>
    private static string SearchIndex()
    {
        var buffer = new MemoryStream();
        var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });
        json.WriteStartArray();
        void Add(string folder, string id, string label, string note, IEnumerable<string> names)
        {
            json.WriteStartObject();
            json.WriteString("path", SitePaths.Of(folder, id));
            json.WriteString("label", label);
            json.WriteString("note", note);
            json.WriteStartArray("keys");
            foreach (var key in names.Select(NameKey.Fold).Where(k => k.Length > 0).Distinct())
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        foreach (var a in Actors.All)
        {
            Add(Actors.Folder, a.Id.Value, a.Name, "actor · " + Page.Words(a.Kind), a.Aliases.Prepend(a.Name).Append(a.Id.Value));
        }

        foreach (var p in Places.All)
        {
            Add(Places.Folder, p.Id.Value, p.Name, "place · " + Page.Words(p.Kind), p.Aliases.Prepend(p.Name).Append(p.Id.Value));
        }

        foreach (var e in Events.All)
        {
            Add(Events.Folder, e.Id.Value, e.Title, "event · " + e.Date, [e.Title, e.Id.Value]);
        }

        foreach (var c in Claims.All)
        {
            Add(Claims.Folder, c.Id.Value, c.Statement, Claims.IsDisputed(c) ? "claim · disputed" : "claim", [c.Statement, c.Id.Value]);
        }

        foreach (var s in Sources.All)
        {
            Add(Sources.Folder, s.Id.Value, s.Title, "source", [s.Title, s.Id.Value, s.Publisher ?? string.Empty]);
        }

        // Written field by field rather than serialized, so that trimmed and NativeAOT builds need no reflection.
        json.WriteEndArray();
        json.Flush();
        return "window.SAHEL_SEARCH = " + Encoding.UTF8.GetString(buffer.ToArray()) + ";\n";
    }

    private static string Asset(string name)
    {
        using var stream = typeof(SiteWriter).Assembly.GetManifestResourceStream("SahelData.Cli.Site." + name)
            ?? throw new InvalidOperationException("The site asset " + name + " is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
