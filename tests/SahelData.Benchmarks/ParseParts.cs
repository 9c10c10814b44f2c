using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;
using YamlDotNet.Core;

namespace SahelData.Benchmarks;

/// <summary>
/// Where the parse of one data file goes (<c>parse-parts &lt;file&gt;</c>): each pass of <see cref="YamlFileParser"/> run
/// alone over the file, YamlDotNet's event parser alone, and the whole parse, each the median of nine runs after three
/// to warm up, with what it allocates and the garbage collections it causes. The whole parse keeps its tree alive while
/// it builds it, so a collection during it has that tree to trace and promote; YamlDotNet's events alone leave nothing.
/// </summary>
internal static class ParseParts
{
    public static string Measure(string file)
    {
        var text = File.ReadAllText(file);
        var bodies = BlockScalars.Bodies(text);
        if (!YamlPrescan.Check(new LineMap(file, text), text, 0, bodies, DataLimits.Default, ImmutableArray.CreateBuilder<DiagnosticInfo>()))
        {
            throw new InvalidOperationException($"{file} does not pass the prescan: the whole parse would stop there.");
        }

        // What the parse hands YamlDotNet.
        var parsed = YamlPrescan.WithBlankSeparatorLines(text, bodies);
        var report = new StringBuilder($"{file}: {text.Length:N0} characters, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}\n");
        void Time(string part, Action run)
        {
            const int Runs = 9;
            for (var i = 0; i < 3; i++)
            {
                run();
            }

            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var collections = GC.CollectionCount(0);
            var paused = GC.GetTotalPauseDuration();
            var times = Enumerable.Range(0, Runs).Select(_ => Measurements.Time(run)).ToList();
            report.AppendLine(
                $"  {part}: {Measurements.Median(times):F1} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / Runs / 1048576.0:F1} MB allocated, " +
                $"{(GC.CollectionCount(0) - collections) / (double)Runs:F1} collections and {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / Runs:F1} ms paused a run");
        }

        Time("line map", () => new LineMap(file, text));
        Time("block scalar bodies", () => BlockScalars.Bodies(text));
        Time("prescan", () => YamlPrescan.Check(new LineMap(file, text), text, 0, bodies, DataLimits.Default, ImmutableArray.CreateBuilder<DiagnosticInfo>()));
        Time("blank separator lines", () => YamlPrescan.WithBlankSeparatorLines(text, bodies));
        Time("YamlDotNet's events alone", () =>
        {
            var parser = new Parser(new StringReader(parsed));
            while (parser.MoveNext())
            {
            }
        });
        Time("the whole parse (all of the above, and the tree)", () => YamlFileParser.Parse(file, () => text, default));
        return report.ToString();
    }
}
