using System.Linq;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;
using Xunit;

namespace SahelData.Generators.Tests;

/// <summary>
/// Resolve decides the JSON Schema's definitions (one per record, under a name unique in the schema, in order of first
/// use) and where each reference points; the emitter only writes them.
/// </summary>
public sealed class JsonSchemaResolverTests
{
    [Fact]
    public void Records_of_one_simple_name_get_distinct_definitions_and_a_record_used_twice_gets_one()
    {
        var firstPart = Record("First.Part", Field("Note", "note", TypeSpec.Scalar(FieldKind.String, "string", isNullable: true)));
        var secondPart = Record("Second.Part", Field("Count", "count", TypeSpec.Scalar(FieldKind.Int32, "int", isNullable: false)));
        var spec = Collection(
            Field("Id", "id", TypeSpec.Scalar(FieldKind.Reference, "ThingId", isNullable: false)),
            Field("Main", "main", firstPart),
            Field("Other", "other", secondPart with { IsNullable = true }),
            Field("More", "more", TypeSpec.Scalar(FieldKind.List, "ImmutableArray", isNullable: false) with { Element = firstPart }),
            Field("Friend", "friend", TypeSpec.Scalar(FieldKind.Reference, "PersonId", isNullable: true)),
            Field("Stranger", "stranger", TypeSpec.Scalar(FieldKind.Reference, "NobodyId", isNullable: true)));
        var people = new CollectionRef("people", "data/people/", "PersonId", "global::X.PersonId", "global::X.People");

        var schema = JsonSchemaResolver.Resolve(spec, new[] { people }, OutputSettings.Default with { DataFolderName = "data" });

        Assert.Equal(new[] { "Thing", "Part", "Part2" }, schema.Definitions.Select(d => d.Name));
        var root = schema.Definitions[0].Properties;
        Assert.True(root.Single(p => p.Key == "id").IsEntryId);
        Assert.Equal("Part", root.Single(p => p.Key == "main").Value.Definition);
        Assert.Equal("Part2", root.Single(p => p.Key == "other").Value.Definition);
        Assert.Equal("Part", root.Single(p => p.Key == "more").Value.Element!.Definition);
        Assert.Equal("data/people/", root.Single(p => p.Key == "friend").Value.TargetFolderPath);
        Assert.Null(root.Single(p => p.Key == "stranger").Value.TargetFolderPath);
        Assert.False(schema.Definitions[1].Properties.Single().IsEntryId);
        Assert.Equal("A file of data/things/: a list of Thing entries. Generated from the C# model; do not edit by hand.", schema.Description);
    }

    private static TypeSpec Record(string typeName, params FieldSpec[] fields) =>
        TypeSpec.Scalar(FieldKind.Record, typeName, isNullable: false) with { Fields = fields.ToEquatableArray() };

    private static FieldSpec Field(string property, string key, TypeSpec type) => new(property, key, type, IsRequired: false, null, false, null);

    private static CollectionSpec Collection(params FieldSpec[] fields) =>
        new("things", "X", "Thing", "X.Thing", "Things", "ThingId", IsPublic: true, fields.ToEquatableArray());
}
