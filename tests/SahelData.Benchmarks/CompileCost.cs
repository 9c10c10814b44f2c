using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace SahelData.Benchmarks;

/// <summary>
/// What the C# compiler spends on a folder of generated sources (the <c>obj/.../generated</c> folder of a synthetic
/// build, as written or edited by hand): parse, bind and emit with a portable PDB, in-process, on one thread, without
/// the generator or analyzers. The bytes allocated barely move with the machine's load, so two shapes of generated
/// code can be compared on a shared machine where wall times cannot.
/// </summary>
internal static class CompileCost
{
    public static string Measure(string generatedFolder, int runs)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var sources = Directory.GetFiles(generatedFolder, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Name: f, Text: File.ReadAllText(f)))
            .Concat(Measurements.ModelSources())
            .Append((Name: "Program.cs", Text: Measurements.CompiledProbe()))
            .ToList();
        var references = Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(PartialDate).Assembly.Location)).ToList();
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);
        var report = new StringBuilder($"{generatedFolder}: {sources.Sum(s => (long)s.Text.Length) / 1048576.0:F1} M characters\n");
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var compilation = CSharpCompilation.Create(
                "Synthetic",
                sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parseOptions, s.Name)),
                references,
                options);
            using var assembly = new MemoryStream();
            using var symbols = new MemoryStream();
            var result = compilation.Emit(assembly, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            if (!result.Success)
            {
                throw new InvalidOperationException("The sources do not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }

            report.AppendLine($"  run {run + 1}: {(Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds:F0} ms of processor time, {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F0} MB allocated");
        }

        return report.ToString();
    }
}
