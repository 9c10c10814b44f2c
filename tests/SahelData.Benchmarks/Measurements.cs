using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SahelData.Generators;
using SahelData.Generators.Tests.Infrastructure;

namespace SahelData.Benchmarks;

/// <summary>Generator run times measured in-process with Roslyn's driver.</summary>
internal sealed record GeneratorFigures(double FullMs, double YamlEditMs, double CodeEditMs, double AllocatedMb, double YamlCommentEditMs, double ModelWhitespaceEditMs)
{
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"full {FullMs:0} ms; one YAML value edited {YamlEditMs:0} ms (ratio {YamlEditMs / FullMs:0.000}); a YAML comment added {YamlCommentEditMs:0} ms (ratio {YamlCommentEditMs / FullMs:0.000}); blank lines added to a model file {ModelWhitespaceEditMs:0} ms (ratio {ModelWhitespaceEditMs / FullMs:0.000}); unrelated C# edit {CodeEditMs:0.00} ms; allocated {AllocatedMb:0} MB");
}

/// <summary>A clean dotnet build of the dataset as a library, and of the same library with no data.</summary>
internal sealed record BuildFigures(double BuildSeconds, double EmptyBuildSeconds, double PeakMemoryMb, double GeneratedSourceMb, double AssemblyMb, double UnnamedBuildSeconds, double UnnamedPeakMemoryMb);

/// <summary>Run-time figures from a fresh process.</summary>
internal sealed record RuntimeFigures(double ColdStartMs, double FromMainMs, double EnumerateMs, double ByIdNs, double ByAliasNs, double ByAliasFoldedNs, double FrozenNs, double ReverseNs, double WorkingSetMb, double EnumerateAgainMs, double EnumerateArrayMs, double FoldedBytes);

