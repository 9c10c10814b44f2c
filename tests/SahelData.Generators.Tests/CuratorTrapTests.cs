using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SahelData.Compiler.Checking;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>
/// What a curator meets when a file is not quite right: every file is read, one slip gives one error, the cause comes
/// first, and every message is in plain words.
/// </summary>
public sealed class CuratorTrapTests
{
    private const string ValidAuthor = "- id: chinua-achebe\n  name: Chinua Achebe\n";

    /// <summary>Words of YamlDotNet's own messages, which mean nothing to a curator.</summary>
    private static readonly string[] ParserPhrasing =
    {
        "While scanning", "While parsing", "found", "did not find", "mapping values", "Mapping values", "Expected '", "expected key",
        "end of stream", "scalar", "token", "block entry", "simple key", "MappingStart", "SequenceStart", "Unexpected content",
    };

    /// <summary>
    /// Malformed YAML of the kinds the YAML specification's test suite lists as errors, each written as it would
    /// appear in a data file: the file must be refused, and in plain words.
    /// </summary>
    public static TheoryData<string, string> MalformedYaml => new()
    {
        { "colon inside a value", "- id: x\n  name: Mali: the break\n" },
        { "colon at the end of a value", "- id: x\n  name: The break:\n" },
        { "unclosed double quote before the next entry", "- id: x\n  name: \"Mali\n- id: y\n  name: Y\n" },
        { "unclosed double quote at the end", "- id: x\n  name: \"Mali\n" },
        { "unclosed single quote", "- id: x\n  name: 'Mali\n- id: y\n  name: Y\n" },
        { "text after a closing quote", "- id: x\n  name: \"Mali\" and more\n" },
        { "unclosed bracket", "- id: x\n  aliases: [a, b\n  name: X\n" },
        { "unclosed brace", "- id: x\n  name: X\n  first: {year: 1958\n" },
        { "closing bracket without an opening one", "- id: x\n  name: X]\n  aliases: a]\n]\n" },
        { "key less indented than its entry", "- id: x\n name: X\n" },
        { "key more indented than its entry", "- id: x\n  name: X\n     aliases: [a]\n" },
        { "dash inside an entry", "- id: x\n  name: X\n  - aliases\n" },
        { "tab before a key", "- id: x\n\tname: X\n" },
        { "invalid escape", "- id: x\n  name: \"a \\q b\"\n" },
        { "half of a character pair", "- id: x\n  name: \"\\uD83C\"\n" },
        { "comment without a space", "- id: x\n  name: \"X\"# note\n" },
        { "malformed %YAML directive", "%YAML 1.2 foo\n---\n- id: x\n  name: X\n" },
        { "%YAML directive with a comment glued to it", "%YAML 1.1#comment\n---\n- id: x\n  name: X\n" },
        { "%YAML directive without ---", "%YAML 1.2\n- id: x\n  name: X\n" },
        { "%YAML directive alone", "%YAML 1.2\n" },
        { "%YAML directive twice", "%YAML 1.2\n%YAML 1.2\n---\n- id: x\n  name: X\n" },
        { "%YAML directive below the entries", "- id: x\n  name: X\n%YAML 1.2\n---\n" },
        { "%TAG directive", "%TAG ! tag:example.com,2000:\n---\n- id: x\n  name: X\n" },
        { "unknown directive", "%FOO bar\n---\n- id: x\n  name: X\n" },
        { "anchor without a name", "- id: x\n  name: & X\n" },
        { "block scalar with a bad indicator", "- id: x\n  description: |x\n    text\n" },
        { "question mark key on its own", "- id: x\n  ? name\n  : X\n  ? : y\n  - z\n" },
        { "flow list with a missing comma", "- id: x\n  name: X\n  aliases: [a b: c, d e: f: g]\n" },
        { "document end marker followed by content", "- id: x\n  name: X\n... junk\n" },
    };

    [Theory]
    [MemberData(nameof(MalformedYaml))]
    public void Malformed_yaml_is_refused_in_plain_words(string name, string yaml)
    {
        var run = RunFixture(authors: yaml, books: "[]");
        Assert.True(run.GeneratorDiagnostics.Any(d => d.Id is "SAHEL0001" or "SAHEL0011" or "SAHEL0015"), $"{name}: accepted, with {string.Join(" | ", run.GeneratorDiagnostics)}");
        AssertPlainWords(name, run);
    }

    [Theory]
    [MemberData(nameof(HostileInputTests.Corpus), MemberType = typeof(HostileInputTests))]
    public void Every_message_of_the_hostile_corpus_is_in_plain_words(string name, byte[] file, string[] expected)
    {
        _ = expected;
        var run = Run(Fixture.Schema, new InMemoryAdditionalText($"{Fixture.DataRoot}/authors/hostile.yaml", Microsoft.CodeAnalysis.Text.SourceText.From(file, file.Length)), File("books/books.yaml", "[]"));
        AssertPlainWords(name, run);
    }

