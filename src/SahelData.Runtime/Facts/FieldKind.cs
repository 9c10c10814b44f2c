#if SAHEL_COMPILER
namespace SahelData.Compiler.Model;
#else
namespace SahelData.Runtime;
#endif

/// <summary>The kinds of value a YAML key can hold, as the generator's schema knows them.</summary>
/// <remarks>
/// One list for both sides: the generator's core compiles this same file into its schema (internal there, in its
/// model's namespace), and the registry it emits names these members, so the kinds a tool reads are the kinds the
/// generator decided.
/// </remarks>
#if SAHEL_COMPILER
internal enum FieldKind
#else
public enum FieldKind
#endif
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

    /// <summary>One of the words of an enum (<c>FieldFacts.Enum</c>).</summary>
    Enum,

    /// <summary>A date as precise as it is known (<c>PartialDate</c>).</summary>
    Date,

    /// <summary>The id of an entry (<c>FieldFacts.TargetFolder</c> names its collection).</summary>
    Reference,

    /// <summary>A group of keys (<c>FieldFacts.Record</c>).</summary>
    Record,

    /// <summary>A list (<c>FieldFacts.ElementKind</c> says of what).</summary>
    List,
}
