using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace SahelData.Runtime;

/// <summary>
/// Holds the entries of one collection, each built on first use, so that start-up costs nothing whatever the size
/// of the dataset. For generated code only.
/// </summary>
/// <typeparam name="T">The record type of the collection.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntryCache<T>
    where T : class
{
    private readonly T?[] entries;

    /// <summary>Prepares room for <paramref name="count"/> entries.</summary>
    public EntryCache(int count) => entries = new T?[count];

    /// <summary>
    /// Entry <paramref name="index"/> if it is built, else null: generated code reads it so, and calls <see cref="Build"/>
    /// only on a miss, so that the hot path does not load the builder's delegate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Built(int index) => entries[index];

    /// <summary>Builds entry <paramref name="index"/> with <paramref name="build"/>, unless another thread did first, and returns it.</summary>
    /// <remarks>A plain read in <see cref="Built"/>: references are read atomically, and an entry is published whole here.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public T Build(int index, Func<int, T> build)
    {
        if (build is null)
        {
            throw new ArgumentNullException(nameof(build));
        }

        var entry = build(index);
        return Interlocked.CompareExchange(ref entries[index], entry, null) ?? entry;
    }
}
