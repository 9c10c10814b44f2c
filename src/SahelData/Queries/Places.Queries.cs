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

    /// <summary>The place <paramref name="id"/>, then the place it lies <see cref="Place.Within"/>, and so on outward.</summary>
    public static ImmutableArray<Place> Ancestry(PlaceId id)
    {
        var chain = ImmutableArray.CreateBuilder<Place>();
        for (PlaceId? current = id; current is { } next; current = chain[^1].Within)
        {
            chain.Add(Get(next));
        }

        return chain.ToImmutable();
    }

    /// <summary>Whether the place <paramref name="id"/> lies in <paramref name="country"/>: its own <see cref="Place.Country"/> or that of a place it lies within.</summary>
    public static bool IsInCountry(PlaceId id, ActorId country) => Ancestry(id).Any(p => p.Country == country);

    /// <summary>The places that lie in the state <paramref name="country"/> (see <see cref="IsInCountry"/>), in id order.</summary>
    public static ImmutableArray<Place> InCountry(ActorId country) => All.Where(p => IsInCountry(p.Id, country)).ToImmutableArray();
}
