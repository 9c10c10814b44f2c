using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SahelData.Compiler.Checking;

namespace SahelData.Benchmarks;

/// <summary>
/// <c>sahel check</c> on synthetic datasets: the built tool as a curator runs it (a process, wall time from start
/// to exit), and the check alone in-process (parse, bind, link, resolve, no start-up), to judge linearity.
/// </summary>
internal static class CheckTimings
{
    public static string Measure(IReadOnlyList<int> sizes, int repeats)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "sahel.dll");
        var schema = DatasetSchema.Of(typeof(SahelData.Model.Actors).Assembly);
        var work = Path.Combine(Path.GetTempPath(), "sahel-benchmarks", "check");
        var rows = new StringBuilder("| entries | `sahel check` wall (ms) | check in-process (ms) | in-process µs per entry |\n|---:|---:|---:|---:|\n");

        // Loads and JIT-compiles the core before anything is timed.
        var warmup = Path.Combine(work, "warmup");
        new SyntheticDataset(100).Write(warmup);
        DataCheck.Run(Path.Combine(warmup, "data"), schema);

        foreach (var size in sizes)
        {
            var root = Path.Combine(work, $"n{size}");
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            var dataset = new SyntheticDataset(size);
            dataset.Write(root);
            var data = Path.Combine(root, "data");
            var problems = DataCheck.Run(data, schema).Count;
            if (problems != 0)
            {
                throw new InvalidOperationException($"the synthetic dataset of {size} has {problems} problems; the timings would not be of a clean check");
            }

            var wall = Measurements.Median(Enumerable.Range(0, repeats).Select(_ => Time(() =>
            {
                var (code, output) = Measurements.Run("dotnet", $"\"{tool}\" check \"{data}\"", root);
                if (code != 0)
                {
                    throw new InvalidOperationException(output);
                }
            })));
            var inProcess = Measurements.Median(Enumerable.Range(0, repeats).Select(_ => Time(() => DataCheck.Run(data, schema))));
            var line = string.Format(CultureInfo.InvariantCulture, "| {0:N0} | {1:F0} | {2:F0} | {3:F1} |", dataset.Total, wall, inProcess, inProcess * 1000 / dataset.Total);
            Console.WriteLine(line);
            rows.AppendLine(line);
        }

        return rows.ToString();
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
