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
        var involving = Events.Involving(Actors.Niger.Id);
        Assert.Contains(Events.AesLetterToSecurityCouncil, involving);
        Assert.Contains(Events.NigerBreaksWithUkraine, involving);
    }

    [Fact]
    public void Yusov_is_dated_only_where_a_source_dates_him()
    {
        var yusov = Claims.UkraineSuppliedIntelligence.Positions.Where(p => p.Actor == Actors.AndriyYusov.Id).ToList();
        Assert.All(yusov, p => Assert.Equal(Stance.Implies, p.Stance));
        // Only the commentary dates his words (2024-07-29); the reports that quote him give no date.
        var dated = Assert.Single(yusov, p => p.Sources.Contains(Sources.ProRussianSahelCommentary.Id) && p.Date is not null);
        Assert.Equal("2024-07-29", dated.Date.ToString());
        Assert.All(yusov.Where(p => !p.Sources.Contains(Sources.ProRussianSahelCommentary.Id)), p => Assert.Null(p.Date));
    }

    [Fact]
    public void Positions_on_ukraines_involvement_in_date_order()
    {
        // Yusov's remarks of 29 July set the dispute off; every answer to them is of August.
        var dated = Claims.UkraineInvolvedInTinzaouatenAmbush.Positions
            .Where(p => p.Date is not null && p.Actor != Actors.AndriyYusov.Id)
            .Select(p => (p.Actor?.Value, p.Stance, p.Date!.Value.ToString()))
            .ToList();
        Assert.All(dated, p => Assert.Equal("2024-08", p.Item3));
        Assert.Contains(("mali", Stance.Asserts, "2024-08"), dated);
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
        // No source says the post is part of the letter; sharing it presupposes the letter, a link the note marks as inferred.
        Assert.Contains(Events.AesInfoSharesLetter, Events.CausedBy(letter.Id));
        Assert.Empty(Events.PartsOf(letter.Id));
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
        Assert.Contains(Events.MaliCoup2020, Events.Involving(Actors.AssimiGoita.Id));
        Assert.Contains(Events.MaliCoup2021, Events.Involving(Actors.AssimiGoita.Id));
        Assert.Same(Actors.AssimiGoita, Actors.Find("Goita"));
        Assert.Same(Actors.BahNdaw, Actors.Find("Bah N’Daw"));
        Assert.Same(Actors.BahNdaw, Actors.Find("Bah Ndaw"));
        Assert.Equal(DatePrecision.Month, Events.FranceAnnouncesWithdrawal.Date.Precision);
        Assert.Equal(("2022-03-27", "2022-03-31"), (Events.MouraOperation.Date.ToString(), Events.MouraOperation.EndDate.ToString()));
    }

    [Fact]
    public void A_title_the_source_gets_wrong_is_kept_with_a_note()
    {
        var role = Assert.Single(Actors.JeanYvesLeDrian.Roles, r => r.Title == "Minister of Defense");
        Assert.Contains("Foreign Affairs", role.Note);
    }

    [Fact]
    public void Every_event_and_position_cites_a_source_that_exists()
    {
        Assert.All(Events.All, e => Assert.NotEmpty(e.Sources));
        Assert.All(Claims.All.SelectMany(c => c.Positions), p => Assert.NotEmpty(p.Sources));
        Assert.All(Events.All.SelectMany(e => e.Sources).Concat(Claims.All.SelectMany(c => c.Positions).SelectMany(p => p.Sources)), s => Assert.True(s.Exists, s.Value));
    }

    // The four examples of the editorial audit: each fails on the data as it stood before the audit.

    [Fact]
    public void No_sanctions_event_is_inferred_from_a_blocked_security_council_vote()
    {
        // The review says only that Russia and China blocked support for new sanctions in January 2022; who would have
        // imposed them, and when, it does not say.
        Assert.DoesNotContain(Events.All, e => e.Kind == EventKind.Sanction);
        Assert.False(new EventId("ecowas-sanctions-2022").Exists);
        Assert.Empty(Events.UnscMaliSanctionsBlocked.CausedBy);
        Assert.DoesNotContain(Events.UnscMaliSanctionsBlocked.Participants, p => p.Actor == Actors.Ecowas.Id);
        var undated = Assert.Single(Claims.Concerning(Actors.Ecowas.Id), c => c.About.Contains(Events.MaliCoup2020.Id));
        Assert.All(undated.Positions, p => Assert.Null(p.Date));
    }

    [Fact]
    public void Moura_is_a_military_operation_and_the_disputed_parts_are_claims()
    {
        var moura = Events.MouraOperation;
        Assert.Equal(EventKind.MilitaryOperation, moura.Kind);
        Assert.DoesNotContain(moura.Participants, p => p.Actor == Actors.WagnerGroup.Id);
        Assert.DoesNotContain("massacre", moura.Title, System.StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("civilian", moura.Title, System.StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Claims.RussiansTookPartInMoura.Positions, p => p.Actor == Actors.MariaZakharova.Id && p.Stance == Stance.Denies);
        Assert.Contains(Claims.MouraMassKillingOfCivilians.Positions, p => p.Actor == Actors.MalianArmedForces.Id && p.Stance == Stance.Denies);
        Assert.Contains(Claims.MouraMassKillingOfCivilians, Claims.About(moura.Id));
    }

    [Fact]
    public void The_kyiv_post_photo_cites_only_the_report_that_names_the_kyiv_post()
    {
        Assert.Equal(new[] { Sources.NigerCutsTiesReport.Id }, Events.KyivPostFlagPhoto.Sources);
        // The letter report speaks of the flag without the newspaper: that fact has an event of its own.
        Assert.Contains(Sources.SahelJuntasLetterReport.Id, Events.RebelsPoseWithUkrainianFlag.Sources);
        Assert.DoesNotContain(Events.RebelsPoseWithUkrainianFlag.Participants, p => p.Actor == Actors.KyivPost.Id);
    }

    [Fact]
    public void Rebel_commanders_decline_to_say_where_their_drones_came_from_they_do_not_dispute_it()
    {
        var rebels = Assert.Single(Claims.UkraineSuppliedDrones.Positions, p => p.Actor == Actors.TuaregRebels.Id);
        Assert.Equal(Stance.DeclinesToConfirm, rebels.Stance);
        Assert.Equal(Sources.UkraineDeniesDronesReport.Id, rebels.Sources.Single());
        Assert.DoesNotContain(Claims.All.SelectMany(c => c.Positions), p => (p.Actor == Actors.CspDpa.Id || p.Actor == Actors.TuaregRebels.Id) && p.Stance is Stance.Disputes or Stance.Denies);
    }

    [Fact]
    public void Every_disagreement_on_how_france_left_mali_is_kept_with_its_source()
    {
        var positions = Claims.FranceLeftMaliByOwnDecision.Positions;
        Assert.Contains(positions, p => p.Actor is null && p.Stance == Stance.Asserts && p.Sources.Contains(Sources.RussiaInfluenceMaliReview.Id));
        Assert.Contains(positions, p => p.Actor is null && p.Stance == Stance.Disputes && p.Sources.Contains(Sources.UkraineDeniesDronesReport.Id));
        Assert.Contains(positions, p => p.Actor == Actors.OleksiiMelnik.Id && p.Stance == Stance.Disputes);
        Assert.DoesNotContain(Sources.UkraineDeniesDronesReport.Id, Events.FranceAnnouncesWithdrawal.Sources);
    }

    [Fact]
    public void Suspending_military_agreements_is_not_a_version_of_who_decided_that_france_left()
    {
        // The report on Niger's break says only that the juntas suspended their military agreements with France; that
        // does not contest that France decided to leave. Only Melnik, whom the report quotes, says France was expelled.
        var positions = Claims.FranceLeftMaliByOwnDecision.Positions;
        Assert.DoesNotContain(positions, p => p.Actor is null && p.Sources.Contains(Sources.NigerCutsTiesReport.Id));
        var fromTheReport = Assert.Single(positions, p => p.Sources.Contains(Sources.NigerCutsTiesReport.Id));
        Assert.Equal((Actors.OleksiiMelnik.Id, Stance.Disputes), (fromTheReport.Actor, fromTheReport.Stance));
    }

    [Fact]
    public void An_analyst_who_notes_that_kyiv_confirmed_nothing_declines_to_confirm()
    {
        var melnik = Assert.Single(Claims.UkraineInvolvedInTinzaouatenAmbush.Positions, p => p.Actor == Actors.OleksiiMelnik.Id);
        Assert.Equal(Stance.DeclinesToConfirm, melnik.Stance);
    }

    [Fact]
    public void A_partys_count_of_terrorists_killed_at_moura_is_its_claim_not_a_figure_of_the_event()
    {
        Assert.Empty(Events.MouraOperation.Figures);
        Assert.Contains(Claims.MouraWasCounterTerroristVictory.Positions, p => p.Actor == Actors.MalianArmedForces.Id && p.Quote!.Contains("200"));
    }

    [Fact]
    public void Statements_are_not_credited_to_holders_who_did_not_make_them()
    {
        // Macron spoke of a suspected deal with Wagner, undated: neither a deployment nor the February announcement.
        Assert.DoesNotContain(Claims.WagnerDeployedInMali.Positions, p => p.Actor == Actors.EmmanuelMacron.Id);
        Assert.DoesNotContain(Events.FranceAnnouncesWithdrawal.Participants, p => p.Actor == Actors.EmmanuelMacron.Id);
        // Evstigneeva spoke of long-standing cooperation, not of support since independence.
        Assert.DoesNotContain(Claims.RussiaSupportedMaliSinceIndependence.Positions, p => p.Actor == Actors.AnnaEvstigneeva.Id);
        // The review speaks of France alone, never of the United States.
        Assert.DoesNotContain(Claims.RussiaReplacesWesternPowers.Positions, p => p.Sources.Contains(Sources.RussiaInfluenceMaliReview.Id));
        Assert.Contains(Claims.RussiaGainsInMaliAtFranceExpense.Positions, p => p.Actor is null && p.Stance == Stance.Asserts);
        // The trip to Moscow was reported on 6 March 2022; it may have taken place in February.
        Assert.Equal(DatePrecision.Year, Events.MalianOfficersVisitMoscow.Date.Precision);
    }

    [Fact]
    public void Only_the_commentary_has_burkina_faso_break_with_ukraine()
    {
        Assert.DoesNotContain(Events.All, e => e.Kind == EventKind.DiplomaticBreak && e.Participants.Any(p => p.Actor == Actors.BurkinaFaso.Id));
        var position = Assert.Single(Claims.BurkinaFasoBrokeWithUkraine.Positions);
        Assert.Equal((null, Stance.Asserts), (position.Actor, position.Stance));
        Assert.Equal(Sources.ProRussianSahelCommentary.Id, position.Sources.Single());
    }

    [Fact]
    public void An_actors_argument_is_a_claim_not_a_causal_link()
    {
        // Evstigneeva blames the 2011 intervention in Libya for the Sahel's troubles; no source links the two events.
        Assert.Empty(Events.CausedBy(Events.LibyaIntervention2011.Id));
        Assert.Contains(Claims.LibyaInterventionDestabilisedSahel, Claims.About(Events.LibyaIntervention2011.Id));
        // Macron's reason for the withdrawal is his claim, not a cause.
        Assert.Empty(Events.FranceAnnouncesWithdrawal.CausedBy);
    }

    [Fact]
    public void A_partisan_relay_of_an_allegation_is_the_third_partys_claim()
    {
        Assert.False(new EventId("ukraine-trains-tuareg-fighters").Exists);
        Assert.Contains(Claims.UkraineTrainedTuaregSinceJanuary2024.Positions, p => p.Actor == Actors.LeadershipNewspaper.Id && p.Stance == Stance.Asserts);
        // The commentary relays Leadership's date; only the Mauritania training does it state in its own voice.
        Assert.DoesNotContain(Claims.UkraineTrainedTuaregSinceJanuary2024.Positions, p => p.Actor is null && p.Stance == Stance.Asserts);
        Assert.Equal(Stance.Asserts, Assert.Single(Claims.UkraineTrainedSeparatistsInMauritania.Positions).Stance);
        Assert.DoesNotContain(Claims.UkraineTrainedSeparatistsInMauritania.Positions, p => p.Actor == Actors.LeadershipNewspaper.Id);
        Assert.DoesNotContain(Events.TimbuktuAttack.Participants, p => p.Role == ParticipantRole.Attacker);
    }

    [Fact]
    public void A_general_charge_of_intelligence_is_not_pinned_to_the_ambush()
    {
        // The juntas' and Le Monde's charge is in general terms; only Yusov's words and the commentary tie it to the ambush.
        var beforeTheAmbush = Claims.UkraineSuppliedIntelligence.Positions;
        Assert.DoesNotContain(beforeTheAmbush, p => p.Actor == Actors.Mali.Id || p.Actor == Actors.Niger.Id || p.Actor == Actors.LeMonde.Id);
        var general = Claims.UkraineProvidesIntelligenceToRebels.Positions;
        Assert.Contains(general, p => p.Actor == Actors.Mali.Id && p.Stance == Stance.Asserts);
        Assert.Contains(general, p => p.Actor == Actors.LeMonde.Id && p.Stance == Stance.Asserts);
        Assert.Contains(general, p => p.Actor == Actors.UkraineForeignMinistry.Id && p.Stance == Stance.Denies);
    }

    [Fact]
    public void A_position_is_dated_only_by_the_sources_it_cites()
    {
        // A month worked out from the letter report must not travel onto positions citing documents that give no date.
        var undatingSources = new[] { Sources.ProRussianSahelCommentary.Id, Sources.UkraineDeniesDronesReport.Id };
        foreach (var claim in new[] { Claims.UkraineSupportsTerrorism, Claims.SecurityCouncilShouldActOnUkraine })
        {
            Assert.DoesNotContain(claim.Positions, p => p.Date is { Precision: DatePrecision.Month } && p.Sources.Any(undatingSources.Contains));
            foreach (var junta in new[] { Actors.Niger.Id, Actors.BurkinaFaso.Id })
            {
                Assert.Contains(claim.Positions, p => p.Actor == junta && p.Date is not null && p.Sources.SequenceEqual(new[] { Sources.SahelJuntasLetterReport.Id }));
                Assert.Contains(claim.Positions, p => p.Actor == junta && p.Date is null);
            }
        }
    }

    [Fact]
    public void Only_ilichev_speaks_of_the_un()
    {
        Assert.Equal(Actors.PyotrIlichev.Id, Assert.Single(Claims.RussiaDefendsMaliAtUn.Positions).Actor);
        Assert.DoesNotContain("UN", Claims.RussiaSupportsMaliMilitarily.Statement, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_are_given_only_where_a_source_states_them()
    {
        // The review says only that the officers flew to Moscow; the groups in CNN's video were targets of the attacks, not of the broadcast.
        Assert.DoesNotContain(Events.MalianOfficersVisitMoscow.Participants, p => p.Role == ParticipantRole.Host);
        Assert.DoesNotContain(Events.CnnSudanDroneVideo.Participants, p => p.Role == ParticipantRole.Target);
        // Only the commentary calls Yusov's remarks an interview.
        Assert.Equal(EventKind.Statement, Events.YusovStatement.Kind);
    }

    [Fact]
    public void The_army_count_at_moura_is_of_people_neutralized_not_killed()
    {
        Assert.Contains(Events.MouraOperation.Notes, n => n.Contains("\"neutralized\"", System.StringComparison.Ordinal));
        Assert.DoesNotContain(Events.MouraOperation.Notes, n => n.Contains("\"terrorists\" killed", System.StringComparison.Ordinal));
    }

    // The editorial pass on attribution: each test fails on the data as it stood before that pass.

    [Fact]
    public void The_foreign_ministrys_general_denial_is_not_stretched_into_an_answer_to_yusov()
    {
        // The ministry rebutted the juntas' charge of arms and intelligence in general terms; no document has Kyiv
        // answering its own spokesman's remark about the information the rebels received before the ambush.
        Assert.DoesNotContain(Claims.UkraineSuppliedIntelligence.Positions, p => p.Actor == Actors.UkraineForeignMinistry.Id);
        Assert.Contains(Claims.UkraineProvidesIntelligenceToRebels.Positions, p => p.Actor == Actors.UkraineForeignMinistry.Id && p.Stance == Stance.Denies);
    }

    [Fact]
    public void The_csp_dpa_holds_no_position_and_takes_part_in_no_event_on_documents_that_say_only_the_rebels()
    {
        // Only documents that name the coalition (those its own entry cites) can put it anywhere; documents that speak
        // of "the Tuaregs", "a Tuareg rebel group" or "rebel commanders" give those words to the Tuareg rebels.
        var naming = Actors.CspDpa.Sources;
        Assert.All(
            Claims.All.SelectMany(c => c.Positions).Where(p => p.Actor == Actors.CspDpa.Id),
            p => Assert.Contains(p.Sources, naming.Contains));
        Assert.All(
            Events.All.Where(e => e.Participants.Any(p => p.Actor == Actors.CspDpa.Id)),
            e => Assert.Contains(e.Sources, naming.Contains));
        var tuaregRebels = new ActorId("tuareg-rebels");
        Assert.Contains(Events.RebelsPoseWithUkrainianFlag.Participants, p => p.Actor == tuaregRebels);
        // That the ambush's rebels were the coalition's fighters is the commentary's claim, not a fact of the data.
        Assert.Contains(
            Claims.About(Events.TinzaouatenAmbush.Id),
            c => c.Concerns.Contains(tuaregRebels) && c.Concerns.Contains(Actors.CspDpa.Id)
                && c.Positions.Any(p => p.Actor is null && p.Stance == Stance.Asserts && p.Sources.Contains(Sources.ProRussianSahelCommentary.Id)));
    }

    [Fact]
    public void A_claim_cited_to_documents_that_speak_only_of_rebels_concerns_the_tuareg_rebels_not_only_the_csp_dpa()
    {
        // Concerns follow the holders' rule: a claim that documents not naming the coalition (those outside its own
        // entry's sources) make about "rebels" or "terrorists" concerns the Tuareg rebels, whatever else it concerns.
        var naming = Actors.CspDpa.Sources;
        var tuaregRebels = new ActorId("tuareg-rebels");
        Assert.All(
            Claims.All.Where(c => c.Concerns.Contains(Actors.CspDpa.Id) && c.Positions.Any(p => !p.Sources.Any(naming.Contains))),
            c => Assert.Contains(tuaregRebels, c.Concerns));
        // The juntas' charge of backing terrorism names no group; only the commentary names the coalition, as the
        // ambush's authors, which is its own claim.
        Assert.Contains(tuaregRebels, Claims.UkraineSupportsTerrorism.Concerns);
        Assert.DoesNotContain(Actors.CspDpa.Id, Claims.UkraineSupportsTerrorism.Concerns);
    }

    [Fact]
    public void One_officer_speaking_to_one_outlet_is_not_the_agencys_position()
    {
        // "A GUR officer assured Morning Express…": a person, unnamed, not the intelligence directorate itself.
        var positions = Claims.UkraineForcesFightInSudan.Positions;
        Assert.DoesNotContain(positions, p => p.Actor == Actors.Gur.Id);
        Assert.Contains(positions, p => p.Actor?.Resolve() is { Kind: ActorKind.Person } officer
            && officer.Roles.Any(r => r.Organization == Actors.Gur.Id)
            && p.Sources.SequenceEqual(new[] { Sources.NigerCutsTiesReport.Id }));
    }

    [Fact]
    public void Zakharovas_position_on_france_abandoning_mali_is_implies_and_the_review_calls_it_an_accusation()
    {
        var zakharova = Assert.Single(Claims.FranceAbandonedMali.Positions, p => p.Actor == Actors.MariaZakharova.Id);
        Assert.Equal(Stance.Implies, zakharova.Stance);
        Assert.Equal(Stance.Asserts, zakharova.DescribedAs);
        Assert.Equal(Sources.RussiaInfluenceMaliReview.Id, zakharova.Sources.Single());
    }

    [Fact]
    public void Yusov_holds_a_position_on_ukraines_involvement_and_on_the_rebels_cooperation()
    {
        // The official whose words set the dispute off is a holder of its central claims, on his own words.
        var onInvolvement = Claims.UkraineInvolvedInTinzaouatenAmbush.Positions.Where(p => p.Actor == Actors.AndriyYusov.Id).ToList();
        Assert.NotEmpty(onInvolvement);
        Assert.All(onInvolvement, p => Assert.Equal(Stance.Implies, p.Stance));
        Assert.Contains(Claims.RebelsCooperatedWithUkraine.Positions, p => p.Actor == Actors.AndriyYusov.Id && p.Sources.Contains(Sources.ProRussianSahelCommentary.Id));
    }

    [Fact]
    public void Each_documents_description_of_yusovs_words_is_data_with_the_source_that_gives_it()
    {
        // His words only imply; the documents call them a hint, an official announcement, a claim of assistance.
        Stance? DescribedBy(SourceId source) => Assert.Single(
            Claims.UkraineInvolvedInTinzaouatenAmbush.Positions,
            p => p.Actor == Actors.AndriyYusov.Id && p.Sources.Contains(source)).DescribedAs;
        Assert.Equal(Stance.Implies, DescribedBy(Sources.NigerCutsTiesReport.Id));
        Assert.Equal(Stance.Asserts, DescribedBy(Sources.ProRussianSahelCommentary.Id));
        Assert.Equal(Stance.Asserts, DescribedBy(Sources.UkraineDeniesDronesReport.Id));
        // Mali's reading of them as an admission, which the letter report gives, is Mali's claim about the remarks.
        Assert.Contains(
            Claims.About(Events.YusovStatement.Id),
            c => c.Concerns.Contains(Actors.AndriyYusov.Id)
                && c.Positions.Any(p => p.Actor == Actors.Mali.Id && p.Stance == Stance.Asserts && p.Sources.SequenceEqual(new[] { Sources.SahelJuntasLetterReport.Id })));
    }

    [Fact]
    public void A_description_of_a_holders_stance_belongs_to_one_source_and_to_a_holder()
    {
        // described_as is what one document says of someone's stance: it cannot be spread over several documents, and
        // a source does not describe its own stance.
        Assert.All(
            Claims.All.SelectMany(c => c.Positions).Where(p => p.DescribedAs is not null),
            p =>
            {
                Assert.NotNull(p.Actor);
                Assert.Single(p.Sources);
            });
    }
}
