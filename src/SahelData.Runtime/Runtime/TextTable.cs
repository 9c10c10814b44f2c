using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace SahelData.Runtime;

/// <summary>
/// The texts of one collection, stored by the generator as one UTF-8 literal and decoded on first use.
/// For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TextTable
{
    private readonly string?[] decoded;

    /// <summary>Prepares a table of <paramref name="count"/> texts.</summary>
    public TextTable(int count) => decoded = new string?[count];

    /// <summary>
    /// The table held in <paramref name="table"/>, made there on first use. A chunk's table is made when one of its
    /// entries is first read rather than with its collection's class, so that the first lookup in a collection costs
    /// the same however many chunks the collection has.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TextTable Of(ref TextTable? table, int count) => table ?? Make(ref table, count);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TextTable Make(ref TextTable? table, int count) =>
        Interlocked.CompareExchange(ref table, new TextTable(count), null) ?? table!;

    /// <summary>
    /// Text number <paramref name="index"/>, whose UTF-8 bytes lie between bounds <paramref name="index"/> and
    /// <paramref name="index"/> + 1 of the packed table <paramref name="bounds"/> (<paramref name="width"/> characters a value).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Get(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> bounds, int width, int index) =>
        index < 0 ? string.Empty : decoded[index] ?? Decode(utf8, bounds, width, index);

    // A plain read above: references are read atomically, and a text is published whole by the exchange below.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string Decode(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> bounds, int width, int index)
    {
        var start = Packed.At(bounds, width, index);
        var text = Encoding.UTF8.GetString(utf8[start..Packed.At(bounds, width, index + 1)]);
        return Interlocked.CompareExchange(ref decoded[index], text, null) ?? text;
    }

    /// <summary>Like <see cref="Get"/>, but a negative index stands for null.</summary>
    public string? GetOrNull(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> bounds, int width, int index) =>
        index < 0 ? null : Get(utf8, bounds, width, index);
}
