using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SahelData.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

switch (args)
{
    case ["write", var size, var folder]:
        new SyntheticDataset(int.Parse(size, CultureInfo.InvariantCulture)).Write(folder);
        return 0;
    case ["probe-yaml", var dataRoot]:
        Console.WriteLine(RuntimeLoaders.Probe(() => RuntimeLoaders.LoadYaml(dataRoot)));
        return 0;
    case ["profile", var dataRoot]:
        Measurements.Profile(dataRoot);
        Console.WriteLine(Measurements.Profile(dataRoot));
        return 0;
    case ["parse-parts", var file]:
        Console.WriteLine(ParseParts.Measure(file));
        return 0;
    case ["retained", var dataRoot]:
        Console.WriteLine(Measurements.Retained(dataRoot));
        return 0;
    case ["build", var dataRoot, var buildRoot]:
    {
        // The build goal alone: a clean build of the data with the default settings, then of the same project with no data.
        var empty = Path.Combine(buildRoot, "empty", "data");
        Directory.CreateDirectory(empty);
        Console.WriteLine(Measurements.BuildPair(buildRoot, Path.GetFullPath(dataRoot), empty));
        return 0;
    }
    case ["incremental", var size]:
    {
        // The generator alone, in-process: a full run and the three edits the incremental pipeline is judged by.
        var root = Path.Combine(Path.GetTempPath(), "sahel-benchmarks", $"incremental-{size}");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        new SyntheticDataset(int.Parse(size, CultureInfo.InvariantCulture)).Write(root);
        Measurements.Generator(Path.Combine(root, "data"), 1);
        Console.WriteLine($"N = {size}: {Measurements.Generator(Path.Combine(root, "data"), 3)}");
        return 0;
    }
    case ["check", ..var rest]:
    {
        // `sahel check` at each size: check [1000,10000,100000] (default) [--repeats N].
        var checkSizes = rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))?.Split(',').Select(int.Parse).ToArray() ?? new[] { 1000, 10_000, 100_000 };
        var checkRepeats = rest.SkipWhile(a => a != "--repeats").Skip(1).Select(int.Parse).FirstOrDefault(3);
        Console.WriteLine($"sahel check: sizes {string.Join(", ", checkSizes)}, median of {checkRepeats} run(s) each, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine(CheckTimings.Measure(checkSizes, checkRepeats));
        return 0;
    }
    case ["compile", var generated, ..var rest]:
        // The compiler alone over generated sources: compile <generated folder> [--runs N] (default 2; the first includes JIT).
        Console.WriteLine(CompileCost.Measure(generated, rest.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(2)));
        return 0;
    case ["lsp", ..var rest]:
    {
        // `sahel lsp`, change to diagnostics: lsp [10000] (synthetic sizes, after the real data) [--changes N] (default 20).
        var lspSizes = rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))?.Split(',').Select(int.Parse).ToArray() ?? new[] { 10_000 };
        var lspChanges = rest.SkipWhile(a => a != "--changes").Skip(1).Select(int.Parse).FirstOrDefault(20);
        var datasets = new List<(string, string)> { ("real data/", Path.Combine(NativeStart.RepositoryRoot(), "data")) };
        foreach (var size in lspSizes)
        {
            var root = Path.Combine(Path.GetTempPath(), "sahel-benchmarks", $"lsp-n{size}");
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            new SyntheticDataset(size).Write(root);
            datasets.Add(($"synthetic {size}", Path.Combine(root, "data")));
        }

        Console.WriteLine($"sahel lsp: change to diagnostics, {lspChanges} changes each, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine(LspTimings.Measure(datasets, lspChanges));
        return 0;
    }
    case ["native", .. var options]:
        return NativeStart.Run(options);
    case ["micro", .. var options]:
        Console.WriteLine(MicroBenchmarks.Run(thorough: options.Contains("--thorough")));
        return 0;
    case ["probe-json", var file]:
        Console.WriteLine(RuntimeLoaders.Probe(() => RuntimeLoaders.LoadJson(file)));
        return 0;
}

var smoke = args.Contains("--smoke");
var sizes = smoke ? new[] { 1000 } : args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault()?.Split(',').Select(int.Parse).ToArray() ?? new[] { 1000, 10_000, 100_000 };
var report = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
var repeats = smoke ? 1 : 3;
var self = typeof(Measurements).Assembly.Location;
var work = Path.Combine(Path.GetTempPath(), "sahel-benchmarks");
Directory.CreateDirectory(Path.Combine(work, "empty", "data"));

Console.WriteLine($"SahelData benchmarks: sizes {string.Join(", ", sizes)}, {repeats} run(s) each, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
var rows = new List<(int Size, GeneratorFigures Generator, BuildFigures Build, RuntimeFigures Compiled, RuntimeFigures Unnamed, RuntimeFigures Yaml, RuntimeFigures Json)>();

// Loads and JIT-compiles the generator before anything is timed.
var warmup = Path.Combine(work, "warmup");
new SyntheticDataset(100).Write(warmup);
Measurements.Generator(Path.Combine(warmup, "data"), 1);

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
    Console.WriteLine($"N = {dataset.Total}: {dataset.Sources} sources, {dataset.Actors} actors, {dataset.Places} places, {dataset.Events} events, {dataset.Claims} claims");
    var generator = Measurements.Generator(data, repeats);
    Console.WriteLine($"  generator: {generator}");
    var build = Measurements.Build(root, data, Path.Combine(work, "empty", "data"));
    Console.WriteLine($"  build: {build}");
    var compiled = Measurements.Runtime("dotnet", $"\"{Measurements.CompiledAssembly(root)}\"", repeats);
    Console.WriteLine($"  compiled: {compiled}");
    var unnamed = Measurements.Runtime("dotnet", $"\"{Measurements.CompiledAssembly(root, namedMembers: false)}\"", repeats);
    Console.WriteLine($"  compiled without named members: {unnamed}");
    var yaml = Measurements.Runtime("dotnet", $"\"{self}\" probe-yaml \"{data}\"", repeats);
    Console.WriteLine($"  yaml: {yaml}");
    var json = Measurements.Runtime("dotnet", $"\"{self}\" probe-json \"{Path.Combine(root, "dataset.json")}\"", repeats);
    Console.WriteLine($"  json: {json}");
    rows.Add((dataset.Total, generator, build, compiled, unnamed, yaml, json));
}

if (smoke)
{
    // The language server too, briefly, so that its measurement cannot rot either.
    Console.WriteLine(LspTimings.Measure([("real data/", Path.Combine(NativeStart.RepositoryRoot(), "data")), ("synthetic 1000", Path.Combine(work, "n1000", "data"))], 4));
}

var table = Report.Markdown(rows);
Console.WriteLine();
Console.WriteLine(table);
if (report is not null)
{
    File.WriteAllText(report, table);
}

return 0;
