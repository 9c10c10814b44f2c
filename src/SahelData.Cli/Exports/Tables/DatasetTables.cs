using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SahelData.Model;

namespace SahelData.Cli.Exports.Tables;

/// <summary>
/// The dataset as related tables: the one place where the analysts' exports read the compiled records (typed, without
/// reflection), so that the Data Package, SQLite and Parquet all write the same rows. Keys are the entries' ids; a fact
/// inside an entry (a position, a fatality figure, a reported date, a role) gets a key built from what it says, so a
/// key does not change when the curators reorder or add facts. docs/exports.md documents every table and column.
/// </summary>
internal static class DatasetTables
{
    private static readonly ForeignKey ToSources = new("sources", "id");
    private static readonly ForeignKey ToActors = new("actors", "id");
    private static readonly ForeignKey ToPlaces = new("places", "id");
    private static readonly ForeignKey ToEvents = new("events", "id");
    private static readonly ForeignKey ToClaims = new("claims", "id");

    /// <summary>The tables, parents before the tables that refer to them.</summary>
    public static IReadOnlyList<Table> All() => All(Facts.Read());

    private static IReadOnlyList<Table> All(Facts facts) => new[]
    {
        SourcesTable(),
        ActorsTable(),
        SourcesOf("actor_sources", "the sources an actor's entry cites", "actor_id", ToActors, Actors.All.Select(a => (a.Id.Value, a.Sources))),
        RolesTable(facts),
        SourcesOf("role_sources", "the sources of each role", "role_key", new ForeignKey("roles", "role_key"), facts.Roles.Select(r => (r.Key, r.Role.Sources))),
        PlacesTable(),
        SourcesOf("place_sources", "the sources a place's entry cites", "place_id", ToPlaces, Places.All.Select(p => (p.Id.Value, p.Sources))),
        EventsTable(),
        NotesOf("event_notes", "the curators' notes on an event, one row per note", "event_id", ToEvents, Events.All.Select(e => (e.Id.Value, e.Notes))),
        SourcesOf("event_sources", "the sources that report an event", "event_id", ToEvents, Events.All.Select(e => (e.Id.Value, e.Sources))),
        ParticipantsTable(),
        ReportedDatesTable(facts),
        SourcesOf("reported_date_sources", "the sources that give each reported date", "reported_date_key", new ForeignKey("reported_dates", "reported_date_key"), facts.ReportedDates.Select(r => (r.Key, r.Date.Sources))),
        FatalitiesTable(facts),
        SourcesOf("fatality_sources", "the sources of each fatality figure", "fatality_key", new ForeignKey("fatalities", "fatality_key"), facts.Fatalities.Select(f => (f.Key, f.Figure.Sources))),
        FiguresTable(facts),
        SourcesOf("figure_sources", "the sources of each figure", "figure_key", new ForeignKey("figures", "figure_key"), facts.Figures.Select(f => (f.Key, f.Figure.Sources))),
        ClaimsTable(),
        NotesOf("claim_notes", "the curators' notes on a claim, one row per note", "claim_id", ToClaims, Claims.All.Select(c => (c.Id.Value, c.Notes))),
        PositionsTable(facts),
        SourcesOf("position_sources", "the sources that attest each position", "position_key", new ForeignKey("positions", "position_key"), facts.Positions.Select(p => (p.Key, p.Position.Sources))),
        RelationsTable(),
        AcledEvents.Build(),
    };

    private static Table SourcesTable() => new TableBuilder<Source>("sources", "the documents every fact cites")
        .Key("id")
        .Text("id", "the source's id", s => s.Id.Value, required: true)
        .Text("title", "its title", s => s.Title, required: true)
        .Text("document", "the document's file name in the curators' collection", s => s.Document, required: true)
        .Enum("kind", "what kind of document it is", s => (SourceKind?)s.Kind)
        .PartialDate("published", "when it was published", s => s.Published)
        .Text("language", "its language (ISO 639-1)", s => s.Language)
        .Text("publisher", "who published it", s => s.Publisher)
        .Text("url", "where it is online", s => s.Url)
        .Text("archived_url", "an archived copy", s => s.ArchivedUrl)
        .Text("description", "the curators' description", s => s.Description)
        .Build(Sources.All);

