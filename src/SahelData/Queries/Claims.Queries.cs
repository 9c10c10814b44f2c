using System.Collections.Immutable;
using System.Linq;

namespace SahelData.Model;

public static partial class Claims
{
    /// <summary>
    /// The claims that some hold (assert or imply) and others reject (deny or dispute), in id order.
    /// A claim only reported or questioned is not disputed.
    /// </summary>
    public static ImmutableArray<Claim> Disputed => All.Where(IsDisputed).ToImmutableArray();

    /// <summary>Whether some position on <paramref name="claim"/> holds it and another rejects it (see <see cref="StanceSide"/>).</summary>
    public static bool IsDisputed(Claim claim)
    {
        System.ArgumentNullException.ThrowIfNull(claim);
        return claim.Positions.Any(p => p.Stance.Side() == StanceSide.Holds)
            && claim.Positions.Any(p => p.Stance.Side() == StanceSide.Rejects);
    }
}
