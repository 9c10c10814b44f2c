using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SahelData.Model;
using SahelData.Runtime;
using Xunit;

namespace SahelData.Site.Tests;

/// <summary>The static site in a real browser (Debian's chromium through Playwright), opened from the file system.</summary>
public sealed class SiteTests : IClassFixture<SiteFixture>
{
    private readonly SiteFixture site;
    private readonly ITestOutputHelper log;

    public SiteTests(SiteFixture site, ITestOutputHelper log)
    {
        this.site = site;
        this.log = log;
    }

    [Fact]
    public async Task Every_page_loads_without_errors_or_requests_elsewhere_and_every_internal_link_resolves()
    {
        var pages = Directory.GetFiles(site.SiteFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5 + Actors.Count + Events.Count + Claims.Count + Places.Count + Sources.Count + 4, pages.Count);
        var broken = new List<string>();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        await using var watched = await site.OpenAsync();
        foreach (var file in pages)
        {
            var response = await watched.Page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            var hrefs = await watched.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href], link[href], script[src]')).map(e => e.getAttribute('href') ?? e.getAttribute('src'))");
            foreach (var href in hrefs)
            {
                if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = new Uri(new Uri(file), href.Split('?', '#')[0]).LocalPath;
                linked.Add(Path.GetFullPath(target));
                if (!File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(site.SiteFolder, file)} → {href}");
                }
            }
        }

        Assert.Empty(watched.Problems);
        Assert.Empty(broken);
        Assert.All(pages.Where(p => !p.EndsWith("index.html", StringComparison.Ordinal) || Path.GetDirectoryName(p) != site.SiteFolder), p => Assert.Contains(Path.GetFullPath(p), linked));
    }

    [Theory]
    [InlineData("Kiev", "actors/ukraine.html")]
    [InlineData("Goita", "actors/assimi-goita.html")]
    [InlineData("GOÏTA", "actors/assimi-goita.html")]
    [InlineData("wagner", "actors/wagner-group.html")]
    public async Task Search_finds_an_entry_by_any_recorded_spelling(string query, string expected)
    {
        Assert.True(File.Exists(Path.Combine(site.SiteFolder, expected)), expected + " exists in the data");
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Url("search.html"));
        await watched.Page.FillAsync("#q", query);
        var found = await watched.Page.Locator("#results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(expected, found);
        var expectedEntry = Actors.Find(query);
        Assert.NotNull(expectedEntry);
        Assert.Equal("actors/" + expectedEntry!.Id + ".html", found[0]);
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task The_page_folds_names_exactly_as_the_library_does()
    {
        var names = Actors.All.SelectMany(a => a.Aliases.Prepend(a.Name))
            .Concat(Places.All.SelectMany(p => p.Aliases.Prepend(p.Name)))
            .Concat(["Kiev", "Goita", "Bah N’Daw", "  --Al-Qaïda--  ", "ÉCOWAS", "Ǆemal ﬁnance", "Straße", "İstanbul", "x\u200By", "a\uD800b", "Tin-Zaouatène", "ＭＡＬＩ", "١٢٣", "Ukraine's", ""])
            .Distinct()
            .ToArray();
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Url("search.html"));
        var folded = await watched.Page.EvaluateAsync<string[]>("names => names.map(window.sahelFold)", names);
        var differences = names.Zip(folded).Where(x => NameKey.Fold(x.First) != x.Second).Select(x => $"{x.First}: library '{NameKey.Fold(x.First)}', page '{x.Second}'").ToList();
        Assert.Empty(differences);
        Assert.Equal(NameKey.Fold("Goïta"), folded[Array.IndexOf(names, "Goita")]);
    }

    [Fact]
    public async Task Timeline_filters_show_exactly_what_the_tool_lists()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Url("timeline.html"));
        var actors = new[] { "niger", "wagner-group", "mali", "ukraine", "russia" }.Where(id => Actors.TryGet(new ActorId(id), out _));
        foreach (var actor in actors)
        {
            await watched.Page.SelectOptionAsync("#f-actor", actor);
            Assert.Equal(ToolIds("timeline", "--actor", actor), await VisibleEvents(watched.Page));
        }

        await watched.Page.SelectOptionAsync("#f-actor", string.Empty);
        await watched.Page.SelectOptionAsync("#f-place", "country:mali");
        Assert.Equal(ToolIds("timeline", "--place", "Mali"), await VisibleEvents(watched.Page));

        await watched.Page.SelectOptionAsync("#f-place", string.Empty);
        await watched.Page.FillAsync("#f-from", "2024-07-27");
        await watched.Page.FillAsync("#f-to", "2024-08");
        Assert.Equal(ToolIds("timeline", "--from", "2024-07-27", "--to", "2024-08"), await VisibleEvents(watched.Page));

        await watched.Page.FillAsync("#f-from", "2024-09");
        Assert.Contains("swap", await watched.Page.InnerTextAsync("#timeline-status"));
        Assert.Empty(await VisibleEvents(watched.Page));
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task Timeline_shows_date_precision_and_date_disagreements()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Url("timeline.html"));
        foreach (var e in Events.All)
        {
            var item = watched.Page.Locator($"li.event[data-id='{e.Id}']");
            var text = await item.InnerTextAsync();
            Assert.Contains(e.Date.ToString(), text);
            Assert.Equal(e.Date.Precision != DatePrecision.Day, text.Contains("unknown", StringComparison.Ordinal));
            Assert.Equal(!e.ReportedDates.IsEmpty, await item.Locator(".dates-disputed").CountAsync() > 0);
        }

        await site.ScreenshotAsync(watched.Page, "timeline");
    }

    [Fact]
    public async Task A_claim_page_shows_every_position_side_by_side_grouped_by_stance()
    {
        var claim = Claims.Disputed.OrderByDescending(c => c.Positions.Select(p => p.Stance).Distinct().Count()).First();
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Url($"claims/{claim.Id}.html"));
        var groups = await watched.Page.Locator("section.stance").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.stance)");
        var expected = claim.Positions.Select(p => p.Stance).Distinct().Order().Select(Kebab).ToArray();
        Assert.Equal(expected, groups);
        foreach (var stance in claim.Positions.GroupBy(p => p.Stance))
        {
            var section = watched.Page.Locator($"section.stance[data-stance='{Kebab(stance.Key)}']");
            Assert.Equal(stance.Count(), await section.Locator("li.position").CountAsync());
            foreach (var quote in stance.Where(p => p.Quote is not null).Select(p => p.Quote!))
            {
                Assert.Contains(quote, await section.InnerTextAsync());
            }

            Assert.Equal(stance.Count(), await section.Locator("li.position .cites").CountAsync());
            Assert.Equal(stance.Count(p => p.DescribedAs is not null), await section.Locator("li.position .described").CountAsync());
        }

        var boxes = await watched.Page.Locator("section.stance").EvaluateAllAsync<double[]>("s => s.map(e => e.getBoundingClientRect().top)");
        Assert.True(boxes.Distinct().Count() < boxes.Length, "at least two stance groups share a row: side by side");
        Assert.Equal(1, await watched.Page.Locator("h1 + p .badge.disputed").CountAsync());
        await site.ScreenshotAsync(watched.Page, "claim", fullPage: true);
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task Home_and_network_render_and_are_saved_as_screenshots()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Url("index.html"));
        var home = await watched.Page.InnerTextAsync("main");
        foreach (var collection in new[] { (Actors.Folder, Actors.Count), (Events.Folder, Events.Count), (Claims.Folder, Claims.Count), (Places.Folder, Places.Count), (Sources.Folder, Sources.Count) })
        {
            Assert.Matches(new Regex($@"{collection.Item1}\s+{collection.Item2}\b"), home);
        }

        Assert.Contains("CC BY 4.0", await watched.Page.InnerTextAsync("footer"));
        foreach (var (file, format) in new[] { ("sahel-events.csv", "csv"), ("sahel.json", "json"), ("sahel.jsonl", "jsonl"), ("sahel.graphml", "graphml"), ("sahel.gexf", "gexf") })
        {
            Assert.Equal(1, await watched.Page.Locator($"main a[href='data/{file}']").CountAsync());
            Assert.Equal(Sahel.Run("export", format).Output, File.ReadAllText(Path.Combine(site.SiteFolder, "data", file)));
        }

        await site.ScreenshotAsync(watched.Page, "home", fullPage: true);

        await using var wide = await site.OpenAsync(1440, 1000);
        await wide.Page.GotoAsync(site.Url("network.html"));
        var nodes = await wide.Page.Locator("svg [data-node]").CountAsync();
        Assert.Equal(Events.Count + Claims.Count + Actors.All.Count(a => !Events.Involving(a.Id).IsEmpty || !Claims.HeldBy(a.Id).IsEmpty), nodes);
        Assert.Equal(Claims.Disputed.Length, await wide.Page.Locator("svg .claim.disputed").CountAsync());
        await wide.Page.HoverAsync("[data-node='actor:wagner-group'] text");
        Assert.True(await wide.Page.Locator(".edge.on").CountAsync() > 0);
        await wide.Page.Mouse.MoveAsync(0, 0);
        await site.ScreenshotAsync(wide.Page, "network");
        Assert.Empty(watched.Problems);
        Assert.Empty(wide.Problems);
    }

    [Fact]
    public async Task Pages_have_no_serious_or_critical_accessibility_violation()
    {
        var claim = Claims.Disputed.First();
        var paths = new[] { "index.html", "timeline.html", "network.html", "search.html", "actors/index.html", $"claims/{claim.Id}.html", "events/tinzaouaten-ambush.html", $"actors/{Actors.All.OrderByDescending(a => Events.Involving(a.Id).Length).First().Id}.html", $"places/{Places.All.First().Id}.html", $"sources/{Sources.All.First().Id}.html" };
        await using var watched = await site.OpenAsync();
        var violations = new List<string>();
        foreach (var path in paths)
        {
            await watched.Page.GotoAsync(site.Url(path));
            var result = await watched.Page.RunAxe();
            violations.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            foreach (var minor in result.Violations.Where(v => v.Impact is not ("serious" or "critical")))
            {
                log.WriteLine($"{path}: {minor.Id} ({minor.Impact})");
            }
        }

        // axe's own probes (it reads the page back over XMLHttpRequest) fail on file://; page health is the first test's.
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Every_fact_on_an_event_page_shows_its_sources()
    {
        var e = Events.All.OrderByDescending(x => x.Fatalities.Length + x.ReportedDates.Length).First();
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Url($"events/{e.Id}.html"));
        Assert.Equal(e.Fatalities.Length + e.Figures.Length, await watched.Page.Locator("ul.figures li .cites").CountAsync());
        Assert.Equal(e.ReportedDates.Length, await watched.Page.Locator(".disputed-dates li .cites").CountAsync());
        var cited = await watched.Page.Locator("dl.facts .cites a").AllInnerTextsAsync();
        Assert.All(e.Sources, s => Assert.Contains(s.Value, cited));
        if (e.Fatalities.Length > 1)
        {
            Assert.DoesNotContain(e.Fatalities.Sum(f => f.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), await watched.Page.InnerTextAsync("main"));
        }

        log.WriteLine($"site generated in {site.GenerationTime.TotalMilliseconds:0} ms (the sahel process, start to end)");
    }

    [Fact]
    public async Task No_page_is_wider_than_the_viewport_on_a_phone_or_a_desktop()
    {
        var pages = Directory.GetFiles(site.SiteFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var tooWide = new List<string>();
        foreach (var width in new[] { 390, 1280 })
        {
            await using var watched = await site.OpenAsync(width, 844);
            foreach (var file in pages)
            {
                await watched.Page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                var wide = await watched.Page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
                if (wide > width)
                {
                    tooWide.Add($"{Path.GetRelativePath(site.SiteFolder, file)} is {wide} px wide at {width} px");
                }
            }

            Assert.Empty(watched.Problems);
        }

        Assert.Empty(tooWide);
    }

    [Fact]
    public async Task Position_cards_hold_their_sources_and_stances_read_as_words_and_a_source_holding_a_position_is_named()
    {
        var claim = Claims.Disputed.OrderByDescending(c => c.Positions.Sum(p => p.Sources.Length)).First();
        var sourceHeld = Claims.All.First(c => c.Positions.Any(p => p.Actor is null));
        foreach (var width in new[] { 1280, 390 })
        {
            await using var watched = await site.OpenAsync(width, 900);
            await watched.Page.GotoAsync(site.Url($"claims/{claim.Id}.html"));
            var overflowing = await watched.Page.Locator("li.position").EvaluateAllAsync<string[]>(
                "cards => cards.filter(c => c.scrollWidth > c.clientWidth || [...c.querySelectorAll('.cites a')].some(a => a.getBoundingClientRect().right > c.getBoundingClientRect().right + 0.5)).map(c => c.innerText)");
            Assert.Empty(overflowing);
            var headings = await watched.Page.Locator("section.stance h3").AllInnerTextsAsync();
            Assert.All(headings, h => Assert.DoesNotContain("-", h));
            Assert.All(claim.Positions.Select(p => p.Stance).Distinct(), stance => Assert.Contains(headings, h => h.StartsWith(Words(stance), StringComparison.OrdinalIgnoreCase)));
            if (width == 390)
            {
                await site.ScreenshotAsync(watched.Page, "claim-phone", fullPage: true);
            }

            Assert.Empty(watched.Problems);
        }

        await using var page = await site.OpenAsync();
        await page.Page.GotoAsync(site.Url($"claims/{sourceHeld.Id}.html"));
        foreach (var position in sourceHeld.Positions.Where(p => p.Actor is null))
        {
            var source = position.Sources[0].Resolve();
            var holder = page.Page.Locator($"li.position .holder a[href$='sources/{source.Id}.html']");
            Assert.Equal(source.Title, (await holder.First.InnerTextAsync()).Trim());
        }
    }

    [Fact]
    public async Task Search_matches_every_word_in_any_order()
    {
        // Two words of a title, the later one first: the entry is found.
        var e = Events.All.First(x => x.Title.Split(' ').Count(w => w.Length > 4) >= 2);
        var words = e.Title.Split(' ').Where(w => w.Length > 4).Take(2).Reverse().ToArray();
        await using var watched = await site.OpenAsync(390, 844);
        await watched.Page.GotoAsync(site.Url("search.html"));
        await watched.Page.FillAsync("#q", string.Join(" ", words));
        var found = await watched.Page.Locator("#results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains($"events/{e.Id}.html", found);

        // A word that nothing holds, beside one that many hold: nothing, since every word must match.
        await watched.Page.FillAsync("#q", words[0] + " qqqzzzxxx");
        Assert.Empty(await watched.Page.Locator("#results a").AllAsync());
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task The_network_on_a_phone_is_a_list_per_actor_that_fits_the_screen()
    {
        await using var watched = await site.OpenAsync(390, 844);
        await watched.Page.GotoAsync(site.Url("network.html"));
        Assert.False(await watched.Page.Locator(".network").IsVisibleAsync());
        var lists = watched.Page.Locator(".network-lists details");
        var linked = Actors.All.Count(a => !Events.Involving(a.Id).IsEmpty || !Claims.HeldBy(a.Id).IsEmpty);
        Assert.Equal(linked, await lists.CountAsync());
        await lists.First.Locator("summary").ClickAsync();
        var first = Actors.All.OrderByDescending(a => Events.Involving(a.Id).Length + Claims.HeldBy(a.Id).Length).First();
        Assert.Equal(Events.Involving(first.Id).Length + Claims.HeldBy(first.Id).Sum(c => c.Positions.Where(p => p.Actor == first.Id).Select(p => p.Stance).Distinct().Count()), await lists.First.Locator("li").CountAsync());
        Assert.True(await watched.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await site.ScreenshotAsync(watched.Page, "network-phone");
        Assert.Empty(watched.Problems);
    }

    private static string Words(Stance stance) => Kebab(stance).Replace('-', ' ');

    private static string Kebab(Stance stance) =>
        string.Concat(stance.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static async Task<string[]> VisibleEvents(IPage page) =>
        await page.Locator("li.event:not([hidden])").EvaluateAllAsync<string[]>("items => items.map(e => e.dataset.id)");

    /// <summary>The event ids <c>sahel timeline</c> prints, in its order.</summary>
    private static string[] ToolIds(params string[] args)
    {
        var (code, output, error) = Sahel.Run(args);
        Assert.True(code == 0, error);
        return Regex.Matches(output, @"^\S+  \S+  events/(\S+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
    }
}
