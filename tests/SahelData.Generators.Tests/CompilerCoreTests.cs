using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Schema;
using SahelData.Generators.Tests.Infrastructure;
using Xunit;
using static SahelData.Generators.Tests.Infrastructure.GeneratorHarness;

namespace SahelData.Generators.Tests;

/// <summary>The compiler core run without Roslyn gives the build's own answers, from the schema the build wrote.</summary>
public sealed class CompilerCoreTests
{
    [Fact]
    public void Schema_description_reads_back_as_the_spec_the_generator_read_from_the_records()
    {
        var specs = SchemaFromGenerator();
        Assert.Equal(2, specs.Count);
        foreach (var spec in specs)
        {
            var read = SchemaDescription.Read(SchemaDescription.Write(spec));
            Assert.Equal(spec with { IsReferenced = true }, read);
        }
    }

    [Theory]
    [InlineData("a|b\\c")]
    [InlineData("\\0")]
    [InlineData("")]
    public void Schema_description_keeps_separators_and_escapes_inside_texts(string description)
    {
        var spec = SchemaFromGenerator()[0];
        var field = spec.Fields[1] with { Description = description };
        var edited = spec with { Fields = spec.Fields.Select((f, i) => i == 1 ? field : f).ToEquatableArray(), IsReferenced = true };
        Assert.Equal(edited, SchemaDescription.Read(SchemaDescription.Write(edited)));
    }

    [Fact]
    public void A_description_in_another_format_is_refused()
    {
        Assert.Throws<FormatException>(() => SchemaDescription.Read("sahel-schema-0|authors"));
        Assert.Throws<FormatException>(() => DatasetSchema.Parse(new[] { SchemaDescription.Write(SchemaFromGenerator()[0]) + "|extra" }));
    }

    [Theory]
    [InlineData("- id: achebe\n  name: X\n  mentored_by: nobody\n", null)]
    [InlineData("- id: x\n  name: \"unclosed\n", null)]
    [InlineData("- id: x\n\tname: y\n", null)]
    [InlineData("- id: x\n  name: y\n  nickname: z\n- id: x\n  name: w\n", null)]
    [InlineData("- id: Bad_Id\n  name: y\n  born: 2024-13\n", null)]
    [InlineData("- id: all\n  name: Everyone\n", null)]
    [InlineData("[]", "- id: b\n  title: B\n  genre: poem\n  authors: [nobody]\n  published: 1958\n  pages: 99999999999\n")]
    public void The_core_reports_exactly_what_the_build_reports_in_the_same_words(string authors, string? books)
    {
        var files = new Dictionary<string, string>
        {
            [$"{Fixture.DataRoot}/authors/authors.yaml"] = authors,
            [$"{Fixture.DataRoot}/books/books.yaml"] = books ?? "[]",
        };
        var run = Run(Fixture.Schema, files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Key, f.Value)).ToArray());
        var build = run.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(build);

        var schema = DatasetSchema.Parse(SchemaFromGenerator().Select(SchemaDescription.Write));
        var core = DataCheck.Run(Fixture.DataRoot, files, schema, TestContext.Current.CancellationToken).Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal).ToList();
        Assert.Equal(build, core);
        Assert.All(core, line => Assert.Matches(@"^/fixture/data/\w+/\w+\.yaml\(\d+,\d+\): error SAHEL\d{4}: ", line));
    }

    [Fact]
    public void Compiled_assembly_carries_the_schema_and_the_core_checks_its_data_with_it()
    {
        var run = RunFixture();
        Assert.Empty(run.GeneratorDiagnostics);
        var schema = Load(run.Output, DatasetSchema.Of);
        Assert.Equal(new[] { "authors", "books" }, schema.Folders);
        Assert.True(schema.NamedMembers);
        var files = new Dictionary<string, string>
        {
            [$"{Fixture.DataRoot}/authors/authors.yaml"] = Fixture.Authors,
            [$"{Fixture.DataRoot}/books/books.yaml"] = Fixture.Books,
        };
        Assert.Empty(DataCheck.Run(Fixture.DataRoot, files, schema, TestContext.Current.CancellationToken));
        files[$"{Fixture.DataRoot}/books/books.yaml"] = Fixture.Books.Replace("genre: novel", "genre: novle");
        var problems = DataCheck.Run(Fixture.DataRoot, files, schema, TestContext.Current.CancellationToken);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("SAHEL0006", p.Id));
    }

    private static IReadOnlyList<CollectionSpec> SchemaFromGenerator()
    {
        var run = RunFixture();
        var schemaSet = run.Result.Results.Single().TrackedSteps[TrackingNames.ValidSchema].Single().Outputs.Single().Value;
        return ((EquatableArray<CollectionSpec>)schemaSet).ToList();
    }
}
