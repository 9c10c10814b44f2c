using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SahelData.Model;

public static partial class Places
{
    /// <summary>The place <paramref name="id"/> and every place within it, however deep, in id order.</summary>
    public static ImmutableArray<Place> WithinOrAt(PlaceId id)
    {
        var found = new Dictionary<PlaceId, Place> { [id] = Get(id) };
        var pending = new Queue<PlaceId>();
        pending.Enqueue(id);
        while (pending.Count > 0)
        {
            foreach (var inner in ByWithin(pending.Dequeue()))
            {
                if (found.TryAdd(inner.Id, inner))
                {
                    pending.Enqueue(inner.Id);
                }
            }
        }

        return found.Values.OrderBy(p => p.Id).ToImmutableArray();
    }

    /// <summary>The places that lie in the state <paramref name="country"/> (their <see cref="Place.Country"/>), and every place within those, in id order.</summary>
    public static ImmutableArray<Place> InCountry(ActorId country) =>
        All.Where(p => p.Country == country)
            .SelectMany(p => WithinOrAt(p.Id))
            .Distinct()
            .OrderBy(p => p.Id)
            .ToImmutableArray();
}
