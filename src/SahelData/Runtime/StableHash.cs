namespace SahelData.Runtime;

/// <summary>
/// A hash that never changes between processes, runtimes or machines (32-bit FNV-1a over UTF-16 code units),
/// so that hash tables computed at compile time can be probed at run time.
/// </summary>
public static class StableHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Hashes <paramref name="text"/>.</summary>
    public static uint Of(string text)
    {
        var hash = OffsetBasis;
        if (text is null)
        {
            return hash;
        }

        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
