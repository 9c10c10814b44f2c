using System.Globalization;
using System.Linq;
using System.Threading;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;

namespace SahelData.Generators.Emission;

/// <summary>
/// Writes a collection's registry (<c>Facts</c>: its folder, id type, title field, each field's YAML key, kind and
/// compiled accessor, nested records and enum spellings) as a part of its class, in a file of its own that depends
/// on the schema alone. Every fact was decided by the compiler core (<see cref="CollectionFactsResolver"/>); this
/// class only writes them. The registry is built on first use, in a holder class, so the collection's own
/// start-up does not pay for it.
/// </summary>
internal sealed class CollectionFactsEmitter
{
    private const string Facts = "global::SahelData.Runtime.CollectionFacts";
    private const string RecordFacts = "global::SahelData.Runtime.RecordFacts";
    private const string FieldFacts = "global::SahelData.Runtime.FieldFacts";
    private const string EnumFacts = "global::SahelData.Runtime.EnumFacts";
    private const string EnumMemberFacts = "global::SahelData.Runtime.EnumMemberFacts";
    private const string FieldKind = "global::SahelData.Runtime.FieldKind";
    private const string Lookups = "global::SahelData.Runtime.CollectionLookups";

    private readonly CollectionFactsSpec facts;
    private readonly SourceWriter writer = new();

    private CollectionFactsEmitter(CollectionFactsSpec facts) => this.facts = facts;

    public static string Emit(CollectionFactsSpec facts, CancellationToken cancellationToken) => new CollectionFactsEmitter(facts).EmitFile();

    /// <summary>The generated file's name, after the class.</summary>
    public static string FileName(CollectionFactsSpec facts) => facts.Spec.ClassName + ".Facts";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Nullable(string? text) => text is null ? "null" : Literals.String(text);

    private string EmitFile() => CollectionEmitter.WriteClassPart(writer, facts.Spec, WriteFacts);

    private void WriteFacts()
    {
        writer.Line("/// <summary>");
        writer.Line($"/// What the build decided about {Literals.Doc(facts.Folder)}/: its id type, the field that titles an entry, and each field's");
        writer.Line("/// YAML key, kind and accessor, with the spellings of the enums they use; for tools that read every collection alike.");
        writer.Line("/// </summary>");
        writer.Line($"public static {Facts} Facts => Data_FactsHolder.Value;");
        writer.Line();
        writer.Line(CollectionEmitter.GeneratedCodeAttribute);
        writer.Open("private static class Data_FactsHolder");
        writer.Line($"public static readonly {Facts} Value = Create();");
        writer.Line();
        writer.Open($"private static {Facts} Create()");
        for (var i = 0; i < facts.Enums.Count; i++)
        {
            WriteEnum(i, facts.Enums[i]);
        }

        for (var i = 0; i < facts.Records.Count; i++)
        {
            WriteRecord(i, facts.Records[i]);
        }

        var enums = string.Join(", ", Enumerable.Range(0, facts.Enums.Count).Select(EnumVariable));
        WriteLookups();
        writer.Line($"return new {Facts}({Literals.String(facts.Folder)}, typeof({facts.IdTypeFullName}), {RecordVariable(facts.Records.Count - 1)}, {Number(facts.IdField)}, {Number(facts.TitleField)}, new {EnumFacts}[] {{ {enums} }}, lookups);");
        writer.Close();
        writer.Close();
    }

    /// <summary>The collection's own methods, each behind a static lambda the registry hands to tools.</summary>
    private void WriteLookups()
    {
        var collection = facts.Spec.ClassFullName;
        var record = facts.Spec.RecordTypeName;
        var objects = $"{TypeNames.ImmutableArray}<object>";
        writer.Line($"var lookups = new {Lookups}(");
        writer.Line($"    {collection}.Count,");
        writer.Line($"    {collection}.JsonSchema,");
        writer.Line($"    static () => {collection}.All,");
        writer.Line($"    static id => {collection}.TryGet(new {facts.IdTypeFullName}(id), out var entry) ? entry : null,");
        writer.Line(facts.HasNameLookup ? $"    static name => {collection}.FindAll(name).CastArray<object>()," : $"    static _ => {objects}.Empty,");
        writer.Line($"    static entry => {collection}.ReferencesTo((({record})entry).Id));");
    }

    private static string EnumVariable(int index) => "enum" + Number(index);

    private static string RecordVariable(int index) => "record" + Number(index);

    private void WriteEnum(int index, EnumFactsSpec spec)
    {
        writer.Open($"var {EnumVariable(index)} = new {EnumFacts}(typeof({spec.TypeName}), new {EnumMemberFacts}[]");
        foreach (var member in spec.Members)
        {
            writer.Line($"new {EnumMemberFacts}({spec.TypeName}.{member.Name}, {Literals.String(member.Name)}, {Literals.String(member.YamlName)}, {Nullable(member.Description)}),");
        }

        writer.Close(");");
    }

    private void WriteRecord(int index, RecordFactsSpec spec)
    {
        writer.Open($"var {RecordVariable(index)} = new {RecordFacts}(typeof({spec.TypeName}), new {FieldFacts}[]");
        foreach (var field in spec.Fields)
        {
            var elementKind = field.ElementKind is null ? "null" : $"{FieldKind}.{field.ElementKind}";
            var record = field.Record >= 0 ? RecordVariable(field.Record) : "null";
            var enumFacts = field.Enum >= 0 ? EnumVariable(field.Enum) : "null";
            writer.Line(
                $"new {FieldFacts}({Literals.String(field.PropertyName)}, {Literals.String(field.Key)}, {FieldKind}.{field.Kind}, {elementKind}, {(field.IsRequired ? "true" : "false")}, " +
                $"static r => (({spec.TypeName})r).{field.PropertyName}, {record}, {enumFacts}, {Nullable(field.TargetFolder)}, {Nullable(field.Description)}),");
        }

        writer.Close(");");
    }
}
