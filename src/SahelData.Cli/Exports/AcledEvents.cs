using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SahelData.Cli.Exports.Tables;
using SahelData.Model;

namespace SahelData.Cli.Exports;

/// <summary>
/// Events in ACLED's layout (its codebook's column names and meanings where this dataset records the same thing, then
/// columns of its own): <c>sahel export csv</c>, and the <c>acled_events</c> table of the Data Package, SQLite and
/// Parquet. docs/exports.md documents every column and rule.
/// </summary>
internal static class AcledEvents
{
    /// <summary>Lists inside a field: items separated by <see cref="Table.ListSeparator"/>; an item's sources follow it in parentheses, separated by spaces.</summary>
    private static string WithSources(string item, IEnumerable<SourceId> sources) => $"{item} ({string.Join(" ", sources.Select(s => s.Value))})";

    private static string Names(IEnumerable<Actor> actors) => string.Join(Table.ListSeparator, actors.Select(a => a.Name));

    private static string Ids(IEnumerable<Actor> actors) => string.Join(Table.ListSeparator, actors.Select(a => a.Id.Value));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    public static Table Build() => new TableBuilder<Row>("acled_events", "one row per event in the columns of ACLED's codebook, then columns of this dataset's own")
        .Key("event_id_cnty")
        .Text("event_id_cnty", "the event's id (ACLED: event_id_cnty)", r => r.Event.Id.Value, required: true, references: new ForeignKey("events", "id"))
        .Text("event_date", "the date as precisely as the sources give it: YYYY-MM-DD, YYYY-MM or YYYY; a day is never invented (ACLED always writes a day: use earliest_day and latest_day)", r => r.Event.Date.ToString(), required: true)
        .Text("end_date", "the last day, month or year of an event that spans several days", r => r.Event.EndDate?.ToString())
        .Day("earliest_day", "the first day on which the event may have happened, counting every date a source reports", r => r.Days.First, required: true)
        .Day("latest_day", "the last day on which the event may have happened or ended", r => r.Days.Last, required: true)
        .Integer("year", "the year of event_date (ACLED: year)", r => r.Event.Date.Year, required: true)
        .Integer("time_precision", "ACLED's code: 1 the day is known, 3 only the month or only the year", r => r.Event.Date.Precision == DatePrecision.Day ? 1 : 3, required: true)
        .Choice("date_precision", "day, month or year: the precision in words", TableBuilder<Row>.Precisions, r => TableBuilder<Row>.Word(r.Event.Date.Precision))
        .Text("reported_dates", "where sources disagree on the date, each date with its sources: 2024-07-26 (source-a source-b); 2024-07-27 (source-c)", r => NullIfEmpty(string.Join(Table.ListSeparator, r.Event.ReportedDates.Select(d => WithSources(d.Date.ToString(), d.Sources)))))
        .Text("event_type", "ACLED's event type, mapped from kind", r => r.Types.EventType, required: true)
        .Text("sub_event_type", "ACLED's sub-event type, mapped from kind", r => r.Types.SubEventType, required: true)
        .Enum("kind", "the event's own kind", r => (EventKind?)r.Event.Kind)
        .Text("title", "the curators' neutral title", r => r.Event.Title, required: true)
        .Text("actor1", "the principal actor of the side that initiates the event (ACLED: actor1)", r => r.Sides.Actor1?.Name)
        .Text("actor1_id", "its id", r => r.Sides.Actor1?.Id.Value, references: new ForeignKey("actors", "id"))
        .List("assoc_actor_1", "the other actors on actor1's side (ACLED: assoc_actor_1)", r => r.Sides.Associated1.Select(a => a.Name))
        .List("assoc_actor_1_ids", "their ids, in the same order", r => r.Sides.Associated1.Select(a => a.Id.Value))
        .Text("actor2", "the principal actor of the side the event is directed at (ACLED: actor2)", r => r.Sides.Actor2?.Name)
        .Text("actor2_id", "its id", r => r.Sides.Actor2?.Id.Value, references: new ForeignKey("actors", "id"))
        .List("assoc_actor_2", "the other actors on actor2's side (ACLED: assoc_actor_2)", r => r.Sides.Associated2.Select(a => a.Name))
        .List("assoc_actor_2_ids", "their ids, in the same order", r => r.Sides.Associated2.Select(a => a.Id.Value))
        .List("other_actors", "participants who take no side, each with its role: Le Monde (reporter)", r => r.Sides.Others.Select(o => $"{o.Actor.Name} ({Spellings.Of(o.Role)})"))
        .List("other_actor_ids", "their ids, in the same order", r => r.Sides.Others.Select(o => o.Actor.Id.Value))
        .Text("country", "the state the event took place in (ACLED: country); see country_basis", r => r.Country.State?.Name)
        .Text("country_id", "its id", r => r.Country.State?.Id.Value, references: new ForeignKey("actors", "id"))
        .Choice("country_basis", "place: the state the event's place lies in; actor1: the event has no place, and this is the state of the actor that initiated it", new[] { AcledCountry.FromPlace, AcledCountry.FromActor1 }, r => r.Country.Basis, required: false)
        .Text("location", "the place's name (ACLED: location)", r => r.Place?.Name)
        .Text("location_id", "its id", r => r.Place?.Id.Value, references: new ForeignKey("places", "id"))
        .Number("latitude", "the place's latitude, only where the data records it (ACLED: latitude)", r => r.Place?.Latitude)
        .Number("longitude", "the place's longitude, likewise (ACLED: longitude)", r => r.Place?.Longitude)
        .Integer("fatalities", "the most conservative total of deaths the sources support (ACLED: fatalities; rule in docs/exports.md); empty with the reason in fatalities_note", r => r.Fatalities.Total)
        .Choice("fatalities_qualifier", "exact when every figure added is exact; otherwise at-least", new[] { Spellings.Of(Qualifier.Exact), Spellings.Of(Qualifier.AtLeast) }, r => r.Fatalities.Total is null ? null : Spellings.Of(r.Fatalities.Exact ? Qualifier.Exact : Qualifier.AtLeast), required: false)
        .Choice("fatalities_note", "why fatalities is empty", new[] { AcledFatalities.NoFigure, AcledFatalities.Approximate, AcledFatalities.Overlapping }, r => r.Fatalities.Reason, required: false)
        .Text("fatality_figures", "every figure as reported, never added up, each with its sources: at-least 84 Wagner Group (source-a source-b)", r => NullIfEmpty(string.Join(Table.ListSeparator, r.Event.Fatalities.Select(FatalityText))))
        .List("caused_by", "the ids of the events the sources say led to this one", r => r.Event.CausedBy.Select(c => c.Value))
        .List("source", "the ids of the sources that report the event (ACLED: source); the sources table has their titles", r => r.Event.Sources.Select(s => s.Value))
        .Text("notes", "the curators' description, then each note, one per line (ACLED: notes)", r => NullIfEmpty(string.Join("\n", new[] { r.Event.Description }.Concat(r.Event.Notes).Where(n => !string.IsNullOrEmpty(n)))))
        .Build(Events.All.Select(Row.Of));

    /// <summary>One fatality figure with its qualifier, whose dead, and its sources: <c>at-least 47 Malian Armed Forces (source-a source-b)</c>.</summary>
    public static string FatalityText(Fatality figure) => WithSources(
        $"{Spellings.Of(figure.Qualifier)} {figure.Count.ToString(CultureInfo.InvariantCulture)}" + (figure.Actor is { } actor ? " " + actor.Resolve().Name : string.Empty),
        figure.Sources);

    private sealed record Row(Event Event, AcledSides Sides, AcledCountry Country, Place? Place, (string EventType, string SubEventType) Types, AcledFatalities Fatalities, (System.DateOnly First, System.DateOnly Last) Days)
    {
        public static Row Of(Event e)
        {
            var sides = AcledSides.Of(e);
            return new Row(e, sides, AcledCountry.Of(e, sides), e.Place?.Resolve(), AcledTypes.Of(e.Kind), AcledFatalities.Of(e), Events.PossibleDays(e));
        }
    }
}