    private static Table ActorsTable() => new TableBuilder<Actor>("actors", "states, armed forces and groups, organisations, media and people")
        .Key("id")
        .Text("id", "the actor's id", a => a.Id.Value, required: true)
        .Text("name", "its name", a => a.Name, required: true)
        .List("aliases", "other names and spellings the sources use", a => a.Aliases)
        .Enum("kind", "what kind of actor it is", a => (ActorKind?)a.Kind)
        .Text("country_id", "the state it belongs to", a => a.Country?.Value, references: ToActors)
        .Text("part_of_id", "the actor it is part of (also in relations)", a => a.PartOf?.Value, references: ToActors)
        .Text("successor_of_id", "the actor it succeeds (also in relations)", a => a.SuccessorOf?.Value, references: ToActors)
        .Text("description", "the curators' description", a => a.Description)
        .Build(Actors.All);

    private static Table RolesTable(Facts facts) => new TableBuilder<Facts.KeyedRole>("roles", "the offices and memberships a person or group held")
        .Key("role_key")
        .Text("role_key", "the role's key: <actor id>/<organization id or title>", r => r.Key, required: true)
        .Text("actor_id", "who held it", r => r.Actor.Value, required: true, references: ToActors)
        .Text("title", "the office or function", r => r.Role.Title, required: true)
        .Text("organization_id", "the organisation it was held in", r => r.Role.Organization?.Value, references: ToActors)
        .PartialDate("from", "when it began", r => r.Role.From)
        .PartialDate("to", "when it ended", r => r.Role.To)
        .Text("note", "the curators' note", r => r.Role.Note)
        .Build(facts.Roles);

    private static Table PlacesTable() => new TableBuilder<Place>("places", "cities, towns, regions and countries' territories")
        .Key("id")
        .Text("id", "the place's id", p => p.Id.Value, required: true)
        .Text("name", "its name", p => p.Name, required: true)
        .List("aliases", "other names and spellings the sources use", p => p.Aliases)
        .Enum("kind", "what kind of place it is", p => (PlaceKind?)p.Kind)
        .Text("country_id", "the state it lies in, where recorded on the place itself", p => p.Country?.Value, references: ToActors)
        .Text("within_id", "the larger place it lies in (also in relations)", p => p.Within?.Value, references: ToPlaces)
        .Number("latitude", "its latitude in degrees, where recorded (never a region's made-up centre)", p => p.Latitude)
        .Number("longitude", "its longitude in degrees, where recorded", p => p.Longitude)
        .Text("description", "the curators' description", p => p.Description)
        .Build(Places.All);

    private static Table EventsTable() => new TableBuilder<Event>("events", "what happened, one row per event")
        .Key("id")
        .Text("id", "the event's id", e => e.Id.Value, required: true)
        .Text("title", "the curators' neutral title", e => e.Title, required: true)
        .Enum("kind", "what kind of event it is", e => (EventKind?)e.Kind)
        .PartialDate("date", "when it happened (or began)", e => e.Date, required: true)
        .PartialDate("end_date", "when an event that spans several days ended", e => e.EndDate)
        .Day("earliest_day", "the first day on which it may have happened, counting every date a source reports", e => Events.PossibleDays(e).First, required: true)
        .Day("latest_day", "the last day on which it may have happened or ended, counting every date a source reports", e => Events.PossibleDays(e).Last, required: true)
        .Boolean("dates_disputed", "whether sources give different dates (see reported_dates)", e => !e.ReportedDates.IsEmpty)
        .Text("place_id", "where it happened", e => e.Place?.Value, references: ToPlaces)
        .Text("part_of_id", "the larger event it is part of (also in relations)", e => e.PartOf?.Value, references: ToEvents)
        .Text("description", "the curators' description", e => e.Description)
        .Build(Events.All);

