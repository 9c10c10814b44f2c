using SahelData.Compiler.Diagnostics;

namespace SahelData.Compiler.Model;

internal enum YamlNodeKind
{
    Scalar,
    Sequence,
    Mapping,

    /// <summary>A node that could not be read; its problem is already reported, so binding stays silent about it.</summary>
    Invalid,
}

/// <summary>A YAML node with no tie to YamlDotNet: its text, its children and where it stands in the file.</summary>
internal sealed record YamlNode(
    YamlNodeKind Kind,
    string? Value,
    bool IsPlain,
    YamlSpan Span,
    EquatableArray<YamlNode> Items,
    EquatableArray<YamlPair> Pairs)
{
    /// <summary>Where the node stands in its file (a new object on each call: keep it where it is needed).</summary>
    public LocationInfo Location => Span.Location;

    /// <summary>A plain scalar that YAML reads as null: <c>~</c>, <c>null</c> or nothing at all.</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A key and its value in a mapping; a struct, held in the mapping's array with no object of its own.</summary>
internal readonly record struct YamlPair(YamlNode Key, YamlNode Value);

/// <summary>
/// Where a node stands: offsets in its file, made into a location only when one is asked for. Most values are never
/// pointed at by a diagnostic or kept with an entry, and a location object per node was a third of a file's parse
/// (its allocation, its line search, and the collections that traced it while the tree was being built).
/// </summary>
internal readonly record struct YamlSpan(LineMap Lines, int Start, int End)
{
    public LocationInfo Location => Lines.At(Start, End);

    /// <summary>
    /// Offsets alone: every node of a tree shares its file's map, which <see cref="ParsedFile"/> compares once; compared
    /// here, it would cost a pass over the file's line starts for every node.
    /// </summary>
    public bool Equals(YamlSpan other) => Start == other.Start && End == other.End;

    public override int GetHashCode() => unchecked((Start * 397) ^ End);
}

/// <summary>
/// One YAML file, parsed on its own so that editing it re-parses it alone; <see cref="Lines"/> is the map its nodes'
/// spans share (null when the file was not read far enough to have nodes).
/// </summary>
internal sealed record ParsedFile(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics, LineMap? Lines = null);
