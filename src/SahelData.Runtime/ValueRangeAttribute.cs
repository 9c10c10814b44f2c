using System;

namespace SahelData;

/// <summary>
/// Bounds the values a number (or the year of a date) may take in the data files: the build refuses a value outside
/// them, and the JSON Schemas carry them to editors. Either bound may be left open.
/// </summary>
/// <remarks>
/// Named apart from <c>System.ComponentModel.DataAnnotations.RangeAttribute</c>, which checks values at run time, so
/// that a file may import both namespaces.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ValueRangeAttribute : Attribute
{
    /// <summary>Bounds the values to the range from <paramref name="minimum"/> to <paramref name="maximum"/>, both included.</summary>
    public ValueRangeAttribute(double minimum, double maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Bounds the values with <see cref="Minimum"/>, <see cref="Maximum"/> or both.</summary>
    public ValueRangeAttribute()
    {
    }

    /// <summary>The smallest value allowed (included); open when not set.</summary>
    public double Minimum { get; set; } = double.NegativeInfinity;

    /// <summary>The largest value allowed (included); open when not set.</summary>
    public double Maximum { get; set; } = double.PositiveInfinity;
}
