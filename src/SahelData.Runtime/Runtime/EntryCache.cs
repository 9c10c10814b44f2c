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

    /// <summary>Entry <paramref name="index"/>, built by <paramref name="build"/> the first time it is asked for.</summary>
    /// <remarks>Inlined into every lookup: a plain read, since references are read atomically and an entry is published whole.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Get(int index, Func<int, T> build) => entries[index] ?? Build(index, build);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private T Build(int index, Func<int, T> build)
    {
        if (build is null)
        {
            throw new ArgumentNullException(nameof(build));
        }

        var entry = build(index);
        return Interlocked.CompareExchange(ref entries[index], entry, null) ?? entry;
    }
}
