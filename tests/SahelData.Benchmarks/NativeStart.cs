using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SahelData.Benchmarks;

/// <summary>How an app is compiled for the start-up comparison, and the publish options that make it so.</summary>
internal sealed record StartMode(string Name, string ToolOptions, string ProbeOptions);

/// <summary>Start-up of one mode: the tool's wall time and the probe's first lookup.</summary>
internal sealed record StartFigures(StartMode Mode, List<double> StatsMs, RuntimeFigures Probe, double PublishSeconds, double ToolMb)
{
    public double Median => StatsMs.Order().ElementAt(StatsMs.Count / 2);
}

/// <summary>
/// <c>native</c>: the <c>sahel</c> tool and the compiled-data probe published as JIT (framework-dependent), ReadyToRun
/// and NativeAOT, then <c>sahel stats</c> timed in fresh processes, the three modes taking turns, against the 20 ms goal.
/// </summary>
internal static class NativeStart
{
    public const double GoalMs = 20;

    /// <summary>Every mode runs with invariant globalization (as the native profile ships), so that only code generation differs.</summary>
    private static readonly StartMode[] Modes =
    [
        new("JIT", string.Empty, string.Empty),
        new("ReadyToRun", "-p:PublishProfile=readytorun", "-r linux-x64 --self-contained false -p:PublishReadyToRun=true"),
        new("NativeAOT", "-p:PublishProfile=native", "-r linux-x64 -p:PublishAot=true -p:OptimizationPreference=Speed"),
    ];

    public static int Run(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs") ?? "15", CultureInfo.InvariantCulture);
        var size = int.Parse(Option(args, "--size") ?? "1000", CultureInfo.InvariantCulture);
        var report = Option(args, "--out");
        var repository = RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "sahel-benchmarks", "native");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        Check(Measurements.Run("bash", $"\"{Path.Combine(repository, "build", "install-native-toolchain.sh")}\"", repository), "installing clang and zlib1g-dev");
        Console.WriteLine($"SahelData native start: `sahel stats` {runs} runs per mode, probe over N = {size:N0} (5 runs), {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");

        var probeProject = WriteProbe(work, size);
        var published = new List<(StartMode Mode, string Tool, string Probe, double Seconds)>();
        foreach (var mode in Modes)
        {
            var tool = Path.Combine(work, "tool-" + mode.Name);
            var clock = Stopwatch.StartNew();
            Check(Measurements.Run("dotnet", $"publish \"{Path.Combine(repository, "src", "SahelData.Cli")}\" -c Release {mode.ToolOptions} -p:InvariantGlobalization=true -p:UseSharedCompilation=false -o \"{tool}\" -nologo", repository), $"publishing the tool ({mode.Name})");
            var seconds = clock.Elapsed.TotalSeconds;
            var probe = Path.Combine(work, "probe-" + mode.Name);
            Check(Measurements.Run("dotnet", $"publish -c Release {mode.ProbeOptions} -p:InvariantGlobalization=true -p:UseSharedCompilation=false -o \"{probe}\" -nologo", probeProject), $"publishing the probe ({mode.Name})");
            Console.WriteLine($"  {mode.Name}: tool published in {seconds:0} s");
            published.Add((mode, Path.Combine(tool, "sahel"), Path.Combine(probe, "Synthetic"), seconds));
        }

        // Turns, not blocks: a burst of load on the shared machine then spreads over every mode alike. One untimed run
        // each first, so that every executable is in the file cache.
        var times = published.ToDictionary(p => p.Mode, _ => new List<double>());
        foreach (var p in published)
        {
            Stats(p.Tool);
        }

        for (var i = 0; i < runs; i++)
        {
            foreach (var p in published)
            {
                times[p.Mode].Add(Stats(p.Tool));
            }
        }

        var figures = published.Select(p => new StartFigures(
            p.Mode,
            times[p.Mode],
            Measurements.Runtime(p.Probe, string.Empty, 5),
            p.Seconds,
            Directory.GetFiles(Path.GetDirectoryName(p.Tool)!).Where(f => !f.EndsWith(".dbg", StringComparison.Ordinal) && !f.EndsWith(".xml", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length) / 1048576.0)).ToList();
        var table = Markdown(figures, runs, size);
        Console.WriteLine();
        Console.WriteLine(table);
        if (report is not null)
        {
            File.WriteAllText(report, table);
        }

        return 0;
    }

    public static string Markdown(List<StartFigures> figures, int runs, int size)
    {
        string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine($"| mode | `sahel stats` wall time, median of {runs} | fastest | slowest | median / 20 ms goal | probe (N = {size:N0}): process start to first lookup | of which from Main | lookup by id | published tool size | publish time |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var f in figures)
        {
            text.AppendLine($"| {f.Mode.Name} | {F(f.Median)} ms | {F(f.StatsMs.Min())} ms | {F(f.StatsMs.Max())} ms | {F(f.Median / GoalMs, "0.00")} | {F(f.Probe.ColdStartMs)} ms | {F(f.Probe.FromMainMs, "0.00")} ms | {F(f.Probe.ByIdNs)} ns | {F(f.ToolMb)} MB | {F(f.PublishSeconds, "0")} s |");
        }

        var jit = figures[0];
        text.AppendLine();
        text.AppendLine("Ratios (one run): " + string.Join("; ", figures.Skip(1).Select(f => $"JIT / {f.Mode.Name} = {F(jit.Median / f.Median, "0.0")}× for `sahel stats`, {F(jit.Probe.FromMainMs / f.Probe.FromMainMs, "0.0")}× for the first lookup from Main")) + $"; load average {LoadAverage()}.");
        return text.ToString();
    }

    /// <summary>Wall time of one <c>sahel stats</c>, from process start to exit, its output read through a pipe.</summary>
    private static double Stats(string tool)
    {
        var start = new ProcessStartInfo(tool, "stats") { RedirectStandardOutput = true, RedirectStandardError = true };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0 || !output.StartsWith("SahelData:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{tool} stats failed ({process.ExitCode}): {output}");
        }

        return elapsed;
    }

    /// <summary>The benchmark's compiled-data probe over a synthetic dataset, as a project to publish three ways.</summary>
    private static string WriteProbe(string work, int size)
    {
        new SyntheticDataset(size).Write(work);
        var project = Path.Combine(work, "probe");
        Directory.CreateDirectory(project);
        File.WriteAllText(
            Path.Combine(project, "Synthetic.csproj"),
            SahelData.Testing.AnalyzerConsumer.Project(Path.Combine(work, "data"), ("OutputType", "Exe"), ("ImplicitUsings", "disable"), ("ServerGarbageCollection", "false")));
        foreach (var (name, text) in Measurements.ModelSources())
        {
            File.WriteAllText(Path.Combine(project, name), text);
        }

        File.WriteAllText(Path.Combine(project, "Program.cs"), Measurements.CompiledProbe());
        return project;
    }

    /// <summary>The machine's 1-minute load average (Linux), printed with the figures because they depend on it.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SahelData.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository: SahelData.sln not found above " + AppContext.BaseDirectory);
    }

    private static void Check((int Code, string Output) result, string what)
    {
        if (result.Code != 0)
        {
            throw new InvalidOperationException($"{what} failed:\n{result.Output}");
        }
    }
}
