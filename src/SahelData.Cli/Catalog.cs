using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SahelData.Model;
using SahelData.Runtime;

namespace SahelData.Cli;

/// <summary>The five collections of the embedded dataset, each through its compiled registry.</summary>
/// <remarks>
/// Folders, ids, titles, keys, spellings and the look-ups by id, by name and of references all come from each
/// collection's <see cref="CollectionFacts"/>, which the build compiled beside the data: the tool has no view of a
/// collection of its own.
/// </remarks>
internal static class Catalog
{
    public static readonly ImmutableArray<CollectionFacts> Collections =
        ImmutableArray.Create(Sources.Facts, Actors.Facts, Places.Facts, Events.Facts, Claims.Facts);

    public static CollectionFacts ByFolder(string folder) => Collections.Single(c => c.Folder == folder);

    /// <summary>
    /// The entries an id or a name designates: exact ids first, then names and aliases. <c>actors/mali</c>, the form
    /// the tool prints, looks in that collection only.
    /// </summary>
    public static ImmutableArray<(CollectionFacts Collection, object Entry)> Resolve(string idOrName)
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
