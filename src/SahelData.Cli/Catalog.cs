using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SahelData.Model;
using SahelData.Runtime;

namespace SahelData.Cli;

/// <summary>One collection of the dataset, seen through the operations the tool needs on every collection alike.</summary>
/// <remarks>
/// Folders, ids, titles, keys and spellings are read from the collection's registry (<see cref="CollectionFacts"/>),
/// which the build compiled beside the data; the typed look-ups are the collection's own.
/// </remarks>
internal sealed record CollectionView(
    CollectionFacts Facts,
    int Count,
    Func<string, object?> Get,
    Func<string, ImmutableArray<object>> FindByName,
    Func<object, ImmutableArray<EntryReference>> ReferencesTo,
    Func<IEnumerable<object>> All,
    string JsonSchema)
{
    /// <summary>The collection's data folder.</summary>
    public string Folder => Facts.Folder;

    /// <summary>The ids of every entry, in id order.</summary>
    public IEnumerable<string> Ids() => All().Select(Facts.IdOf);

    /// <summary>What names <paramref name="entry"/> in listings: the collection's title field.</summary>
    public string Title(object entry) => Facts.TitleOf(entry);
}

/// <summary>The five collections of the embedded dataset.</summary>
internal static class Catalog
{
    public static readonly ImmutableArray<CollectionView> Collections = ImmutableArray.Create(
        new CollectionView(
            Sources.Facts,
            Sources.Count,
            id => Sources.TryGet(new SourceId(id), out var entry) ? entry : null,
            _ => ImmutableArray<object>.Empty,
            entry => Sources.ReferencesTo(((Source)entry).Id),
            () => Sources.All,
            Sources.JsonSchema),
        new CollectionView(
            Actors.Facts,
            Actors.Count,
            id => Actors.TryGet(new ActorId(id), out var entry) ? entry : null,
            name => Actors.FindAll(name).CastArray<object>(),
            entry => Actors.ReferencesTo(((Actor)entry).Id),
            () => Actors.All,
            Actors.JsonSchema),
        new CollectionView(
            Places.Facts,
            Places.Count,
            id => Places.TryGet(new PlaceId(id), out var entry) ? entry : null,
            name => Places.FindAll(name).CastArray<object>(),
            entry => Places.ReferencesTo(((Place)entry).Id),
            () => Places.All,
            Places.JsonSchema),
        new CollectionView(
            Events.Facts,
            Events.Count,
            id => Events.TryGet(new EventId(id), out var entry) ? entry : null,
            _ => ImmutableArray<object>.Empty,
            entry => Events.ReferencesTo(((Event)entry).Id),
            () => Events.All,
            Events.JsonSchema),
        new CollectionView(
            Claims.Facts,
            Claims.Count,
            id => Claims.TryGet(new ClaimId(id), out var entry) ? entry : null,
            _ => ImmutableArray<object>.Empty,
            entry => Claims.ReferencesTo(((Claim)entry).Id),
            () => Claims.All,
            Claims.JsonSchema));

    public static CollectionView ByFolder(string folder) => Collections.Single(c => c.Folder == folder);

    /// <summary>
    /// The entries an id or a name designates: exact ids first, then names and aliases. <c>actors/mali</c>, the form
    /// the tool prints, looks in that collection only.
    /// </summary>
    public static ImmutableArray<(CollectionView Collection, object Entry)> Resolve(string idOrName)
    {
        var collections = Collections;
        if (Lookup.SplitCollection(idOrName) is { } split)
        {
            collections = ImmutableArray.Create(ByFolder(split.Folder));
            idOrName = split.Id;
        }

        idOrName = idOrName.Trim();
        var byId = collections
            .Select(c => (Collection: c, Entry: c.Get(idOrName.ToLowerInvariant())))
            .Where(m => m.Entry is not null)
            .Select(m => (m.Collection, m.Entry!))
            .ToImmutableArray();
        if (!byId.IsEmpty)
        {
            return byId;
        }

        return collections.SelectMany(c => c.FindByName(idOrName).Select(e => (c, e))).ToImmutableArray();
    }

    /// <summary>The id closest to a mistyped one, for a "did you mean" hint.</summary>
    public static string? Suggest(string idOrName) =>
        SahelData.Compiler.Names.Suggestions.Closest(idOrName.ToLowerInvariant(), Collections.SelectMany(c => c.Ids()));
}
