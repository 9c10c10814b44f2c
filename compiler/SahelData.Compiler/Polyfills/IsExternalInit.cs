namespace System.Runtime.CompilerServices;

/// <summary>Lets records with init-only properties compile for netstandard2.0, which lacks this marker type.</summary>
internal static class IsExternalInit
{
}
