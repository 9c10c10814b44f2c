using System;
using System.Collections.Generic;

namespace SahelData.Runtime;

/// <summary>A member of an enum the data files use: its value, its C# name, its YAML spelling and what it means.</summary>
public sealed class EnumMemberFacts
{
    /// <summary>Creates the facts of one member; called by generated code.</summary>
    /// <param name="value">The member.</param>
    /// <param name="name">Its C# name.</param>
    /// <param name="spelling">How the data files spell it.</param>
    /// <param name="description">What it means, from its documentation, or null.</param>
    public EnumMemberFacts(Enum value, string name, string spelling, string? description)
    {
        Value = value;
        Name = name;
        Spelling = spelling;
        Description = description;
    }

    /// <summary>The member itself.</summary>
    public Enum Value { get; }

    /// <summary>Its C# name, e.g. <c>DeclinesToConfirm</c>.</summary>
    public string Name { get; }

    /// <summary>How the data files spell it, e.g. <c>declines-to-confirm</c>.</summary>
    public string Spelling { get; }

    /// <summary>What it means, from its documentation, or null.</summary>
    public string? Description { get; }
}

/// <summary>An enum the data files use, with each of its members in declaration order.</summary>
public sealed class EnumFacts
{
    /// <summary>Creates the facts of one enum; called by generated code.</summary>
    /// <param name="enumType">The enum.</param>
    /// <param name="members">Its members, in declaration order.</param>
    public EnumFacts(Type enumType, IReadOnlyList<EnumMemberFacts> members)
    {
        EnumType = enumType;
        Members = members;
    }

    /// <summary>The enum.</summary>
    public Type EnumType { get; }

    /// <summary>Its members, in declaration order.</summary>
    public IReadOnlyList<EnumMemberFacts> Members { get; }

    /// <summary>The facts of <paramref name="value"/>, or null when it is no declared member (a cast number).</summary>
    /// <param name="value">A value of this enum.</param>
    public EnumMemberFacts? MemberOf(Enum value)
    {
        foreach (var member in Members)
        {
            if (member.Value.Equals(value))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>How the data files spell <paramref name="value"/>, e.g. <c>declines-to-confirm</c>.</summary>
    /// <param name="value">A declared member of this enum.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is no declared member of this enum.</exception>
    public string SpellingOf(Enum value) =>
        MemberOf(value)?.Spelling ?? throw new ArgumentException($"{value} is not a declared member of {EnumType.Name}", nameof(value));
}
