using System;
using System.Collections;
using System.Linq;
using System.Text;
using CsCheck;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// Random inputs: the generator either reports diagnostics located in the file, or emits code that compiles and
/// returns exactly the values it was given. CsCheck prints the seed of any failing case so it can be replayed.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>Any Unicode text: code points from the whole range, surrogates excepted (they cannot stand alone).</summary>
    private static readonly Gen<string> AnyText = Gen.Int[0, 0x10FFFF]
        .Where(cp => cp is < 0xD800 or > 0xDFFF)
        .Array[0, 24]
        .Select(points => string.Concat(points.Select(char.ConvertFromUtf32)));

    /// <summary>Fragments of YAML and of trouble, put together at random.</summary>
    private static readonly Gen<string> AnyYaml = Gen.OneOf(
            "- ", "id: ", "name: ", "aliases: ", "born: ", "mentored_by: ", "description: ", "[", "]", "{", "}", ", ", ": ",
            "\n", "\r\n", "  ", "\t", "\"", "'", "&a ", "*a", "!t ", "# c", "---\n", "...\n", "x", "y-1", "Ab", "2024-02-30",
            "1958", "~", "null", "é", "\\", "\\u00e9", "|\n", ">\n", "? ", "<<: ", "\u2028", "\0", "\uFFFD", "%YAML 1.2\n")
        .Array[0, 40]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Any_text_compiles_and_round_trips_exactly()
    {
        AnyText.Array[1, 12].Sample(
            names =>
            {
                var yaml = new StringBuilder();
                for (var i = 0; i < names.Length; i++)
                {
                    yaml.Append("- id: e").Append(i).Append("\n  name: \"").Append(Escape(names[i])).Append("\"\n");
                }

                var compiled = Load(yaml.ToString(), assembly =>
                    ((IEnumerable)assembly.GetType("Library.Catalog.Authors")!.GetProperty("All")!.GetValue(null)!)
                        .Cast<object>()
                        .Select(a => (string)a.GetType().GetProperty("Name")!.GetValue(a)!)
                        .ToArray());

                // All is in id order: e0, e1, e10, e11, e2, …
                var expected = names.Select((name, i) => (Id: "e" + i, Name: name)).OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Name);
                Assert.Equal(expected, compiled);
            },
            iter: 25,
            threads: 1);
    }

    [Fact]
    public void Any_yaml_ends_in_located_diagnostics_or_in_code_that_compiles()
    {
        var compilation = Compilation(Fixture.Schema);
        AnyYaml.Sample(
            yaml =>
            {
                var run = Run(compilation, File("authors/random.yaml", yaml), File("books/books.yaml", "[]"));
                Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "SAHEL9999");
                foreach (var diagnostic in run.GeneratorDiagnostics)
                {
                    Assert.StartsWith("SAHEL", diagnostic.Id);
                    Assert.Equal($"{Fixture.DataRoot}/authors/random.yaml", diagnostic.Location.GetLineSpan().Path);
                    Assert.InRange(diagnostic.Location.SourceSpan.End, 0, yaml.Length);
                }

                if (run.GeneratorDiagnostics.IsEmpty)
                {
                    Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
                }
            },
            iter: 400,
            threads: 1);
    }

    private static T Load<T>(string authors, Func<System.Reflection.Assembly, T> inspect)
    {
        var run = Run(Fixture.Schema, File("authors/authors.yaml", authors), File("books/books.yaml", "[]"));
        Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
        return GeneratorHarness.Load(run.Output, inspect);
    }

    /// <summary>Writes text as a YAML double-quoted scalar: printable ASCII as is, everything else escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            escaped.Append(codePoint switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                >= 0x20 and < 0x7F => ((char)codePoint).ToString(),
                <= 0xFFFF => $"\\u{codePoint:X4}",
                _ => $"\\U{codePoint:X8}",
            });
        }

        return escaped.ToString();
    }
}
