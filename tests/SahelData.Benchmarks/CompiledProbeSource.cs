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
        var names = ids.Select(id => Actors.Get(new ActorId(id)).Name).ToArray();
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

        var byId = PerCall(i => Actors.Get(new ActorId(ids[i])));
        var byAlias = PerCall(i => Actors.Find(names[i]));
        var otherCase = names.Select(n => n.ToUpperInvariant()).ToArray();
        var byAliasFolded = PerCall(i => Actors.Find(otherCase[i]));
        var baseline = PerCall(i => byIdBaseline[ids[i]]);
        var reverse = PerCall(i => Events.Involving(new ActorId(ids[i])));
        GC.Collect();
        Console.WriteLine($"{{\"coldStartMs\":{coldStart:F1},\"fromMainMs\":{firstFromMain:F2},\"enumerateMs\":{enumerate:F1},\"entries\":{enumerated},\"byIdNs\":{byId:F1},\"byAliasNs\":{byAlias:F1},\"byAliasFoldedNs\":{byAliasFolded:F1},\"frozenNs\":{baseline:F1},\"reverseNs\":{reverse:F1},\"workingSetMb\":{Environment.WorkingSet / 1048576.0:F1},\"first\":\"{first.Id}\"}}");
        """;
}
