using System.Collections.Generic;
using System.Linq;
using SahelData.Model;
using SahelData.Runtime;
using Xunit;

namespace SahelData.Tests;

public sealed class LookupTests
{
    [Fact]
    public void Named_members_are_the_entries_their_ids_name()
    {
        Assert.Equal("wagner-group", Actors.WagnerGroup.Id.Value);
        Assert.Same(Actors.WagnerGroup, Actors.Get(new ActorId("wagner-group")));
        Assert.Equal(ActorKind.PrivateMilitaryCompany, Actors.WagnerGroup.Kind);
        Assert.Equal(Actors.Russia.Id, Actors.WagnerGroup.Country);
    }

    [Fact]
    public void All_is_in_id_order_and_counts_every_entry()
    {
        var ids = Actors.All.Select(a => a.Id.Value).ToList();
        Assert.Equal(ids.OrderBy(i => i, System.StringComparer.Ordinal), ids);
        Assert.Equal(Actors.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Unknown_ids_are_reported_not_invented()
    {
        Assert.False(Actors.TryGet(new ActorId("wagner"), out var missing));
        Assert.Null(missing);
        Assert.False(new ActorId("wagner").Exists);
        var error = Assert.Throws<KeyNotFoundException>(() => Actors.Get(new ActorId("wagner")));
        Assert.Contains("actors/", error.Message);
    }

    [Theory]
    [InlineData("Kiev", "ukraine")]
    [InlineData("kyiv", "ukraine")]
    [InlineData("Andrei Yusov", "andriy-yusov")]
    [InlineData("ANDRIY YUSOV", "andriy-yusov")]
    [InlineData("Dmitro Kuleba", "dmytro-kuleba")]
    [InlineData("The World", "le-monde")]
    [InlineData("Corps Africa", "africa-corps")]
    [InlineData("Permanent Strategic Structure", "csp-dpa")]
    [InlineData("  wagner   GROUP ", "wagner-group")]
    public void Actors_are_found_by_any_recorded_spelling(string name, string id)
    {
        Assert.Equal(id, Actors.Find(name)?.Id.Value);
    }

    [Theory]
    [InlineData("Tinzauaten", "tinzaouaten")]
    [InlineData("Kiev", "kyiv")]
    public void Places_are_found_by_any_recorded_spelling(string name, string id)
    {
        Assert.Equal(id, Places.Find(name)?.Id.Value);
    }

    [Fact]
    public void Every_actor_and_place_is_found_by_its_exact_name_and_its_accent_free_spelling()
    {
        foreach (var actor in Actors.All)
        {
            Assert.Contains(actor, Actors.FindAll(actor.Name));
            Assert.Contains(actor, Actors.FindAll(WithoutAccents(actor.Name)));
        }

        foreach (var place in Places.All)
        {
            Assert.Contains(place, Places.FindAll(place.Name));
            Assert.Contains(place, Places.FindAll(WithoutAccents(place.Name)));
        }

        Assert.Equal("assimi-goita", Actors.Find("Assimi Goïta")?.Id.Value);
    }

    [Fact]
    public void Every_recorded_spelling_is_found_in_upper_and_lower_case()
    {
        // Names with accents, apostrophes and hyphens are probed by their recorded spelling, in any case, before folding.
        foreach (var actor in Actors.All)
        {
            foreach (var spelling in actor.Aliases.Prepend(actor.Name))
            {
                Assert.Contains(actor, Actors.FindAll(spelling.ToUpperInvariant()));
                Assert.Contains(actor, Actors.FindAll(spelling.ToLowerInvariant()));
            }
        }

        Assert.Equal("assimi-goita", Actors.Find("ASSIMI GOÏTA")?.Id.Value);
        Assert.Equal("assimi-goita", Actors.Find("assimi goïta")?.Id.Value);
    }

    /// <summary>The accent-free spelling a reader types, written out by hand for the letters the data uses.</summary>
    private static string WithoutAccents(string name)
    {
        const string accented = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ";
        const string plain = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY";
        return new string(name.Select(c => accented.IndexOf(c) is var i and >= 0 ? plain[i] : c).ToArray());
    }

    [Fact]
    public void Unknown_names_find_nothing()
    {
        Assert.Null(Actors.Find("Atlantis"));
        Assert.Empty(Actors.FindAll(""));
    }

    [Fact]
    public void References_resolve_without_a_lookup_by_hand()
    {
        var ambush = Events.TinzaouatenAmbush;
        Assert.Equal("Tinzaouaten", ambush.Place!.Value.Resolve().Name);
        Assert.Equal("Kidal", Places.Tinzaouaten.Within!.Value.Resolve().Name);
        Assert.Contains(ambush.Participants, p => p.Actor.Resolve() == Actors.WagnerGroup && p.Role == ParticipantRole.Target);
        Assert.Same(Actors.Mali, Actors.Mali.Id.Resolve());
    }

    [Fact]
    public void Reverse_indexes_answer_who_did_what()
    {
        // Each reverse index holds exactly what a scan of the entries finds, in the collection's order.
        Assert.Equal(Events.All.Where(e => e.Participants.Any(p => p.Actor == Actors.Niger.Id)), Events.Involving(Actors.Niger.Id));
        Assert.Contains(Events.NigerBreaksWithUkraine, Events.Involving(Actors.Niger.Id));
        Assert.Contains(Claims.UkraineSuppliedIntelligence, Claims.About(Events.TinzaouatenAmbush.Id));
        Assert.Equal(Claims.All.Where(c => c.Positions.Any(p => p.Actor == Actors.AndriyYusov.Id)), Claims.HeldBy(Actors.AndriyYusov.Id));
        Assert.Contains(Claims.UkraineSuppliedIntelligence, Claims.HeldBy(Actors.AndriyYusov.Id));
        Assert.Equal(
            new[] { "burkina-faso", "mali", "niger" },
            Actors.Members(Actors.AllianceOfSahelStates.Id).Select(a => a.Id.Value));
        Assert.Empty(Events.Involving(new ActorId("nobody")));
    }

    [Fact]
    public void The_chain_from_the_ambush_to_the_letter_is_linked()
    {
        Assert.Contains(Events.YusovStatement, Events.CausedBy(Events.TinzaouatenAmbush.Id));
        Assert.Contains(Events.MaliBreaksWithUkraine, Events.CausedBy(Events.YusovStatement.Id));
        Assert.Equal(Events.All.Where(e => e.CausedBy.Contains(Events.YusovStatement.Id)), Events.CausedBy(Events.YusovStatement.Id));
        Assert.Contains(Events.NigerBreaksWithUkraine, Events.CausedBy(Events.MaliBreaksWithUkraine.Id));
        // The sources tell the letter after the breaks but never say the breaks caused it.
        Assert.Empty(Events.AesLetterToSecurityCouncil.CausedBy);
    }

    [Fact]
    public void Every_position_on_the_intelligence_claim_is_sourced()
    {
        var claim = Claims.UkraineSuppliedIntelligence;
        Assert.Contains(claim.Positions, p => p.Actor == Actors.AndriyYusov.Id && p.Stance == Stance.Implies && p.Quote is not null);
        Assert.Contains(claim.Positions, p => p.Actor is null && p.Sources.Single() == Sources.ProRussianSahelCommentary.Id);
        Assert.All(claim.Positions, p => Assert.All(p.Sources, s => Assert.True(s.Exists)));
    }

    [Fact]
    public void Disagreeing_dates_keep_each_version_with_its_source()
    {
        var ambush = Events.TinzaouatenAmbush;
        Assert.Equal(DatePrecision.Month, ambush.Date.Precision);
        Assert.Equal(
            new[] { ("2024-07-26", "niger-cuts-ties-report"), ("2024-07-27", "pro-russian-sahel-commentary") },
            ambush.ReportedDates.Select(d => (d.Date.ToString(), d.Sources.Single().Value)));
    }

    [Fact]
    public void References_to_an_entry_are_listed_from_every_collection()
    {
        var references = Actors.ReferencesTo(Actors.AndriyYusov.Id);
        Assert.Contains(new EntryReference("events", "yusov-statement", "participants[].actor"), references);
        Assert.Contains(new EntryReference("claims", "ukraine-supplied-intelligence", "positions[].actor"), references);
    }

    [Fact]
    public void Entries_are_immutable_and_built_once()
    {
        Assert.Same(Actors.All[0], Actors.All[0]);
        Assert.Same(Actors.WagnerGroup, Actors.All.Single(a => a.Id.Value == "wagner-group"));
        Assert.Equal(Actors.WagnerGroup, Actors.WagnerGroup with { });
        Assert.Throws<System.NotSupportedException>(() => ((IList<string>)Actors.Ukraine.Aliases).Add("Ukrayina"));
    }

    [Fact]
    public void Steady_state_lookups_allocate_nothing()
    {
        // Once an entry and its slices are built, a lookup by id, by alias (folded on the stack) or by reference
        // must not allocate: that is what keeps them within reach of a bare FrozenDictionary.
        static object?[] Lookups() =>
        [
            Actors.Get(new ActorId("wagner-group")),
            Actors.Find("WAGNER"),
            Actors.Find("Goïta"),
            Events.Involving(Actors.WagnerGroup.Id).Length,
        ];

        Lookups();
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Actors.Get(new ActorId("wagner-group"));
            Actors.Find("WAGNER");
            Actors.Find("Goïta");
            _ = Events.Involving(Actors.WagnerGroup.Id).Length;
        }

        Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Repeated_queries_return_the_same_entries()
    {
        Assert.Equal(Events.Involving(Actors.WagnerGroup.Id), Events.Involving(Actors.WagnerGroup.Id));
        Assert.NotEmpty(Events.Involving(Actors.WagnerGroup.Id));
        Assert.Equal(Actors.FindAll("Wagner"), Actors.FindAll("wagner"));
    }
}
