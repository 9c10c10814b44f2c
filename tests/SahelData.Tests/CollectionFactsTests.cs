using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using SahelData.Cli;
using SahelData.Runtime;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// The registry each collection compiles beside its data (<c>Facts</c>) is what the tool reads, so it is checked
/// against the data files as PyYAML reads them; and the tool is checked, in its compiled form, for reading records
/// any other way (reflection over their properties, or spellings re-derived by <c>Naming</c>).
/// </summary>
public sealed class CollectionFactsTests
{
    private static readonly string[] SerializerGenerators = ["System.Text.Json.SourceGeneration", "PolyType.SourceGenerator.PolyTypeGenerator"];

    private static readonly string[] ReflectionOverProperties = ["GetProperties", "GetProperty", "GetRuntimeProperties", "GetRuntimeProperty", "GetDeclaredProperty"];

    [Fact]
    public void The_tool_reflects_over_no_property_and_derives_no_spelling()
    {
        Assert.Empty(Offences(typeof(Catalog).Assembly.Location));
    }

    [Fact]
    public void The_assembly_scan_sees_reflection_and_naming()
    {
        // This test assembly calls both, below; the scan must name each.
        var offences = Offences(typeof(CollectionFactsTests).Assembly.Location);
        Assert.Contains(offences, o => o.Contains("DeliberateOffence calls System.Type.GetProperties", StringComparison.Ordinal));
        Assert.Contains(offences, o => o.Contains("DeliberateOffence calls SahelData.Compiler.Names.Naming.ToKebabCase", StringComparison.Ordinal));
        Assert.Equal(typeof(Catalog).GetProperties().Length, DeliberateOffence());
    }

