using System;
using System.Linq;
using System.Reflection;
using System.Text;
using CsCheck;
using SahelData.Compiler.Resolving;
using Packed = SahelData.Runtime.Packed;
using Xunit;

namespace SahelData.Generators.Tests;

/// <summary>
/// The perfect tables the resolver lays out, probed as generated code probes them, with the run-time copy of the
/// hash: every key must sit in the one slot its probe reads, whichever hash the resolver chose (four code units near
/// each end, or every code unit when those do not tell the keys apart).
/// </summary>
public sealed class PerfectHashTableTests
{
    private static readonly Type RuntimePerfectHash = typeof(SahelData.CollectionAttribute).Assembly.GetType("SahelData.Runtime.PerfectHash", throwOnError: true)!;

    /// <summary>Key sets: slugs of any length, and keys that differ only farther from either end than the cheap hash reads.</summary>
    private static readonly Gen<string[]> Keys = Gen.OneOf(
        Gen.String[Gen.Char["ab-0Z"], 1, 24].HashSet[1, 400].Select(set => set.ToArray()),
        Gen.String[Gen.Char["abcdefgh-"], 4, 30].HashSet[1, 400].Select(set => set.ToArray()),
        Gen.Int[1, 2000].Select(count => Enumerable.Range(0, count).Select(i => $"a-start-every-key-shares-{i:D5}-and-an-end-every-key-shares").ToArray()));

    [Fact]
    public void Every_key_is_found_in_the_one_slot_its_probe_reads()
    {
        var cheap = 0;
        Gen.Select(Keys, Gen.Bool).Sample(
            (keys, ignoresAsciiCase) =>
            {
                var table = HashTables.BuildPerfect(keys, ignoresAsciiCase);
                Assert.NotNull(table);
                if (table.Start >= 0)
                {
                    System.Threading.Interlocked.Increment(ref cheap);
                }

                for (var i = 0; i < keys.Length; i++)
                {
                    Assert.Equal(i, Probe(table, keys[i], ignoresAsciiCase));
                    if (ignoresAsciiCase)
                    {
                        Assert.Equal(i, Probe(table, keys[i].ToUpperInvariant(), ignoresAsciiCase));
                    }
                }
            },
            iter: 300);

        // Both hashes were exercised.
        Assert.InRange(cheap, 1, 299);
    }

    [Fact]
    public void Keys_that_differ_only_in_the_middle_take_the_full_hash()
    {
        var keys = Enumerable.Range(0, 50).Select(i => $"a-start-every-key-shares-{i:D2}-and-an-end-every-key-shares").ToArray();
        var table = HashTables.BuildPerfect(keys, ignoresAsciiCase: false)!;
        Assert.Equal(-1, table.Start);
        Assert.All(keys.Select((key, i) => (key, i)), k => Assert.Equal(k.i, Probe(table, k.key, false)));
    }

    /// <summary>The item in the slot generated code reads for <paramref name="key"/> (no comparison: that is the key cache's), or -1.</summary>
    private static int Probe(PerfectTable table, string key, bool ignoresAsciiCase)
    {
        if (key.Length < table.MinLength || key.Length > table.MaxLength)
        {
            return -1;
        }

        var bits = ignoresAsciiCase ? 0x0020_0020_0020_0020UL : 0UL;
        var hash = table.Start >= 0 ? OfEnds(key, table.Start, table.FromEnd, bits) : OfAll(key, bits);
        var displacement = Packed.At(Encoding.UTF8.GetBytes(table.Displacements.Text), table.Displacements.Width, (int)(hash & (uint)table.BucketMask));
        return Packed.At(Encoding.UTF8.GetBytes(table.Slots.Text), table.Slots.Width, Slot(hash, displacement, table.SlotShift)) - 1;
    }

    private delegate uint EndsHash(ReadOnlySpan<char> key, int start, int fromEnd, ulong bits);

    private delegate uint AllHash(ReadOnlySpan<char> key, ulong bits);

    private static readonly EndsHash OfEnds = RuntimePerfectHash.GetMethod("OfEnds", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<EndsHash>();

    private static readonly Func<uint, int, int, int> Slot = RuntimePerfectHash.GetMethod("Slot", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<uint, int, int, int>>();

    private static readonly AllHash OfAll = RuntimePerfectHash.GetMethod("OfAll", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<AllHash>();
}
