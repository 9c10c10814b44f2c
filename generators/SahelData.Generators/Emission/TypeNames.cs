namespace SahelData.Generators.Emission;

/// <summary>
/// Every type generated code names, fully qualified once here, so that emitters read as the code they write and a
/// type that moves is changed in one place.
/// </summary>
internal static class TypeNames
{
    public const string AmbiguousNameException = "global::SahelData.Runtime.AmbiguousNameException";
    public const string CompiledCollection = "global::SahelData.Runtime.CompiledCollection";
    public const string EntryCache = "global::SahelData.Runtime.EntryCache";
    public const string EntryReference = "global::SahelData.Runtime.EntryReference";
    public const string Guard = "global::SahelData.Runtime.Guard";
    public const string NameKey = "global::SahelData.Runtime.NameKey";
    public const string Packed = "global::SahelData.Runtime.Packed";
    public const string StableHash = "global::SahelData.Runtime.StableHash";
    public const string PerfectHash = "global::SahelData.Runtime.PerfectHash";
    public const string TextTable = "global::SahelData.Runtime.TextTable";
    public const string ValueReader = "global::SahelData.Runtime.ValueReader";

    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string FrozenDictionary = "global::System.Collections.Frozen.FrozenDictionary";
    public const string Dictionary = "global::System.Collections.Generic.Dictionary";
    public const string HashSet = "global::System.Collections.Generic.HashSet";
    public const string IEnumerable = "global::System.Collections.Generic.IEnumerable";
    public const string KeyNotFoundException = "global::System.Collections.Generic.KeyNotFoundException";
    public const string List = "global::System.Collections.Generic.List";
    public const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";
    public const string ImmutableInterlocked = "global::System.Collections.Immutable.ImmutableInterlocked";
    public const string EditorBrowsable = "global::System.ComponentModel.EditorBrowsable";
    public const string EditorBrowsableState = "global::System.ComponentModel.EditorBrowsableState";
    public const string NotNullWhen = "global::System.Diagnostics.CodeAnalysis.NotNullWhen";
    public const string Func = "global::System.Func";
    public const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
    public const string CultureInfo = "global::System.Globalization.CultureInfo";
    public const string IComparable = "global::System.IComparable";
    public const string Enumerable = "global::System.Linq.Enumerable";
    public const string MethodImpl = "global::System.Runtime.CompilerServices.MethodImpl";
    public const string MethodImplOptions = "global::System.Runtime.CompilerServices.MethodImplOptions";
    public const string MemoryExtensions = "global::System.MemoryExtensions";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string Span = "global::System.Span";
    public const string StringComparer = "global::System.StringComparer";
    public const string StringComparison = "global::System.StringComparison";
    public const string Interlocked = "global::System.Threading.Interlocked";
    public const string Assert = "global::Xunit.Assert";
    public const string Fact = "global::Xunit.Fact";
    public const string MemberData = "global::Xunit.MemberData";
    public const string Theory = "global::Xunit.Theory";
    public const string TheoryData = "global::Xunit.TheoryData";
}
