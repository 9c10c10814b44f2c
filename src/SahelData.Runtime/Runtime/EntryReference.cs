namespace SahelData.Runtime;

/// <summary>One place where an entry is referred to: which entry refers to it, and through which key.</summary>
/// <param name="Collection">The folder of the referring entry's collection, e.g. <c>events</c>.</param>
/// <param name="Id">The id of the referring entry.</param>
/// <param name="Key">The key that holds the reference, e.g. <c>participants[].actor</c>.</param>
public sealed record EntryReference(string Collection, string Id, string Key)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Collection}/{Id} {Key}";
}
