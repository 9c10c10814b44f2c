using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Model;
using Xunit;

namespace SahelData.Tests;

/// <summary>The library's domain queries against oracles written here from the model's plain fields.</summary>
public sealed class QueryTests
{
    [Fact]
    public void Disputed_claims_have_a_holder_and_a_rejecter_and_no_other_claim_has_both()
    {
        static bool Holds(Position p) => p.Stance is Stance.Asserts or Stance.Implies;
        static bool Rejects(Position p) => p.Stance is Stance.Denies or Stance.Disputes;
        var expected = Claims.All.Where(c => c.Positions.Any(Holds) && c.Positions.Any(Rejects)).Select(c => c.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Claims.Disputed.Select(c => c.Id));
        Assert.Contains(Claims.UkraineInvolvedInTinzaouatenAmbush, Claims.Disputed);
    }

    [Fact]
    public void A_claim_only_reported_or_questioned_is_not_disputed()
    {
        var source = Sources.All[0].Id;
        Position Take(Stance stance) => new() { Stance = stance, Sources = [source] };
        var claim = Claims.All[0] with { Positions = [Take(Stance.Asserts), Take(Stance.Reports), Take(Stance.Questions)] };
        Assert.False(Claims.IsDisputed(claim));
        Assert.True(Claims.IsDisputed(claim with { Positions = claim.Positions.Add(Take(Stance.Disputes)) }));
        Assert.False(Claims.IsDisputed(claim with { Positions = [Take(Stance.Denies), Take(Stance.Reports)] }));
    }

    [Fact]
    public void A_month_precision_event_overlaps_a_day_range_within_its_month_but_not_one_outside()
    {
        var monthly = Events.All.First(e => e.Date.Precision == DatePrecision.Month && e.EndDate is null && e.ReportedDates.IsEmpty);
        var month = monthly.Date;
        var lateInMonth = new PartialDate(month.Year, month.Month!.Value, 20);
        var lastDay = new PartialDate(month.Year, month.Month.Value, DateTime.DaysInMonth(month.Year, month.Month.Value));
        Assert.Contains(monthly, Events.Timeline(new TimelineQuery { From = lateInMonth, To = lastDay }));
        Assert.Contains(monthly, Events.Timeline(new TimelineQuery { To = new PartialDate(month.Year, month.Month.Value, 1) }));

        var nextMonth = month.Start.AddMonths(1);
        Assert.DoesNotContain(monthly, Events.Timeline(new TimelineQuery { From = new PartialDate(nextMonth.Year, nextMonth.Month, 1) }));
        var before = month.Start.AddDays(-1);
        Assert.DoesNotContain(monthly, Events.Timeline(new TimelineQuery { To = new PartialDate(before.Year, before.Month, before.Day) }));
    }

    [Fact]
    public void Every_period_selects_exactly_the_events_that_may_fall_in_it()
    {
        var periods = new (string? From, string? To)[] { ("2024-07-27", "2024-07-27"), ("2024-08", null), (null, "2022"), ("2021-05-24", "2022-03"), ("2024", "2024") };
        foreach (var (fromText, toText) in periods)
        {
            var from = fromText is null ? DateOnly.MinValue : PartialDate.Parse(fromText).Start;
            var to = toText is null ? DateOnly.MaxValue : PartialDate.Parse(toText).End;
            var expected = Events.All.Where(e =>
            {
                var versions = e.ReportedDates.Select(r => r.Date).Append(e.Date).Concat(e.EndDate is { } end ? [end] : []).ToList();
                return versions.Min(v => v.Start) <= to && versions.Max(v => v.End) >= from;
            }).Select(e => e.Id).OrderBy(id => id).ToList();
            var query = new TimelineQuery { From = fromText is null ? null : PartialDate.Parse(fromText), To = toText is null ? null : PartialDate.Parse(toText) };
            Assert.Equal(expected, Events.Timeline(query).Select(e => e.Id).OrderBy(id => id).ToList());
        }
    }