    [Fact]
    public void A_colon_inside_a_value_says_to_put_the_text_in_quotes()
    {
        var message = DiagnosticAssert.Single(RunFixture(authors: "- id: x\n  name: Mali: the break\n", books: "[]"), "SAHEL0001", "authors/authors.yaml", 2, 13);
        Assert.Contains("in quotes", message);
    }

    [Fact]
    public void An_unclosed_double_quote_says_so_at_the_quote()
    {
        var message = DiagnosticAssert.Single(RunFixture(authors: "- id: x\n  name: \"Mali\n- id: y\n  name: Y\n", books: "[]"), "SAHEL0001", "authors/authors.yaml", 2, 9);
        Assert.Contains("never closed", message);
    }

    [Fact]
    public void A_quote_left_open_at_the_end_of_its_line_says_so_at_the_quote()
    {
        // The next quote in the file closes it, lines later, so the quote is not "never closed": it is open where the value ends.
        var message = DiagnosticAssert.Single(
            RunFixture(authors: "- id: x\n  name: \"Mali\n  description: the \"break\" of 2024\n", books: "[]"), "SAHEL0001", "authors/authors.yaml", 2, 9);
        Assert.Contains("not closed on its line", message);
    }

    [Theory]
    [InlineData("%YAML 1.2 foo\n---\n" + ValidAuthor, 1, 1)]
    [InlineData("%YAML 1.2\n" + ValidAuthor, 2, 1)]
    [InlineData("%YAML 1.2\n%YAML 1.2\n---\n" + ValidAuthor, 2, 1)]
    [InlineData(ValidAuthor + "%YAML 1.2\n---\n", 3, 1)]
    [InlineData("%TAG ! tag:example.com,2000:\n---\n" + ValidAuthor, 1, 1)]
    public void A_malformed_directive_is_refused_even_with_entries_after_it(string yaml, int line, int column)
    {
        var message = DiagnosticAssert.Single(RunFixture(authors: yaml, books: "[]"), "SAHEL0001", "authors/authors.yaml", line, column);
        Assert.Contains("%YAML", message);
    }

    [Theory]
    [InlineData("%YAML 1.2\n---\n" + ValidAuthor)]
    [InlineData("%YAML 1.1 # the version\n---\n" + ValidAuthor)]
    public void A_well_formed_directive_is_accepted(string yaml) => DiagnosticAssert.None(RunFixture(authors: yaml, books: "[]"));

    [Theory]
    [InlineData("- id: chinua-achebe\n\t\n  name: Chinua Achebe\n")]
    [InlineData("- id: chinua-achebe\n  \t \n  name: Chinua Achebe\n")]
    [InlineData("- id: chinua-achebe\n  name: Chinua Achebe\n\t\n")]
    [InlineData("- id: chinua-achebe\r\n\t\r\n  name: Chinua Achebe\r\n")]
    public void A_line_holding_only_tabs_is_blank(string yaml) => DiagnosticAssert.None(RunFixture(authors: yaml, books: "[]"));

