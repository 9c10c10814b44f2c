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
    LocationInfo Location,
    EquatableArray<YamlNode> Items,
    EquatableArray<YamlPair> Pairs)
{
    /// <summary>A plain scalar that YAML reads as null: <c>~</c>, <c>null</c> or nothing at all.</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlPair(YamlNode Key, YamlNode Value);

/// <summary>One YAML file, parsed on its own so that editing it re-parses it alone.</summary>
internal sealed record ParsedFile(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics);
