using System;

namespace SahelData;

/// <summary>
/// Marks a reference to the same collection that must never lead back to where it started (a hierarchy): the build
/// refuses a circle in the data.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class AcyclicAttribute : Attribute
{
}