    private static Table ParticipantsTable() => new TableBuilder<(Event Event, Participant Participant)>("participants", "who took part in each event, and in what role")
        .Key("event_id", "actor_id", "role")
        .Text("event_id", "the event", p => p.Event.Id.Value, required: true, references: ToEvents)
        .Text("actor_id", "the actor", p => p.Participant.Actor.Value, required: true, references: ToActors)
        .Enum("role", "its role in the event", p => (ParticipantRole?)p.Participant.Role)
        .Integer("acled_side", "the ACLED side this role puts the actor on: 1 (initiates), 2 (acted upon) or 0 (no side)", p => AcledSides.SideOf(p.Participant.Role, p.Event.Participants.Any(x => x.Role == ParticipantRole.Voter)), required: true)
        .Build(Events.All.SelectMany(e => e.Participants.Select(p => (e, p))));

    private static Table ReportedDatesTable(Facts facts) => new TableBuilder<Facts.KeyedReportedDate>("reported_dates", "the dates sources give when they disagree on when an event happened")
        .Key("reported_date_key")
        .Text("reported_date_key", "the key: <event id>/<date>", r => r.Key, required: true)
        .Text("event_id", "the event", r => r.Event.Value, required: true, references: ToEvents)
        .PartialDate("date", "the date these sources give", r => r.Date.Date, required: true)
        .Build(facts.ReportedDates);

    private static Table FatalitiesTable(Facts facts) => new TableBuilder<Facts.KeyedFatality>("fatalities", "every fatality figure as a source reports it, never added up")
        .Key("fatality_key")
        .Text("fatality_key", "the key: <event id>/<actor id or all>/<qualifier>-<count>", f => f.Key, required: true)
        .Text("event_id", "the event", f => f.Event.Value, required: true, references: ToEvents)
        .Text("actor_id", "whose dead these are; empty when the figure names no group", f => f.Figure.Actor?.Value, references: ToActors)
        .Integer("count", "the number of deaths", f => f.Figure.Count, required: true)
        .Enum("qualifier", "how the number is qualified", f => (Qualifier?)f.Figure.Qualifier)
        .Build(facts.Fatalities);

    private static Table FiguresTable(Facts facts) => new TableBuilder<Facts.KeyedFigure>("figures", "other quantities the sources give about an event (votes, equipment, troops)")
        .Key("figure_key")
        .Text("figure_key", "the key: <event id>/<number of the figure in the event>", f => f.Key, required: true)
        .Text("event_id", "the event", f => f.Event.Value, required: true, references: ToEvents)
        .Text("measure", "what is counted", f => f.Figure.Measure, required: true)
        .Number("value", "the value", f => (double)f.Figure.Value, required: true)
        .Enum("qualifier", "how the value is qualified", f => (Qualifier?)f.Figure.Qualifier)
        .Text("actor_id", "the actor the figure is about", f => f.Figure.Actor?.Value, references: ToActors)
        .Build(facts.Figures);

    private static Table ClaimsTable() => new TableBuilder<Claim>("claims", "statements some sources or actors make and others reject")
        .Key("id")
        .Text("id", "the claim's id", c => c.Id.Value, required: true)
        .Text("statement", "the claim in the curators' neutral words", c => c.Statement, required: true)
        .Boolean("disputed", "whether some hold it (assert, imply) and others reject it (deny, dispute)", Claims.IsDisputed)
        .Build(Claims.All);