    [Fact]
    public void The_timeline_is_in_date_order_and_an_inverted_period_is_refused()
    {
        var all = Events.Timeline(new TimelineQuery());
        Assert.Equal(Events.Count, all.Length);
        Assert.Equal(all.OrderBy(e => e.Date).ThenBy(e => e.Id), all);
        var inverted = new TimelineQuery { From = PartialDate.Parse("2024-08"), To = PartialDate.Parse("2024-07") };
        Assert.True(inverted.IsInverted);
        Assert.Throws<ArgumentException>(() => Events.Timeline(inverted));
        Assert.False((inverted with { To = PartialDate.Parse("2024-08-01") }).IsInverted);
    }

    [Fact]
    public void Actor_kind_place_and_country_filters_match_the_plain_fields()
    {
        foreach (var actor in Actors.All.Where(a => a.Kind == ActorKind.State))
        {
            var byActor = Events.All.Where(e => e.Participants.Any(p => p.Actor == actor.Id)).Select(e => e.Id).ToHashSet();
            Assert.True(byActor.SetEquals(Events.Timeline(new TimelineQuery { Actor = actor.Id }).Select(e => e.Id)), actor.Id.Value);

            var inCountry = Events.All.Where(e => e.Place is { } p && Ancestry(p.Resolve()).Any(a => a.Country == actor.Id)).Select(e => e.Id).ToHashSet();
            Assert.True(inCountry.SetEquals(Events.Timeline(new TimelineQuery { Country = actor.Id }).Select(e => e.Id)), actor.Id.Value);
        }

        Assert.Contains(Events.TinzaouatenAmbush, Events.Timeline(new TimelineQuery { Country = Actors.Mali.Id }));
        foreach (var place in Places.All)
        {
            var expected = Events.All.Where(e => e.Place is { } p && Ancestry(p.Resolve()).Any(a => a.Id == place.Id)).Select(e => e.Id).ToHashSet();
            Assert.True(expected.SetEquals(Events.Timeline(new TimelineQuery { Place = place.Id }).Select(e => e.Id)), place.Id.Value);
        }

        foreach (var kind in Events.All.Select(e => e.Kind).Distinct())
        {
            Assert.All(Events.Timeline(new TimelineQuery { Kind = kind }), e => Assert.Equal(kind, e.Kind));
            Assert.Equal(Events.All.Count(e => e.Kind == kind), Events.Timeline(new TimelineQuery { Kind = kind }).Length);
        }
    }

    [Fact]
    public void Causes_and_consequences_are_the_transitive_closures_of_caused_by()
    {
        var anyChain = false;
        foreach (var e in Events.All)
        {
            var expected = new HashSet<EventId>();
            void Walk(Event current)
            {
                foreach (var cause in current.CausedBy)
                {
                    if (expected.Add(cause))
                    {
                        Walk(cause.Resolve());
                    }
                }
            }

            Walk(e);
            var causes = Events.CausesOf(e.Id);
            Assert.True(expected.SetEquals(causes.Select(s => s.Event.Id)), e.Id.Value);
            Assert.Equal(causes.Length, causes.Select(s => s.Event.Id).Distinct().Count());
            Assert.All(causes.Where(s => s.Distance == 1), s => Assert.Contains(s.Event.Id, e.CausedBy));
            anyChain |= causes.Any(s => s.Distance > 1);

            var consequences = Events.ConsequencesOf(e.Id).Select(s => s.Event.Id).ToHashSet();
            Assert.True(Events.All.Where(other => Events.CausesOf(other.Id).Any(s => s.Event.Id == e.Id)).Select(o => o.Id).ToHashSet().SetEquals(consequences), e.Id.Value);
        }

        Assert.True(anyChain, "the data holds a chain of at least two causes, so distance is tested");
    }

    private static IEnumerable<Place> Ancestry(Place place)
    {
        for (Place? current = place; current is not null; current = current.Within?.Resolve())
        {
            yield return current;
        }
    }
}
