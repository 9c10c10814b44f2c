namespace SahelData.Runtime;

/// <summary>The kinds of value a YAML key can hold, as the generator's schema knows them.</summary>
public enum FieldKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number that fits 32 bits.</summary>
    Int32,

    /// <summary>A whole number that fits 64 bits.</summary>
    Int64,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>A binary floating-point number.</summary>
    Double,

    /// <summary>One of the words of an enum (<see cref="FieldFacts.Enum"/>).</summary>
    Enum,

    /// <summary>A date as precise as it is known (<see cref="PartialDate"/>).</summary>
    Date,

    /// <summary>The id of an entry (<see cref="FieldFacts.TargetFolder"/> names its collection).</summary>
    Reference,

    /// <summary>A group of keys (<see cref="FieldFacts.Record"/>).</summary>
    Record,

    /// <summary>A list (<see cref="FieldFacts.ElementKind"/> says of what).</summary>
    List,
}