    private static Table PositionsTable(Facts facts) => new TableBuilder<Facts.KeyedPosition>("positions", "who holds which stance on which claim, one row per position")
        .Key("position_key")
        .Text("position_key", "the key: <claim id>/<holder: actor id, or source:<source id>>/<stance>, with the date when one holder takes the same stance twice", p => p.Key, required: true)
        .Text("claim_id", "the claim", p => p.Claim.Value, required: true, references: ToClaims)
        .Choice("holder_type", "actor, or source when the cited source itself holds the position", new[] { "actor", "source" }, p => p.Position.Actor is null ? "source" : "actor")
        .Text("holder_actor_id", "the actor who holds it", p => p.Position.Actor?.Value, references: ToActors)
        .Text("holder_source_id", "the source that holds it itself (its first cited source)", p => p.Position.Actor is null ? p.Position.Sources[0].Value : null, references: ToSources)
        .Text("holder_name", "the holder's name, or the source's title", p => p.Position.Actor is { } actor ? actor.Resolve().Name : p.Position.Sources[0].Resolve().Title, required: true)
        .Enum("stance", "the stance", p => (Stance?)p.Position.Stance)
        .Text("stance_label", "the stance in words", p => Spellings.InWords(p.Position.Stance), required: true)
        .Choice("stance_side", "holds (asserts, implies), rejects (denies, disputes) or neither (reports, questions, declines to confirm)", new[] { "holds", "rejects", "neither" }, p => SideWord(p.Position.Stance.Side()))
        .PartialDate("date", "when the holder took it", p => p.Position.Date)
        .Text("quote", "the holder's words, as a source quotes them", p => p.Position.Quote)
        .Text("note", "the curators' note", p => p.Position.Note)
        .Build(facts.Positions);

    private static string SideWord(StanceSide side) => side switch
    {
        StanceSide.Holds => "holds",
        StanceSide.Rejects => "rejects",
        _ => "neither",
    };

    /// <summary>The links between entries, one row each, read as "subject relation object".</summary>
    private static Table RelationsTable()
    {
        var rows = new List<(string SubjectTable, string Subject, string Relation, string ObjectTable, string Object)>();
        foreach (var a in Actors.All)
        {
            if (a.PartOf is { } whole)
            {
                rows.Add(("actors", a.Id.Value, Spellings.Key(Actors.Folder, nameof(Actor.PartOf)), "actors", whole.Value));
            }

            if (a.SuccessorOf is { } predecessor)
            {
                rows.Add(("actors", a.Id.Value, Spellings.Key(Actors.Folder, nameof(Actor.SuccessorOf)), "actors", predecessor.Value));
            }
        }

        foreach (var p in Places.All)
        {
            if (p.Within is { } larger)
            {
                rows.Add(("places", p.Id.Value, Spellings.Key(Places.Folder, nameof(Place.Within)), "places", larger.Value));
            }
        }

        foreach (var e in Events.All)
        {
            if (e.PartOf is { } whole)
            {
                rows.Add(("events", e.Id.Value, Spellings.Key(Events.Folder, nameof(Event.PartOf)), "events", whole.Value));
            }

            rows.AddRange(e.CausedBy.Select(cause => ("events", e.Id.Value, Spellings.Key(Events.Folder, nameof(Event.CausedBy)), "events", cause.Value)));
        }

        foreach (var c in Claims.All)
        {
            rows.AddRange(c.About.Select(e => ("claims", c.Id.Value, Spellings.Key(Claims.Folder, nameof(Claim.About)), "events", e.Value)));
            rows.AddRange(c.Concerns.Select(a => ("claims", c.Id.Value, Spellings.Key(Claims.Folder, nameof(Claim.Concerns)), "actors", a.Value)));
        }

        var tables = new[] { "actors", "places", "events", "claims" };
        return new TableBuilder<(string SubjectTable, string Subject, string Relation, string ObjectTable, string Object)>("relations", "links between entries: part_of, successor_of, within, caused_by, about, concerns")
            .Key("subject_table", "subject_id", "relation", "object_id")
            .Choice("subject_table", "the table of the subject", tables, r => r.SubjectTable)
            .Text("subject_id", "the subject's id in that table", r => r.Subject, required: true)
            .Choice("relation", "the link, as the data files name it; caused_by reads \"subject was caused by object\"", new[] { "part_of", "successor_of", "within", "caused_by", "about", "concerns" }, r => r.Relation)
            .Choice("object_table", "the table of the object", tables, r => r.ObjectTable)
            .Text("object_id", "the object's id in that table", r => r.Object, required: true)
            .Build(rows);
    }

