using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Schema;
using Xunit;

namespace SahelData.Generators.Tests.Infrastructure;

/// <summary>The outcome of running the generator over a compilation and some YAML files.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    /// <summary>Generated sources by hint name, in the order the generator added them.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).Text;

    /// <summary>Errors anywhere, and warnings in generated code: what TreatWarningsAsErrors would stop on.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems => Output.GetDiagnostics()
        .Where(d => d.Severity == DiagnosticSeverity.Error
            || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.Contains("SahelDataGenerator") == true))
        .ToImmutableArray();
}

internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Fixture",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/fixture/src/Source{i}.cs")),
        Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(PartialDate).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string? dataRoot = Fixture.DataRoot, bool integrityTests = false, bool namedMembers = true)
    {
        var globals = new Dictionary<string, string>();
        if (!namedMembers)
        {
            globals["build_property.SahelDataNamedMembers"] = "false";
        }

        if (dataRoot is not null)
        {
            globals["build_property.SahelDataDirectory"] = dataRoot;
        }

        if (integrityTests)
        {
            globals["build_property.SahelDataIntegrityTests"] = "true";
        }

        return CSharpGeneratorDriver.Create(
            new[] { new SahelDataGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new TestOptionsProvider(globals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static AdditionalText File(string relativePath, string yaml) =>
        new InMemoryAdditionalText($"{Fixture.DataRoot}/{relativePath}", yaml);

    public static GeneratorRun Run(string schema, params AdditionalText[] files) => Run(Compilation(schema), files);

    public static GeneratorRun Run(Compilation compilation, params AdditionalText[] files) => Run(compilation, integrityTests: false, files);

    public static GeneratorRun Run(Compilation compilation, bool integrityTests, params AdditionalText[] files)
    {
        var driver = Driver(files, integrityTests: integrityTests).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }

    /// <summary>The fixture dataset, optionally with one file's text replaced.</summary>
    /// <summary>The fixture's schema as the generator accepts it, in the form tools receive it.</summary>
    public static DatasetSchema FixtureSchema()
    {
        var collections = (EquatableArray<CollectionSpec>)RunFixture().Result.Results.Single().TrackedSteps[TrackingNames.ValidSchema].Single().Outputs.Single().Value;
        return DatasetSchema.Parse(collections.Select(SchemaDescription.Write));
    }

    public static GeneratorRun RunFixture(string? authors = null, string? books = null) => Run(
        Fixture.Schema,
        File("authors/authors.yaml", authors ?? Fixture.Authors),
        File("books/books.yaml", books ?? Fixture.Books));

    /// <summary>Emits <paramref name="output"/>, loads it in a context of its own, inspects it, and unloads it.</summary>
    public static T Load<T>(Compilation output, Func<Assembly, T> inspect)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new AssemblyLoadContext(output.AssemblyName, isCollectible: true);
        try
        {
            image.Position = 0;
            return inspect(context.LoadFromStream(image));
        }
        finally
        {
            context.Unload();
        }
    }
}
