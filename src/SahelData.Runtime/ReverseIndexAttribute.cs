using System;

namespace SahelData;

/// <summary>
/// Names the reverse index generated for a reference property: the static method that lists the entries referring to
/// a given id. Without it the index is named <c>By</c> followed by the property path.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ReverseIndexAttribute : Attribute
{
    /// <summary>Names the reverse index <paramref name="name"/>.</summary>
    public ReverseIndexAttribute(string name) => Name = name;

    /// <summary>The name of the generated lookup method.</summary>
    public string Name { get; }
}
