using System.Linq;
using SahelData.Model;
using Xunit;

namespace SahelData.Tests;

/// <summary>Facts from each of the five seed documents, answered from the typed data alone.</summary>
public sealed class DatasetFactsTests
{
    [Fact]
    public void Niger_takes_part_in_its_break_and_the_letter_to_the_security_council()
    {
        Assert.Equal(
            new[] { "aes-letter-to-security-council", "niger-breaks-with-ukraine" },
            Events.Involving(Actors.Niger.Id).Select(e => e.Id.Value));
    }

    [Fact]
    public void Positions_on_the_intelligence_claim_in_date_order()
    {
        var dated = Claims.UkraineSuppliedIntelligence.Positions
            .Where(p => p.Date is not null)
            .OrderBy(p => p.Date!.Value)
            .Select(p => (p.Actor?.Value, p.Stance, p.Date!.Value.ToString()))
            .ToList();
        Assert.Equal(("andriy-yusov", Stance.Implies, "2024-07-29"), dated[0]);
        Assert.Equal(("andriy-yusov", Stance.Implies, "2024-07-29"), dated[1]);
        Assert.All(dated.Skip(2), p => Assert.Equal("2024-08", p.Item3));
        Assert.Contains(("ukraine", Stance.Denies, "2024-08"), dated);
        Assert.Contains(("dmytro-kuleba", Stance.Disputes, "2024-08"), dated);
    }

    [Theory]
    [InlineData("Dmytro Kuleba")]
    [InlineData("Dmitro Kuleba")]
    [InlineData("kuleba")]
    public void Every_spelling_of_ukraines_foreign_minister_resolves(string name)
    {
        var minister = Actors.Find(name);
        Assert.Same(Actors.DmytroKuleba, minister);
        Assert.Contains(minister!.Roles, r => r.Title == "Foreign Minister" && r.Organization == Actors.UkraineForeignMinistry.Id);
    }

    [Fact]
    public void The_ambush_keeps_both_reported_dates_and_both_casualty_figures()
    {
        var ambush = Events.TinzaouatenAmbush;
        Assert.Equal(new[] { "2024-07-26", "2024-07-27" }, ambush.ReportedDates.Select(d => d.Date.ToString()));
        Assert.Equal(Sources.NigerCutsTiesReport.Id, ambush.ReportedDates[0].Sources.Single());
        Assert.Equal(Sources.ProRussianSahelCommentary.Id, ambush.ReportedDates[1].Sources.Single());
        Assert.Contains(ambush.Fatalities, f => f.Actor == Actors.WagnerGroup.Id && f.Count == 84 && f.Qualifier == Qualifier.AtLeast);
        Assert.Contains(ambush.Fatalities, f => f.Actor == Actors.MalianArmedForces.Id && f.Count == 47 && f.Qualifier == Qualifier.AtLeast);
        Assert.Equal("Tinzaouaten", Places.Find("Tinzauaten")?.Name);
    }

    [Fact]
    public void Niger_breaks_the_day_after_mali()
    {
        Assert.Equal("2024-08-05", Events.MaliBreaksWithUkraine.Date.ToString());
        Assert.Equal("2024-08-06", Events.NigerBreaksWithUkraine.Date.ToString());
        Assert.NotEmpty(Events.NigerBreaksWithUkraine.Notes);
    }

    [Fact]
    public void The_letter_to_the_security_council_comes_from_the_three_juntas()
    {
        var letter = Events.AesLetterToSecurityCouncil;
        Assert.Equal(
            new[] { "burkina-faso", "mali", "niger" },
            letter.Participants.Where(p => p.Role == ParticipantRole.Initiator).Select(p => p.Actor.Value).Order());
        Assert.Contains(Events.AesInfoSharesLetter, Events.PartsOf(letter.Id));
    }

    [Fact]
    public void The_mistranslated_newspaper_name_finds_le_monde()
    {
        Assert.Same(Actors.LeMonde, Actors.Find("The World"));
        Assert.Contains(Claims.HeldBy(Actors.LeMonde.Id), c => c == Claims.UkraineTrainedRebelsOnDrones);
    }

    [Fact]
    public void Ukraine_denies_the_drones()
    {
        Assert.Contains(
            Claims.UkraineSuppliedDrones.Positions,
            p => p.Actor == Actors.UkraineForeignMinistry.Id && p.Stance == Stance.Denies && p.Sources.Contains(Sources.UkraineDeniesDronesReport.Id));
    }

    [Fact]
    public void The_partisan_commentary_holds_its_own_theses()
    {
        var theses = Claims.All.Where(c => c.Positions.Any(p => p.Actor is null && p.Sources.Contains(Sources.ProRussianSahelCommentary.Id))).ToList();
        Assert.Contains(Claims.WestUsesAfricaAsAntiRussianFront, theses);
        Assert.True(theses.Count >= 6);
        Assert.Equal(SahelData.Model.SourceKind.Opinion, Sources.ProRussianSahelCommentary.Kind);
    }

    [Fact]
    public void The_timbuktu_attack_is_on_record()
    {
        Assert.Equal("2024-09-22", Events.TimbuktuAttack.Date.ToString());
        Assert.Same(Places.Timbuktu, Places.Find("Tombuktu"));
    }

    [Fact]
    public void The_2022_review_covers_the_vote_the_coups_and_the_withdrawal()
    {
        var vote = Events.UngaVoteUkraine2022;
        Assert.Contains(vote.Participants, p => p.Actor == Actors.Mali.Id && p.Role == ParticipantRole.Abstainer);
        Assert.Contains(vote.Figures, f => f.Measure == "African countries abstaining" && f.Value == 17);
        Assert.Equal(new[] { "mali-coup-2020", "mali-coup-2021" }, Events.Involving(Actors.AssimiGoita.Id).Select(e => e.Id.Value));
        Assert.Same(Actors.AssimiGoita, Actors.Find("Goita"));
        Assert.Same(Actors.BahNdaw, Actors.Find("Bah N’Daw"));
        Assert.Equal(DatePrecision.Month, Events.FranceAnnouncesWithdrawal.Date.Precision);
        Assert.Equal(("2022-03-27", "2022-03-31"), (Events.MouraOperation.Date.ToString(), Events.MouraOperation.EndDate.ToString()));
    }

    [Fact]
    public void A_title_the_source_gets_wrong_is_kept_with_a_note()
    {
        var role = Assert.Single(Actors.JeanYvesLeDrian.Roles);
        Assert.Equal("Minister of Defense", role.Title);
        Assert.Contains("Foreign Affairs", role.Note);
    }

    [Fact]
    public void Every_event_and_position_cites_a_source_that_exists()
    {
        Assert.All(Events.All, e => Assert.NotEmpty(e.Sources));
        Assert.All(Claims.All.SelectMany(c => c.Positions), p => Assert.NotEmpty(p.Sources));
        Assert.All(Events.All.SelectMany(e => e.Sources).Concat(Claims.All.SelectMany(c => c.Positions).SelectMany(p => p.Sources)), s => Assert.True(s.Exists, s.Value));
    }
}