internal static class Measurements
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The model records under another namespace, so that a synthetic dataset compiles beside the real one.</summary>
    public static IReadOnlyList<(string Name, string Text)> ModelSources()
    {
        var assembly = typeof(Measurements).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith("Model.", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => (n, "using SahelData;\n" + Read(assembly, n).Replace("namespace SahelData.Model;", "namespace Synthetic.Model;", StringComparison.Ordinal)))
            .ToList();
    }

    public static string CompiledProbe() => CompiledProbeSource.Text;

    /// <summary>What the generator sees for a synthetic dataset: the model records, the YAML files and the data folder option.</summary>
    private static (Compilation Compilation, List<AdditionalText> Files, TestOptionsProvider Options) Inputs(string dataRoot) =>
        (CSharpCompilation.Create(
            "Synthetic",
            ModelSources().Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Name)),
            Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(PartialDate).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)),
        Directory.GetFiles(dataRoot, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(f))).ToList(),
        new TestOptionsProvider(new Dictionary<string, string> { [SahelDataGenerator.DataDirectoryOption] = dataRoot }));

    public static GeneratorFigures Generator(string dataRoot, int repeats)
    {
        var (compilation, files, options) = Inputs(dataRoot);

        GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(new[] { new SahelDataGenerator().AsSourceGenerator() }, files, ParseOptions, options);

        var full = new List<double>();
        var allocated = new List<double>();
        GeneratorDriver driver = NewDriver();
        for (var i = 0; i < repeats; i++)
        {
            driver = NewDriver();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            full.Add(Time(() => driver = driver.RunGenerators(compilation)));
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0);
            Fail(driver);
        }

        var yamlEdit = new List<double>();
        var codeEdit = new List<double>();
        // A curator's edit: one description in one events file.
        var edited = files.First(f => f.Path.Contains($"{Path.DirectorySeparatorChar}events{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        for (var i = 0; i < repeats; i++)
        {
            var original = edited.GetText()!.ToString();
            var at = original.IndexOf("Synthetic event", StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException("No description to edit.");
            }

            var text = original.Insert(at, $"Edit {i}: ");

            var replacement = new InMemoryAdditionalText(edited.Path, text);
            driver = driver.ReplaceAdditionalText(edited, replacement);
            edited = replacement;
            yamlEdit.Add(Time(() => driver = driver.RunGenerators(compilation)));
            Fail(driver);
            var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"internal static class Unrelated{i} {{ }}", ParseOptions));
            codeEdit.Add(Time(() => driver = driver.RunGenerators(changed)));
        }

        var commentEdit = new List<double>();
        var modelEdit = new List<double>();
        var model = compilation;
        for (var i = 0; i < repeats; i++)
        {
            // Moves every line of one YAML file down without changing any value.
            var commented = new InMemoryAdditionalText(edited.Path, $"# note {i}\n" + edited.GetText()!);
            driver = driver.ReplaceAdditionalText(edited, commented);
            edited = commented;
            commentEdit.Add(Time(() => driver = driver.RunGenerators(model)));
            Fail(driver);

            // Moves every declaration of one model file down.
            var tree = model.SyntaxTrees.First();
            model = model.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("\n\n" + tree.GetText())));
            modelEdit.Add(Time(() => driver = driver.RunGenerators(model)));
            Fail(driver);
        }

        return new GeneratorFigures(Median(full), Median(yamlEdit), Median(codeEdit), Median(allocated), Median(commentEdit), Median(modelEdit));
    }

    /// <summary>
    /// What each step's outputs keep alive once a full run is done: the driver holds every step's last outputs for the
    /// next run, so they all count towards the build's peak memory. Each step's share is what a full collection frees
    /// when its outputs alone are let go (objects two steps share are counted for neither).
    /// </summary>
    public static string Retained(string dataRoot)
    {
        var (held, sources) = RunAndKeepOutputs(dataRoot);
        static long Live() => GC.GetTotalMemory(forceFullCollection: true);
        var report = new System.Text.StringBuilder();
        var all = Live();
        report.AppendLine($"every step's outputs and the generated sources: {all / 1048576.0:F0} MB live");
        var last = all;
        foreach (var name in held.Keys.ToList())
        {
            held.Remove(name);
            var now = Live();
            if (last - now > 1048576)
            {
                report.AppendLine($"  {name}: {(last - now) / 1048576.0:F0} MB");
            }

            last = now;
        }

        sources.Clear();
        var end = Live();
        report.AppendLine($"  generated sources: {(last - end) / 1048576.0:F0} MB; left: {end / 1048576.0:F0} MB");
        return report.ToString();
    }

    // Its own method, not inlined, so that nothing but what it returns outlives the run (unoptimised code keeps every
    // local alive to the end of its method).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Dictionary<string, List<object>> Held, List<Microsoft.CodeAnalysis.Text.SourceText> Sources) RunAndKeepOutputs(string dataRoot)
    {
        var (compilation, files, options) = Inputs(dataRoot);
        GeneratorDriver driver = StepTrackingDriver(files, options);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        return (result.TrackedSteps.ToDictionary(step => step.Key, step => step.Value.SelectMany(s => s.Outputs).Select(o => o.Value).ToList()),
            result.GeneratedSources.Select(s => s.SourceText).ToList());
    }

    private static GeneratorDriver StepTrackingDriver(List<AdditionalText> files, TestOptionsProvider options) =>
        CSharpGeneratorDriver.Create(new[] { new SahelDataGenerator().AsSourceGenerator() }, files, ParseOptions, options, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Time spent in each named pipeline step for a full run and for a one-file edit.</summary>
    public static string Profile(string dataRoot)
    {
        var (compilation, files, options) = Inputs(dataRoot);
        GeneratorDriver driver = StepTrackingDriver(files, options);
        var report = new System.Text.StringBuilder();
        void Steps(string title)
        {
            var result = driver.GetRunResult().Results.Single();
            report.AppendLine(title);
            foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps))
            {
                var reasons = steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
                report.AppendLine($"  {name}: {steps.Sum(s => s.ElapsedTime.TotalMilliseconds):F0} ms over {steps.Length} ({string.Join(", ", reasons)})");
            }
        }

        // Garbage collections stop every step that happens to be running; their pauses are counted apart.
        string Collections(TimeSpan pausedBefore) => $"{(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms of it paused for garbage collection";

        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        Steps($"full run {clock.ElapsedMilliseconds} ms, {Collections(paused)}");
        var edited = files.First(f => f.Path.Contains($"{Path.DirectorySeparatorChar}events{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var original = edited.GetText()!.ToString();
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, original.Insert(original.IndexOf("Synthetic event", StringComparison.Ordinal), "Edit: ")));
        paused = GC.GetTotalPauseDuration();
        clock.Restart();
        driver = driver.RunGenerators(compilation);
        Steps($"edit run {clock.ElapsedMilliseconds} ms, {Collections(paused)}");
        report.Append(EditedFileStages(driver.GetRunResult().Results.Single(), edited.Path, driver, dataRoot));
        return report.ToString();
    }

    /// <summary>
    /// Each stage an edit re-runs, run alone on the edited file (median of 15, after a collection), so that the
    /// garbage collections the driver's run happened to pause on are not charged to any of them.
    /// </summary>
    private static string EditedFileStages(GeneratorRunResult result, string path, GeneratorDriver driver, string dataRoot)
    {
        T Output<T>(string step) => (T)result.TrackedSteps[step].SelectMany(s => s.Outputs).First().Value;
        var schema = Output<SahelData.Compiler.Model.EquatableArray<SahelData.Compiler.Model.CollectionSpec>>("ValidSchema");
        var index = Output<SahelData.Compiler.Model.IdIndex>("IdIndex");
        var settings = SahelData.Compiler.Resolving.OutputSettings.Default;
        var text = File.ReadAllText(path);
        var report = new System.Text.StringBuilder($"the edited file's stages alone ({Path.GetFileName(path)}, median of 15):\n");
        SahelData.Compiler.Model.ParsedFile parsed = null!;
        SahelData.Compiler.Model.BoundFile bound = null!;
        SahelData.Compiler.Model.LinkedFile linked = null!;
        void Stage(string name, Action run)
        {
            run();
            GC.Collect();
            var times = Enumerable.Range(0, 15).Select(_ => Time(run)).ToList();
            report.AppendLine(System.FormattableString.Invariant($"  {name}: {Median(times):F1} ms"));
        }

        Stage("parse", () => parsed = SahelData.Compiler.Parsing.YamlFileParser.Parse(path, () => text, default));
        Stage("bind", () => bound = SahelData.Compiler.Binding.EntryBinder.Bind(parsed, schema, dataRoot, default));
        Stage("link the file", () => linked = SahelData.Compiler.Linking.DatasetLinker.LinkFile(SahelData.Compiler.Linking.DatasetLinker.ContentOf(bound), index, schema, default)!);
        Stage("keys of the file", () => SahelData.Compiler.Linking.DatasetLinker.KeysOf(linked, schema));
        Stage("resolve the chunks", () => SahelData.Compiler.Resolving.DatasetResolver.ResolveChunks(linked, schema, settings, default));
        return report.ToString();
    }

    public static BuildFigures Build(string root, string dataRoot, string emptyRoot)
    {
        var (seconds, memory, generated, assembly) = BuildProject(Path.Combine(root, "build-data"), dataRoot, namedMembers: true);
        var (emptySeconds, _, _, _) = BuildProject(Path.Combine(root, "build-empty"), emptyRoot, namedMembers: true);
        var (unnamedSeconds, unnamedMemory, _, _) = BuildProject(Path.Combine(root, "build-unnamed"), dataRoot, namedMembers: false);
        return new BuildFigures(seconds, emptySeconds, memory, generated, assembly, unnamedSeconds, unnamedMemory);
    }

    /// <summary>A clean build of the data with the default settings and one of the same project with no data, one after the other.</summary>
    public static string BuildPair(string root, string dataRoot, string emptyRoot)
    {
        var (seconds, memory, generated, _) = BuildProject(Path.Combine(root, "build-data"), dataRoot, namedMembers: true);
        var (emptySeconds, emptyMemory, _, _) = BuildProject(Path.Combine(root, "build-empty"), emptyRoot, namedMembers: true);
        return FormattableString.Invariant($"build {seconds:F1} s (peak {memory:F0} MB, {generated:F1} MB generated), no data {emptySeconds:F1} s (peak {emptyMemory:F0} MB): {seconds / emptySeconds:F2}x");
    }

    public static string CompiledAssembly(string root, bool namedMembers = true) =>
        Path.Combine(root, namedMembers ? "build-data" : "build-unnamed", "bin", "Release", "net10.0", "Synthetic.dll");

    public static RuntimeFigures Runtime(string fileName, string arguments, int repeats)
    {
        var runs = Enumerable.Range(0, repeats).Select(_ => JsonDocument.Parse(Run(fileName, arguments, Environment.CurrentDirectory).Output.Trim().Split('\n')[^1]).RootElement.Clone()).ToList();
        double M(string name) => Median(runs.Select(r => r.TryGetProperty(name, out var value) ? value.GetDouble() : double.NaN));
        return new RuntimeFigures(M("coldStartMs"), M("fromMainMs"), M("enumerateMs"), M("byIdNs"), M("byAliasNs"), M("byAliasFoldedNs"), M("frozenNs"), M("reverseNs"), M("workingSetMb"), M("enumerateAgainMs"), M("enumerateArrayMs"), M("foldedBytes"));
    }

    private static (double Seconds, double PeakMemoryMb, double GeneratedMb, double AssemblyMb) BuildProject(string project, string dataRoot, bool namedMembers)
    {
        if (Directory.Exists(project))
        {
            Directory.Delete(project, recursive: true);
        }

        Directory.CreateDirectory(project);
        File.WriteAllText(
            Path.Combine(project, "Synthetic.csproj"),
            SahelData.Testing.AnalyzerConsumer.Project(
                dataRoot,
                ("OutputType", "Exe"),
                ("ImplicitUsings", "disable"),
                ("EmitCompilerGeneratedFiles", "true"),
                ("SahelDataNamedMembers", namedMembers ? "true" : "false")));
        foreach (var (name, text) in ModelSources())
        {
            File.WriteAllText(Path.Combine(project, name), text);
        }

        File.WriteAllText(Path.Combine(project, "Program.cs"), CompiledProbe());
        var restore = Run("dotnet", "restore -nologo", project);
        Check(restore, "restore");
        var timed = File.Exists("/usr/bin/time");
        var clock = Stopwatch.StartNew();
        var build = timed
            ? Run("/usr/bin/time", "-f SAHEL_PEAK_KB=%M dotnet build --no-restore -c Release -nologo -clp:NoSummary -p:UseSharedCompilation=false", project)
            : Run("dotnet", "build --no-restore -c Release -nologo -clp:NoSummary -p:UseSharedCompilation=false", project);
        var seconds = clock.Elapsed.TotalSeconds;
        Check(build, "build");
        var peak = timed ? double.Parse(build.Output.Split("SAHEL_PEAK_KB=")[^1].Trim().Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024 : double.NaN;
        var generated = Directory.GetFiles(Path.Combine(project, "obj"), "*.g.cs", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0;
        var assembly = new FileInfo(Path.Combine(project, "bin", "Release", "net10.0", "Synthetic.dll")).Length / 1048576.0;
        return (seconds, peak, generated, assembly);
    }

    public static (int Code, string Output) Run(string fileName, string arguments, string directory) =>
        SahelData.Testing.Processes.Run(fileName, arguments, directory, TimeSpan.FromHours(1));

    private static void Check((int Code, string Output) result, string what)
    {
        if (result.Code != 0)
        {
            throw new InvalidOperationException($"{what} failed:\n{result.Output}");
        }
    }

    private static void Fail(GeneratorDriver driver)
    {
        var errors = driver.GetRunResult().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The synthetic dataset does not compile: " + string.Join("\n", errors.Take(5)));
        }
    }

    internal static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
