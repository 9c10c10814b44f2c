using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace SahelData.Runtime;

/// <summary>Argument checks for generated code, kept out of line so that the callers stay small enough to inline.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Guard
{
    /// <summary>Returns <paramref name="value"/>, or throws when it is null.</summary>
    public static T NotNull<T>([NotNull] T? value, string name)
        where T : class => value ?? throw new ArgumentNullException(name);
}
