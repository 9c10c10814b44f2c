using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SahelData.Runtime;

/// <summary>Thrown when a name given to a <c>Find</c> lookup belongs to several entries.</summary>
public sealed class AmbiguousNameException : Exception
{
    /// <summary>Creates the exception for <paramref name="name"/>, naming every entry that carries it.</summary>
    public AmbiguousNameException(string name, IEnumerable<string> ids)
        : base(Describe(name, ids, out var candidates))
    {
        Name = name;
        CandidateIds = candidates;
    }

    /// <summary>The name that was looked up.</summary>
    public string Name { get; }

    /// <summary>The ids of every entry that carries the name.</summary>
    public ImmutableArray<string> CandidateIds { get; }

    private static string Describe(string name, IEnumerable<string> ids, out ImmutableArray<string> candidates)
    {
        candidates = ImmutableArray.CreateRange(ids);
        return $"The name '{name}' belongs to {candidates.Length} entries: {string.Join(", ", candidates)}. Use FindAll, or look the entry up by id.";
    }
}
