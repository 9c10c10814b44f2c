namespace SahelData.Benchmarks;

/// <summary>The run-time probe compiled into each synthetic dataset: it measures the compiled tables from a fresh process.</summary>
internal static class CompiledProbeSource
{
    public const string Text = """
        // The run-time probe compiled into each synthetic dataset: it measures the compiled tables from a fresh process.
        using System;
        using System.Collections.Frozen;
        using System.Diagnostics;
        using System.Linq;
        using Synthetic.Model;

        var fromMain = Stopwatch.StartNew();
        var first = Actors.Get(new ActorId("actor-000001"));
        var firstFromMain = fromMain.Elapsed.TotalMilliseconds;
        var coldStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

        var clock = Stopwatch.StartNew();
        var enumerated = Events.All.Length + Actors.All.Length + Claims.All.Length + Places.All.Length + Sources.All.Length;
        var enumerate = clock.Elapsed.TotalMilliseconds;

        var random = new Random(7);
        var ids = Enumerable.Range(0, 100_000).Select(_ => "actor-" + random.Next(Actors.Count).ToString("000000")).ToArray();
        // Copies, made one after the other as the ids and the upper-case names are: the records' own strings lie wherever
        // their records were built, so reading them would time the probe's input (a cache miss per call at 100,000
        // entries) rather than the lookup.
        var names = ids.Select(id => new string(Actors.Get(new ActorId(id)).Name.AsSpan())).ToArray();
        var byIdBaseline = Actors.All.ToFrozenDictionary(a => a.Id.Value, StringComparer.Ordinal);

        double PerCall(Func<int, object?> call)
        {
            // Half a second of calls first, so that tiered compilation has optimised the code being measured.
            var warm = Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 500) for (var i = 0; i < ids.Length; i++) call(i);
            var best = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < ids.Length; i++) call(i);
                best = Math.Min(best, watch.Elapsed.TotalNanoseconds / ids.Length);
            }

            return best;
        }

        // Enumerating All after the first pass (which built every record, timed above) against enumerating arrays of
        // the same records built beforehand: the same loop, reading the same property of each record.
        var (events, actors, claims, places, sources) = (Events.All.ToArray(), Actors.All.ToArray(), Claims.All.ToArray(), Places.All.ToArray(), Sources.All.ToArray());
        double PerPass(Func<long> pass)
        {
            var warm = Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 200) pass();
            var best = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < 20; i++) pass();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds / 20);
            }

            return best;
        }

        var enumerateAgain = PerPass(() =>
        {
            long sum = 0;
            foreach (var e in Events.All) sum += e.Id.Value.Length;
            foreach (var e in Actors.All) sum += e.Id.Value.Length;
            foreach (var e in Claims.All) sum += e.Id.Value.Length;
            foreach (var e in Places.All) sum += e.Id.Value.Length;
            foreach (var e in Sources.All) sum += e.Id.Value.Length;
            return sum;
        });
        var enumerateArray = PerPass(() =>
        {
            long sum = 0;
            foreach (var e in events) sum += e.Id.Value.Length;
            foreach (var e in actors) sum += e.Id.Value.Length;
            foreach (var e in claims) sum += e.Id.Value.Length;
            foreach (var e in places) sum += e.Id.Value.Length;
            foreach (var e in sources) sum += e.Id.Value.Length;
            return sum;
        });

        var byId = PerCall(i => Actors.Get(new ActorId(ids[i])));
        var byAlias = PerCall(i => Actors.Find(names[i]));
        var otherCase = names.Select(n => n.ToUpperInvariant()).ToArray();
        var byAliasFolded = PerCall(i => Actors.Find(otherCase[i]));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < ids.Length; i++) Actors.Find(otherCase[i]);
        var foldedBytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)ids.Length;
        var baseline = PerCall(i => byIdBaseline[ids[i]]);
        var reverse = PerCall(i => Events.Involving(new ActorId(ids[i])));
        GC.Collect();
        Console.WriteLine($"{{\"coldStartMs\":{coldStart:F1},\"fromMainMs\":{firstFromMain:F2},\"enumerateMs\":{enumerate:F1},\"enumerateAgainMs\":{enumerateAgain:F3},\"enumerateArrayMs\":{enumerateArray:F3},\"foldedBytes\":{foldedBytes:F1},\"entries\":{enumerated},\"byIdNs\":{byId:F1},\"byAliasNs\":{byAlias:F1},\"byAliasFoldedNs\":{byAliasFolded:F1},\"frozenNs\":{baseline:F1},\"reverseNs\":{reverse:F1},\"workingSetMb\":{Environment.WorkingSet / 1048576.0:F1},\"first\":\"{first.Id}\"}}");
        """;
}
