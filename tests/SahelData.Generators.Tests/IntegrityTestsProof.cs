using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// The generated integrity tests can fail: a dataset with a dangling reference and a duplicate id, whose errors a
/// .globalconfig downgrades to warnings, compiles, and exactly the two tests that should fail do, with readable messages.
/// </summary>
public sealed class IntegrityTestsProof
{
    private const string GlobalConfig = """
        is_global = true
        dotnet_diagnostic.SAHEL0009.severity = warning
        dotnet_diagnostic.SAHEL0010.severity = warning
        """;

    private const string BrokenBooks = """
        - id: things-fall-apart
          title: Things Fall Apart
          genre: novel
          authors: [chinua-achebe]
          published: 1958

        - id: l-etrange-destin-de-wangrin
          title: L'Étrange Destin de Wangrin
          genre: novel
          authors: [amadou-hampate-bah]
          published: 1973
        """;

    private const string DuplicateAuthor = "- id: chinua-achebe\n  name: Chinua Achebe (again)\n";

    [Fact]
    public void Only_the_broken_cases_fail_and_they_say_why()
    {
        var (results, diagnostics) = RunGeneratedTests(
            File("authors/authors.yaml", Fixture.Authors),
            File("authors/more.yaml", DuplicateAuthor),
            File("books/books.yaml", BrokenBooks));

        Assert.Equal(new[] { ("SAHEL0009", DiagnosticSeverity.Warning), ("SAHEL0010", DiagnosticSeverity.Warning) }, diagnostics);
        var failures = results.Where(r => r.Failure is not null).Select(r => (r.Name, r.Failure!)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[]
            {
                ("AuthorsIntegrityTests.Ids_are_unique", "authors/ holds the id chinua-achebe more than once"),
                ("BooksIntegrityTests.Reference_resolves(\"l-etrange-destin-de-wangrin\", \"authors[0]\", \"authors\", \"amadou-hampate-bah\")",
                    "books/l-etrange-destin-de-wangrin authors[0] -> authors/amadou-hampate-bah does not exist"),
            },
            failures);
        Assert.True(results.Count(r => r.Failure is null) >= 8, string.Join("\n", results.Select(r => r.Name)));
    }

    [Fact]
    public void Valid_data_passes_every_generated_test_and_names_each_case()
    {
        var (results, diagnostics) = RunGeneratedTests(File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books));
        Assert.Empty(diagnostics);
        Assert.All(results, r => Assert.True(r.Failure is null, $"{r.Name}: {r.Failure}"));
        Assert.Contains(results, r => r.Name == "BooksIntegrityTests.Reference_resolves(\"things-fall-apart\", \"authors[0]\", \"authors\", \"chinua-achebe\")");
        Assert.Contains(results, r => r.Name == "BooksIntegrityTests.Reverse_index_is_the_inverse_of_its_references(\"Books.WrittenBy inverts books authors[]\")");
        Assert.Contains(results, r => r.Name == "AuthorsIntegrityTests.Hierarchy_has_no_cycle(\"authors mentored_by\")");
        Assert.Contains(results, r => r.Name == "AuthorsIntegrityTests.Named_member_is_the_entry_of_its_id(\"chinua-achebe\", \"ChinuaAchebe\")");
    }

    /// <summary>Set in the second process: where <see cref="Writes_the_generated_code_when_a_second_process_asks"/> writes.</summary>
    private const string SecondRunOutput = "SAHEL_SECOND_RUN_OUTPUT";

    [Fact]
    public void Generated_code_is_the_same_in_another_process()
    {
        // String hash codes are randomized per process, so a Dictionary's order could differ only there.
        var output = Path.Combine(Path.GetTempPath(), $"sahel-second-run-{Guid.NewGuid():N}.txt");
        try
        {
            var self = Path.ChangeExtension(typeof(IntegrityTestsProof).Assembly.Location, OperatingSystem.IsWindows() ? ".exe" : null)!;
            var (code, printed) = SahelData.Testing.Processes.Run(
                self,
                $"-method \"{typeof(IntegrityTestsProof).FullName}.{nameof(Writes_the_generated_code_when_a_second_process_asks)}\"",
                Path.GetDirectoryName(self)!,
                new[] { (SecondRunOutput, output) },
                TimeSpan.FromMinutes(5));
            Assert.True(code == 0, printed);
            Assert.Equal(Generate(), System.IO.File.ReadAllText(output));
        }
        finally
        {
            System.IO.File.Delete(output);
        }
    }

    [Fact]
    public void Writes_the_generated_code_when_a_second_process_asks()
    {
        if (Environment.GetEnvironmentVariable(SecondRunOutput) is { Length: > 0 } output)
        {
            System.IO.File.WriteAllText(output, Generate());
        }
    }

    private static string Generate() => string.Join("\n", Run(Compilation(Fixture.Schema), integrityTests: true, File("authors/authors.yaml", Fixture.Authors), File("books/books.yaml", Fixture.Books)).Sources.Select(s => s.HintName + "\n" + s.Text));

    private static (List<(string Name, string? Failure)> Results, List<(string Id, DiagnosticSeverity Severity)> Diagnostics) RunGeneratedTests(params AdditionalText[] files)
    {
        var config = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(SourceText.From(GlobalConfig), "/fixture/.globalconfig")));
        var compilation = Compilation(Fixture.Schema);
        compilation = compilation
            .WithOptions(compilation.Options.WithSpecificDiagnosticOptions(config.GlobalConfigOptions.TreeOptions))
            .AddReferences(
                MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(ITestOutputHelper).Assembly.Location));
        var run = Run(compilation, integrityTests: true, files);
        var output = run.Output;
        var generatorDiagnostics = run.GeneratorDiagnostics;
        var diagnostics = generatorDiagnostics.Select(d => (d.Id, d.Severity)).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

        return (GeneratorHarness.Load(output, Execute), diagnostics);
    }

    /// <summary>Runs every fact and every theory case of the generated test classes, as a test runner would.</summary>
    private static List<(string Name, string? Failure)> Execute(Assembly assembly)
    {
        var results = new List<(string, string?)>();
        foreach (var type in assembly.GetTypes().Where(t => t.Name.EndsWith("IntegrityTests", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var instance = Activator.CreateInstance(type);
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttributes<FactAttribute>().Any()))
            {
                var data = method.GetCustomAttribute<MemberDataAttribute>();
                var cases = data is null
                    ? new[] { Array.Empty<object>() }
                    : ((IEnumerable)type.GetProperty(data.MemberName, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Cast<ITheoryDataRow>().Select(row => row.GetData()).ToArray();
                foreach (var arguments in cases)
                {
                    var name = $"{type.Name}.{method.Name}" + (arguments.Length == 0 ? string.Empty : "(" + string.Join(", ", arguments.Select(a => $"\"{a}\"")) + ")");
                    try
                    {
                        method.Invoke(instance, arguments);
                        results.Add((name, null));
                    }
                    catch (TargetInvocationException exception)
                    {
                        results.Add((name, exception.InnerException!.Message));
                    }
                }
            }
        }

        return results;
    }
}