    [Fact]
    public void A_tab_only_line_inside_a_block_text_is_refused_at_the_tab_as_yaml_says()
    {
        // YAML 1.2.2 §8.1: the tab stands where the text is indented; the text is never changed to read it.
        var run = RunFixture(authors: "- id: chinua-achebe\n  name: Chinua Achebe\n  description: |\n    first\n\t\n    second\n", books: "[]");
        var problem = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("SAHEL0001", 4, 0), (problem.Id, problem.Location.GetLineSpan().StartLinePosition.Line, problem.Location.GetLineSpan().StartLinePosition.Character));
    }

    /// <summary>A name a curator's editor or habit produces is not read, and the build says so in a warning, located at the file.</summary>
    [Theory]
    [InlineData("authors/new.yaml.txt", "new.yaml")]
    [InlineData("authors/New.YAML", "New.yaml")]
    [InlineData("authors/new.yaml~", "new.yaml")]
    [InlineData("books/new.yml.bak", "new.yml")]
    public void A_near_miss_file_name_is_a_warning_and_its_entries_are_not_read(string path, string meant)
    {
        var run = Run(Fixture.Schema, File(path, "- id: x\n  nmae: X\n"), File("authors/authors.yaml", ValidAuthor), File("books/books.yaml", "[]"));
        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("SAHEL0023", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.EndsWith(path, warning.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains($"rename it to '{meant}'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("authors/notes.txt")]
    [InlineData("schema/authors.schema.json")]
    [InlineData("authors/README.md")]
    public void Other_files_in_the_data_folder_are_left_alone(string path)
    {
        var run = Run(Fixture.Schema, File(path, "not data: ["), File("authors/authors.yaml", ValidAuthor), File("books/books.yaml", "[]"));
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void A_yml_file_is_data_for_the_build()
    {
        var run = Run(Fixture.Schema, File("authors/new.yml", "- id: x\n  nmae: X\n"), File("books/books.yaml", "[]"));
        Assert.Equal("SAHEL0003", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void A_yml_file_is_data_for_the_check_of_a_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "sahel-yml-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "authors"));
            Directory.CreateDirectory(Path.Combine(root, "books"));
            System.IO.File.WriteAllText(Path.Combine(root, "authors", "authors.yaml"), ValidAuthor);
            System.IO.File.WriteAllText(Path.Combine(root, "authors", "new.yml"), "- id: wole-soyinka\n  nmae: Wole Soyinka\n");
            System.IO.File.WriteAllText(Path.Combine(root, "books", "books.yml"), "- id: b\n  title: B\n  genre: novel\n  authors: [wole-soyinka]\n  published: 1958\n");
            System.IO.File.WriteAllText(Path.Combine(root, "authors", "notes.txt"), "not data: [");
            var problems = DataCheck.Run(root, DatasetSchema.Parse(SchemaDescriptions()), TestContext.Current.CancellationToken);
            Assert.Equal(new[] { "SAHEL0003" }, problems.Select(p => p.Id));
            Assert.EndsWith("new.yml", problems[0].Location!.FilePath);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The generator's MSBuild contract: what the package adds to a consumer, and what this repository imports.</summary>
    private const string Contract = "src/SahelData.Runtime/buildTransitive/SahelData.Generator.props";

    [Fact]
    public void The_build_gives_yml_files_to_the_generator()
    {
        var text = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, Contract));
        Assert.Matches(@"<AdditionalFiles Include=""\$\(SahelDataDirectory\)/\*\*/\*\.yml"" />", text);
        Assert.Matches(@"<AdditionalFiles Include=""\$\(SahelDataDirectory\)/\*\*/\*\.yaml"" />", text);
    }

    [Fact]
    public void References_into_a_file_that_could_not_be_read_are_not_reported_as_dangling()
    {
        var authors = "- id: chinua-achebe\n  name: Chinua Achebe\n  description: Nigerian novelist: the first\n";
        var books = "- id: a\n  title: A\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1958\n"
            + "- id: b\n  title: B\n  genre: novel\n  authors: [chinua-achebe]\n  published: 1959\n";
        var run = RunFixture(authors: authors, books: books);
        Assert.Equal(new[] { "SAHEL0001" }, run.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void References_into_a_collection_whose_files_all_read_are_still_checked()
    {
        var books = "- id: a\n  title: A\n  genre: novel\n  authors: [chinua-achebe, nobody]\n  published: 1958\n";
        var run = RunFixture(authors: ValidAuthor + "- id: x\n  name: X\n  nmae: Y\n", books: books);
        Assert.Equal(new[] { "SAHEL0003", "SAHEL0010" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void A_misspelt_required_key_is_reported_once_as_the_cause()
    {
        var message = DiagnosticAssert.Single(RunFixture(authors: "- id: x\n  nmae: X\n", books: "[]"), "SAHEL0003", "authors/authors.yaml", 2, 3);
        Assert.Contains("Did you mean 'name'?", message);
    }

    [Fact]
    public void A_missing_list_is_suggested_in_the_style_the_files_use()
    {
        var books = "- id: b\n  title: B\n  genre: novel\n  published: 1958\n";
        var message = DiagnosticAssert.Single(RunFixture(books: books), "SAHEL0004", "books/books.yaml", 1, 3);
        Assert.Contains("authors: [an-id, …]", message);
        Assert.DoesNotContain("'- '", message);
    }

    [Theory]
    [InlineData("Novel", "novel")]
    [InlineData("NOVEL", "novel")]
    [InlineData("Non-Fiction", "non-fiction")]
    [InlineData("short_stories", "short-stories")]
    [InlineData("novell", "novel")]
    public void An_allowed_value_in_other_letters_suggests_the_right_spelling(string written, string suggested)
    {
        var books = $"- id: b\n  title: B\n  genre: {written}\n  authors: [chinua-achebe]\n  published: 1958\n";
        var message = DiagnosticAssert.Single(RunFixture(books: books), "SAHEL0006", "books/books.yaml", 3, 10);
        Assert.Contains($"Did you mean '{suggested}'?", message);
        Assert.Contains("novel, short-stories, non-fiction", message);
    }

    [Fact]
    public void A_text_over_the_limit_is_reported_at_the_text()
    {
        var message = DiagnosticAssert.Single(RunFixture(authors: $"- id: x\n  name: X\n  description: {new string('a', 10_001)}\n", books: "[]"), "SAHEL0020", "authors/authors.yaml", 3, 16);
        Assert.Contains("10,001", message);
        Assert.Contains("SahelDataMaxTextLength", message);
        DiagnosticAssert.None(RunFixture(authors: $"- id: x\n  name: X\n  description: {new string('a', 10_000)}\n", books: "[]"));
    }

    [Fact]
    public void A_file_over_the_limit_is_reported_at_the_line_that_passes_it()
    {
        var entry = "- id: e{0}\n  name: " + new string('a', 1000) + "\n";
        var yaml = string.Concat(Enumerable.Range(0, 1100).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, entry, Naming(i))));
        var run = RunFixture(authors: yaml, books: "[]");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SAHEL0021", diagnostic.Id);
        var bytesBefore = Encoding.UTF8.GetByteCount(yaml.Substring(0, IndexOfLine(yaml, diagnostic.Location.GetLineSpan().StartLinePosition.Line)));
        var bytesThrough = Encoding.UTF8.GetByteCount(yaml.Substring(0, IndexOfLine(yaml, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1)));
        Assert.True(bytesBefore <= 1024 * 1024 && bytesThrough > 1024 * 1024, $"{bytesBefore}..{bytesThrough}");
        Assert.Contains("SahelDataMaxFileSize", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_limits_are_raised_with_msbuild_properties()
    {
        var authors = $"- id: x\n  name: X\n  description: {new string('a', 20_000)}\n";
        var globals = new Dictionary<string, string>
        {
            ["build_property.SahelDataDirectory"] = Fixture.DataRoot,
            ["build_property.SahelDataMaxTextLength"] = "50000",
        };
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new SahelDataGenerator().AsSourceGenerator() },
            new[] { File("authors/authors.yaml", authors), File("books/books.yaml", "[]") },
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(globals));
        driver.RunGeneratorsAndUpdateCompilation(Compilation(Fixture.Schema), out _, out var diagnostics, TestContext.Current.CancellationToken);
        Assert.Empty(diagnostics);

        globals["build_property.SahelDataMaxFileSize"] = "50";
        driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new SahelDataGenerator().AsSourceGenerator() },
            new[] { File("authors/authors.yaml", ValidAuthor + ValidAuthor.Replace("chinua", "other")), File("books/books.yaml", "[]") },
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(globals));
        driver.RunGeneratorsAndUpdateCompilation(Compilation(Fixture.Schema), out _, out diagnostics, TestContext.Current.CancellationToken);
        Assert.Equal("SAHEL0021", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void The_limit_properties_reach_the_generator()
    {
        var text = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, Contract));
        Assert.Contains("<CompilerVisibleProperty Include=\"SahelDataMaxTextLength\" />", text);
        Assert.Contains("<CompilerVisibleProperty Include=\"SahelDataMaxFileSize\" />", text);
    }

    [Fact]
    public void The_repository_compiles_its_data_under_the_package_contract_without_a_copy_of_it()
    {
        var text = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, "build/SahelData.Data.props"));
        Assert.Contains($"<Import Project=\"$(SahelRepositoryRoot){Contract}\" />", text);
        Assert.DoesNotContain("<AdditionalFiles", text);
        Assert.DoesNotContain("<CompilerVisibleProperty", text);
    }

    private static string Naming(int i) => new string((char)('a' + (i % 26)), 1) + (i / 26).ToString(System.Globalization.CultureInfo.InvariantCulture).Replace("0", "z");

    private static int IndexOfLine(string text, int line)
    {
        var index = 0;
        for (var i = 0; i < line && index >= 0; i++)
        {
            index = text.IndexOf('\n', index) + 1;
        }

        return index <= 0 ? text.Length : index;
    }

    private static IEnumerable<string> SchemaDescriptions()
    {
        var run = RunFixture();
        var schemaSet = run.Result.Results.Single().TrackedSteps[TrackingNames.ValidSchema].Single().Outputs.Single().Value;
        return ((SahelData.Compiler.Model.EquatableArray<SahelData.Compiler.Model.CollectionSpec>)schemaSet).Select(SahelData.Compiler.Schema.SchemaDescription.Write);
    }

    private static void AssertPlainWords(string name, GeneratorRun run)
    {
        foreach (var diagnostic in run.GeneratorDiagnostics)
        {
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.DoesNotContain("SAHEL9999", diagnostic.Id);
            foreach (var phrase in ParserPhrasing)
            {
                Assert.False(message.Contains(phrase, StringComparison.Ordinal), $"{name}: '{message}' speaks the parser's language ('{phrase}')");
            }

        }
    }
}
