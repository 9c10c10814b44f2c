namespace SahelData.Model;

/// <summary>Which side of a claim a stance puts its holder on.</summary>
public enum StanceSide
{
    /// <summary>The holder holds the claim true, outright or by suggestion (<see cref="Stance.Asserts"/>, <see cref="Stance.Implies"/>).</summary>
    Holds,

    /// <summary>The holder rejects the claim or its basis (<see cref="Stance.Denies"/>, <see cref="Stance.Disputes"/>).</summary>
    Rejects,

    /// <summary>The holder takes no side: relays the claim or raises doubts (<see cref="Stance.Reports"/>, <see cref="Stance.Questions"/>, and any stance not listed above).</summary>
    Neither,
}

/// <summary>Reading stances as sides of a claim.</summary>
public static class Stances
{
    /// <summary>
    /// The side <paramref name="stance"/> puts its holder on. Only an outright or suggested "true" holds and only a denial
    /// or a contest rejects; relaying and doubting are neither, so they never make a claim look disputed.
    /// </summary>
    public static StanceSide Side(this Stance stance) => stance switch
    {
        Stance.Asserts or Stance.Implies => StanceSide.Holds,
        Stance.Denies or Stance.Disputes => StanceSide.Rejects,
        _ => StanceSide.Neither,
    };
}