    private static Table SourcesOf(string name, string description, string keyColumn, ForeignKey parent, IEnumerable<(string Key, ImmutableArray<SourceId> Sources)> facts) =>
        new TableBuilder<(string Key, SourceId Source)>(name, description)
            .Key(keyColumn, "source_id")
            .Text(keyColumn, "what is cited", f => f.Key, required: true, references: parent)
            .Text("source_id", "the source", f => f.Source.Value, required: true, references: ToSources)
            .Build(facts.SelectMany(f => f.Sources.Distinct().Select(s => (f.Key, s))));

    private static Table NotesOf(string name, string description, string keyColumn, ForeignKey parent, IEnumerable<(string Key, ImmutableArray<string> Notes)> entries) =>
        new TableBuilder<(string Key, int Number, string Note)>(name, description)
            .Key(keyColumn, "note_number")
            .Text(keyColumn, "the entry", n => n.Key, required: true, references: parent)
            .Integer("note_number", "the note's place among the entry's notes, from 1", n => n.Number, required: true)
            .Text("note", "the note", n => n.Note, required: true)
            .Build(entries.SelectMany(e => e.Notes.Select((note, i) => (e.Key, i + 1, note))));

    /// <summary>The facts inside entries, each with its key.</summary>
    private sealed record Facts(
        IReadOnlyList<Facts.KeyedRole> Roles,
        IReadOnlyList<Facts.KeyedReportedDate> ReportedDates,
        IReadOnlyList<Facts.KeyedFatality> Fatalities,
        IReadOnlyList<Facts.KeyedFigure> Figures,
        IReadOnlyList<Facts.KeyedPosition> Positions)
    {
        public static Facts Read() => new(
            Actors.All.SelectMany(a => Keyed(a.Roles, r => $"{a.Id}/{r.Organization?.Value ?? r.Title}", (key, r) => new KeyedRole(key, a.Id, r))).ToList(),
            Events.All.SelectMany(e => Keyed(e.ReportedDates, r => $"{e.Id}/{r.Date}", (key, r) => new KeyedReportedDate(key, e.Id, r))).ToList(),
            Events.All.SelectMany(e => Keyed(e.Fatalities, f => $"{e.Id}/{f.Actor?.Value ?? "all"}/{Spellings.Of(f.Qualifier)}-{f.Count.ToString(CultureInfo.InvariantCulture)}", (key, f) => new KeyedFatality(key, e.Id, f))).ToList(),
            Events.All.SelectMany(e => e.Figures.Select((f, i) => new KeyedFigure($"{e.Id}/{(i + 1).ToString(CultureInfo.InvariantCulture)}", e.Id, f))).ToList(),
            Claims.All.SelectMany(c => Keyed(c.Positions, p => $"{c.Id}/{(p.Actor is { } actor ? actor.Value : "source:" + p.Sources[0].Value)}/{Spellings.Of(p.Stance)}", (key, p) => new KeyedPosition(key, c.Id, p), p => p.Date?.ToString())).ToList());

        /// <summary>
        /// Keys from what each fact says; where two facts of one entry say the same, the refinement (a date) is added,
        /// then a counter, so keys stay unique.
        /// </summary>
        private static IEnumerable<TKeyed> Keyed<TFact, TKeyed>(ImmutableArray<TFact> facts, Func<TFact, string> key, Func<string, TFact, TKeyed> make, Func<TFact, string?>? refine = null)
        {
            var keys = facts.Select(key).ToList();
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < facts.Length; i++)
            {
                var candidate = keys[i];
                if (keys.Count(k => k == keys[i]) > 1 && refine?.Invoke(facts[i]) is { } refinement)
                {
                    candidate += "/" + refinement;
                }

                var unique = candidate;
                for (var n = 2; !used.Add(unique); n++)
                {
                    unique = candidate + "~" + n.ToString(CultureInfo.InvariantCulture);
                }

                yield return make(unique, facts[i]);
            }
        }

        public sealed record KeyedRole(string Key, ActorId Actor, Role Role);

        public sealed record KeyedReportedDate(string Key, EventId Event, ReportedDate Date);

        public sealed record KeyedFatality(string Key, EventId Event, Fatality Figure);

        public sealed record KeyedFigure(string Key, EventId Event, Figure Figure);

        public sealed record KeyedPosition(string Key, ClaimId Claim, Position Position);
    }
}
