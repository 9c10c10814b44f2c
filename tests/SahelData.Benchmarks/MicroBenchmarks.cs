using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SahelData.Benchmarks;

/// <summary>
/// Runs <see cref="LookupBenchmarks"/> with BenchmarkDotNet and prints each lookup against its FrozenDictionary
/// baseline, with the bytes it allocates, in one run.
/// </summary>
internal static class MicroBenchmarks
{
    /// <summary>The goal: a compiled lookup within this factor of a bare FrozenDictionary.</summary>
    private const double Goal = 2.0;

    public static string Run(bool thorough)
    {
        // In-process, so that a run takes a minute or two rather than rebuilding a project per benchmark; the short
        // job is noisier than the default, which "--thorough" restores. Medians, not means: on a shared machine a
        // few iterations stall while others' work runs.
        var job = (thorough ? Job.Default : Job.ShortRun.WithIterationCount(9)).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<LookupBenchmarks>(config);

        (double Ns, long Bytes) Figure(string method)
        {
            var report = summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
            return (report.ResultStatistics?.Median ?? double.NaN, bytes);
        }

        string Line(string what, string compiled, string baseline)
        {
            var (ns, bytes) = Figure(compiled);
            var (baseNs, baseBytes) = Figure(baseline);
            var ratio = ns / baseNs;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"- {what}: {ns:0.0} ns, {bytes} B allocated; FrozenDictionary {baseNs:0.0} ns, {baseBytes} B; ratio {ratio:0.00} (goal ≤ {Goal:0}: {(ratio <= Goal ? "met" : "missed")})");
        }

        return string.Join(
            Environment.NewLine,
            "Steady-state lookups against FrozenDictionary (BenchmarkDotNet, one run, medians):",
            Line("lookup by id", nameof(LookupBenchmarks.ById), nameof(LookupBenchmarks.FrozenById)),
            Line("lookup by alias as the data spells it against the bare id dictionary", nameof(LookupBenchmarks.ByAlias), nameof(LookupBenchmarks.FrozenById)),
            Line("lookup by alias as the data spells it against a FrozenDictionary by name (OrdinalIgnoreCase, no folding)", nameof(LookupBenchmarks.ByAlias), nameof(LookupBenchmarks.FrozenByName)),
            Line("lookup by alias in another case (folded: case, accents, punctuation) against the bare id dictionary", nameof(LookupBenchmarks.ByAliasFolded), nameof(LookupBenchmarks.FrozenById)),
            Line("lookup by alias in another case against a FrozenDictionary by name (OrdinalIgnoreCase, no folding)", nameof(LookupBenchmarks.ByAliasFolded), nameof(LookupBenchmarks.FrozenByName)),
            Line("reverse index, events involving an actor", nameof(LookupBenchmarks.ReverseIndex), nameof(LookupBenchmarks.FrozenReverseIndex)),
            Line("All, every actor", nameof(LookupBenchmarks.All), nameof(LookupBenchmarks.FrozenAll)));
    }
}
