using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SahelData.Benchmarks;

/// <summary>The measured table and the ratios the performance goals are stated in.</summary>
internal static class Report
{
    public static string Markdown(List<(int Size, GeneratorFigures Generator, BuildFigures Build, RuntimeFigures Compiled, RuntimeFigures Unnamed, RuntimeFigures Yaml, RuntimeFigures Json)> rows)
    {
        var text = new StringBuilder();
        string F(double value, string format = "0.0") => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);
        text.AppendLine("| N | generator full | after one YAML edit | after unrelated C# edit | allocated | build | build, no data | build peak memory | generated source | assembly | build without named members | its peak memory |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            text.AppendLine($"| {r.Size:N0} | {F(r.Generator.FullMs, "0")} ms | {F(r.Generator.YamlEditMs, "0")} ms | {F(r.Generator.CodeEditMs, "0.00")} ms | {F(r.Generator.AllocatedMb, "0")} MB | {F(r.Build.BuildSeconds)} s | {F(r.Build.EmptyBuildSeconds)} s | {F(r.Build.PeakMemoryMb, "0")} MB | {F(r.Build.GeneratedSourceMb)} MB | {F(r.Build.AssemblyMb, "0.00")} MB | {F(r.Build.UnnamedBuildSeconds)} s | {F(r.Build.UnnamedPeakMemoryMb, "0")} MB |");
        }

        text.AppendLine();
        text.AppendLine("| N | loader | cold start to first lookup | of which from Main | enumerate All (first pass) | again | a prebuilt array | lookup by id | lookup by alias | by alias, upper case (folded) | bare FrozenDictionary | allocated per folded lookup | reverse index | working set |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            foreach (var (name, f) in new[] { ("compiled", r.Compiled), ("compiled, no named members", r.Unnamed), ("YamlDotNet at start-up", r.Yaml), ("System.Text.Json at start-up", r.Json) })
            {
                text.AppendLine($"| {r.Size:N0} | {name} | {F(f.ColdStartMs)} ms | {F(f.FromMainMs, "0.00")} ms | {F(f.EnumerateMs)} ms | {F(f.EnumerateAgainMs, "0.000")} ms | {F(f.EnumerateArrayMs, "0.000")} ms | {F(f.ByIdNs)} ns | {F(f.ByAliasNs)} ns | {F(f.ByAliasFoldedNs)} ns | {F(f.FrozenNs)} ns | {F(f.FoldedBytes, "0")} B | {F(f.ReverseNs)} ns | {F(f.WorkingSetMb, "0")} MB |");
            }
        }

        text.AppendLine();
        text.AppendLine("Ratios against the goals (one run):");
        text.AppendLine();
        foreach (var r in rows)
        {
            text.AppendLine($"- N = {r.Size:N0}: YAML value edit / full run = {F(r.Generator.YamlEditMs / r.Generator.FullMs, "0.000")}, YAML comment edit / full run = {F(r.Generator.YamlCommentEditMs / r.Generator.FullMs, "0.000")}, model whitespace edit / full run = {F(r.Generator.ModelWhitespaceEditMs / r.Generator.FullMs, "0.000")}; " +
                $"build / empty build = {F(r.Build.BuildSeconds / r.Build.EmptyBuildSeconds, "0.00")} ({F(r.Build.UnnamedBuildSeconds / r.Build.EmptyBuildSeconds, "0.00")} without named members); " +
                $"cold start YamlDotNet / compiled = {F(r.Yaml.ColdStartMs / r.Compiled.ColdStartMs, "0")}× ({F(r.Yaml.ColdStartMs / r.Unnamed.ColdStartMs, "0")}× without named members), System.Text.Json / compiled = {F(r.Json.ColdStartMs / r.Compiled.ColdStartMs, "0")}× ({F(r.Json.ColdStartMs / r.Unnamed.ColdStartMs, "0")}×); " +
                $"from Main: YamlDotNet / compiled = {F(r.Yaml.FromMainMs / r.Compiled.FromMainMs, "0")}×, System.Text.Json / compiled = {F(r.Json.FromMainMs / r.Compiled.FromMainMs, "0")}×; " +
                $"lookup by id / FrozenDictionary = {F(r.Compiled.ByIdNs / r.Compiled.FrozenNs, "0.00")}, by alias / FrozenDictionary = {F(r.Compiled.ByAliasNs / r.Compiled.FrozenNs, "0.00")}, by alias in upper case / FrozenDictionary = {F(r.Compiled.ByAliasFoldedNs / r.Compiled.FrozenNs, "0.00")}; " +
                $"enumerating All again / a prebuilt array = {F(r.Compiled.EnumerateAgainMs / r.Compiled.EnumerateArrayMs, "0.00")} (first pass {F(r.Compiled.EnumerateMs)} ms)");
        }

        if (rows.Count >= 2)
        {
            var (small, large) = (rows[^2], rows[^1]);
            var scale = (double)large.Size / small.Size;
            text.AppendLine($"- from N = {small.Size:N0} to {large.Size:N0} (×{F(scale, "0")}): generator time ×{F(large.Generator.FullMs / small.Generator.FullMs)}, build time ×{F(large.Build.BuildSeconds / small.Build.BuildSeconds)}, compiled cold start ×{F(large.Compiled.ColdStartMs / small.Compiled.ColdStartMs, "0.00")}");
        }

        return text.ToString();
    }
}