    [Fact]
    public void Every_key_of_every_entry_is_in_its_collection_registry_with_its_spellings()
    {
        var problems = new List<string>();
        foreach (var (collection, file, entry) in EntriesAsPyYamlReadsThem())
        {
            problems.AddRange(Problems(collection.Record, entry, $"{file} {collection.IdOf(collection.Get(entry.GetProperty("id").GetString()!)!)}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_title_is_the_entry_title_field_as_the_data_writes_it()
    {
        var checkedTitles = 0;
        foreach (var (collection, file, entry) in EntriesAsPyYamlReadsThem())
        {
            var id = entry.GetProperty("id").GetString()!;
            var compiled = collection.Get(id);
            Assert.True(compiled is not null, $"{file}: {id} is not compiled");
            Assert.Equal(id, collection.IdOf(compiled!));
            if (collection.TitleField is { } title)
            {
                Assert.Equal(entry.GetProperty(title.Key).GetString(), collection.TitleOf(compiled!));
                checkedTitles++;
            }
        }

        Assert.NotEqual(0, checkedTitles);
    }

    [Fact]
    public void The_registrys_look_ups_are_the_collections_own()
    {
        foreach (var collection in Catalog.Collections)
        {
            var all = collection.All().ToList();
            Assert.Equal(collection.Count, all.Count);
            Assert.All(all, entry => Assert.Same(entry, collection.Get(collection.IdOf(entry))));
            Assert.Null(collection.Get("no-such-entry"));
        }

        var actors = Catalog.ByFolder("actors");
        var mali = SahelData.Model.Actors.Get(new SahelData.Model.ActorId("mali"));
        Assert.Equal(SahelData.Model.Actors.ReferencesTo(mali.Id), actors.ReferencesTo(mali));
        Assert.Equal(SahelData.Model.Actors.FindAll("MALI").CastArray<object>(), actors.FindByName("MALI"));
        Assert.NotEmpty(actors.FindByName("MALI"));
        Assert.Empty(Catalog.ByFolder("events").FindByName("MALI"));
        Assert.Equal(SahelData.Model.Events.JsonSchema, Catalog.ByFolder("events").JsonSchema);
    }

    [Fact]
    public void The_key_check_sees_an_unknown_key_a_missing_key_and_a_misspelled_value()
    {
        var claims = Catalog.ByFolder("claims").Record;
        using var document = JsonDocument.Parse("""
            { "id": "x", "statment": "a typo", "positions": [ { "stance": "DeclinesToConfirm", "sources": ["s"] } ] }
            """);
        var problems = Problems(claims, document.RootElement, "mutant");
        Assert.Contains(problems, p => p.Contains("'statment'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'statement'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'DeclinesToConfirm'", StringComparison.Ordinal));
    }

    /// <summary>What in <paramref name="entry"/> (as PyYAML read it) the registry does not describe, and what it requires that is missing.</summary>
    private static IEnumerable<string> Problems(RecordFacts record, JsonElement entry, string where)
    {
        foreach (var property in entry.EnumerateObject())
        {
            if (record.FieldWithKey(property.Name) is not { } field)
            {
                yield return $"{where}: key '{property.Name}' is not in the registry of {record.RecordType.Name}";
                continue;
            }

            var values = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value];
            foreach (var value in values)
            {
                if (field.Record is { } nested && value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var problem in Problems(nested, value, $"{where} {property.Name}"))
                    {
                        yield return problem;
                    }
                }
                else if (field.Enum is { } facts && !facts.Members.Any(m => m.Spelling == value.GetString()))
                {
                    yield return $"{where}: '{value}' of '{property.Name}' is no spelling of {facts.EnumType.Name} in the registry";
                }
            }
        }

        foreach (var required in record.Fields.Where(f => f.IsRequired && !entry.TryGetProperty(f.Key, out _)))
        {
            yield return $"{where}: the required key '{required.Key}' of {record.RecordType.Name} is not written";
        }
    }

    private static IEnumerable<(CollectionFacts Collection, string File, JsonElement Entry)> EntriesAsPyYamlReadsThem()
    {
        var data = Path.Combine(CoverageLedgerTests.RepositoryRoot(), "data");
        foreach (var collection in Catalog.Collections)
        {
            var files = Directory.EnumerateFiles(Path.Combine(data, collection.Folder), "*.yaml").Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var (documents, error) = PyYaml.Read(File.ReadAllText(file), CoverageLedgerTests.RepositoryRoot());
                Assert.True(error is null, $"{file}: {error}");
                foreach (var document in documents!.Value.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Array))
                {
                    foreach (var entry in document.EnumerateArray())
                    {
                        yield return (collection, Path.GetRelativePath(data, file), entry);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The calls in an assembly's code that read a type's properties by reflection or spell names with <c>Naming</c>,
    /// each with the type that makes it. The serializers that System.Text.Json's and PolyType's source generators
    /// write for the language server's protocol types look up those types' properties for their attributes; they
    /// are left out (<see cref="SerializerGenerators"/>), as they never see a record of the dataset.
    /// </summary>
    private static List<string> Offences(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var offending = new Dictionary<int, string>();
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            var name = metadata.GetString(member.Name);
            var owner = member.Parent.Kind == HandleKind.TypeReference ? TypeName(metadata, (TypeReferenceHandle)member.Parent) : string.Empty;
            var reflects = owner == "System.Type" || owner.StartsWith("System.Reflection.", StringComparison.Ordinal);
            if ((reflects && ReflectionOverProperties.Contains(name)) || owner == "SahelData.Compiler.Names.Naming")
            {
                offending.Add(MetadataTokens.GetToken(handle), $"{owner}.{name}");
            }
        }

        var offences = new List<string>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            var outermost = type;
            while (outermost.GetDeclaringType() is { IsNil: false } declaring)
            {
                outermost = metadata.GetTypeDefinition(declaring);
            }

            if (GeneratedBy(metadata, outermost) is { } tool && SerializerGenerators.Contains(tool))
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
                for (var i = 0; i + 4 < il.Length; i++)
                {
                    // call (0x28) or callvirt (0x6F) with a member reference token (table 0x0A).
                    if ((il[i] == 0x28 || il[i] == 0x6F) && il[i + 4] == 0x0A
                        && offending.TryGetValue(BitConverter.ToInt32(il, i + 1), out var called))
                    {
                        offences.Add($"{metadata.GetString(outermost.Name)}: {metadata.GetString(type.Name)}.{metadata.GetString(method.Name)} calls {called}");
                    }
                }
            }
        }

        return offences;
    }

    /// <summary>The tool named by a type's <c>[GeneratedCode]</c> attribute, or null.</summary>
    private static string? GeneratedBy(MetadataReader metadata, TypeDefinition type)
    {
        foreach (var handle in type.GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && TypeName(metadata, (TypeReferenceHandle)parent) == "System.CodeDom.Compiler.GeneratedCodeAttribute")
            {
                var blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // the prolog
                return blob.ReadSerializedString();
            }
        }

        return null;
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        return $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
    }

    /// <summary>What <see cref="The_assembly_scan_sees_reflection_and_naming"/> must find in this assembly.</summary>
    private static int DeliberateOffence() =>
        typeof(Catalog).GetProperties().Length + SahelData.Compiler.Names.Naming.ToKebabCase(string.Empty).Length;
}
