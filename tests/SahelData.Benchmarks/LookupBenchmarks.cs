using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SahelData.Model;

namespace SahelData.Benchmarks;

/// <summary>
/// Steady-state lookups in the compiled library, each next to what a developer would write over the same records
/// with <see cref="FrozenDictionary{TKey, TValue}"/>. Every benchmark makes <see cref="Calls"/> calls over the same
/// shuffled keys, so the figures are per call and the ratios compare like with like.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private const int Calls = 1024;

    private string[] ids = [];
    private string[] names = [];
    private string[] otherSpellings = [];
    private ActorId[] actorIds = [];
    private FrozenDictionary<string, Actor> frozenById = FrozenDictionary<string, Actor>.Empty;
    private FrozenDictionary<string, Actor> frozenByName = FrozenDictionary<string, Actor>.Empty;
    private FrozenDictionary<ActorId, ImmutableArray<Event>> frozenInvolving = FrozenDictionary<ActorId, ImmutableArray<Event>>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var actors = Actors.All;
        var picked = Enumerable.Range(0, Calls).Select(_ => actors[random.Next(actors.Length)]).ToArray();
        ids = picked.Select(a => a.Id.Value).ToArray();
        actorIds = picked.Select(a => a.Id).ToArray();

        // Names and aliases in the spelling the data records, those only one actor carries, so that Find answers
        // and the baseline holds the same names.
        var owners = actors.SelectMany(a => a.Aliases.Prepend(a.Name).Select(n => (Name: n, Actor: a)))
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .Where(p => Actors.FindAll(p.Name).Length == 1).ToList();
        names = Enumerable.Range(0, Calls).Select(_ => owners[random.Next(owners.Count)].Name).ToArray();

        // The same names as a reader might type them, in upper case (lower case where the data already spells a
        // name in capitals), so that no lookup matches a recorded spelling and every one is folded.
        var recorded = actors.SelectMany(a => a.Aliases.Prepend(a.Name)).ToHashSet(StringComparer.Ordinal);
        otherSpellings = names.Select(n => recorded.Contains(n.ToUpperInvariant()) ? n.ToLowerInvariant() : n.ToUpperInvariant()).ToArray();
        if (otherSpellings.Any(n => recorded.Contains(n) || Actors.Find(n) is null))
        {
            throw new InvalidOperationException("Every other spelling must differ from the recorded ones and still be found.");
        }

        frozenById = actors.ToFrozenDictionary(a => a.Id.Value, StringComparer.Ordinal);
        frozenByName = owners.ToFrozenDictionary(p => p.Name, p => p.Actor, StringComparer.OrdinalIgnoreCase);
        frozenInvolving = actors.ToFrozenDictionary(a => a.Id, a => Events.All.Where(e => e.Participants.Any(p => p.Actor == a.Id)).ToImmutableArray());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls, Description = "FrozenDictionary by id")]
    public Actor? FrozenById()
    {
        Actor? last = null;
        foreach (var id in ids)
        {
            last = frozenById[id];
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "Actors.Get(new ActorId(id))")]
    public Actor? ById()
    {
        Actor? last = null;
        foreach (var id in ids)
        {
            last = Actors.Get(new ActorId(id));
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "FrozenDictionary by name, OrdinalIgnoreCase")]
    public Actor? FrozenByName()
    {
        Actor? last = null;
        foreach (var name in names)
        {
            last = frozenByName[name];
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "Actors.Find(alias)")]
    public Actor? ByAlias()
    {
        Actor? last = null;
        foreach (var name in names)
        {
            last = Actors.Find(name);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "Actors.Find(alias in another case)")]
    public Actor? ByAliasFolded()
    {
        Actor? last = null;
        foreach (var name in otherSpellings)
        {
            last = Actors.Find(name);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "FrozenDictionary of events by actor")]
    public int FrozenReverseIndex()
    {
        var total = 0;
        foreach (var id in actorIds)
        {
            total += frozenInvolving[id].Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "Events.Involving(id)")]
    public int ReverseIndex()
    {
        var total = 0;
        foreach (var id in actorIds)
        {
            total += Events.Involving(id).Length;
        }

        return total;
    }

    [Benchmark(Description = "FrozenDictionary.Values, every actor")]
    public int FrozenAll()
    {
        var total = 0;
        foreach (var actor in frozenById.Values)
        {
            total += actor.Name.Length;
        }

        return total;
    }

    [Benchmark(Description = "Actors.All, every actor")]
    public int All()
    {
        var total = 0;
        foreach (var actor in Actors.All)
        {
            total += actor.Name.Length;
        }

        return total;
    }
}
