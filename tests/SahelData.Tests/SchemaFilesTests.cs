using System.IO;
using System.Linq;
using System.Text.Json;
using SahelData.Cli;
using Xunit;

namespace SahelData.Tests;

/// <summary>The JSON Schemas under data/schema/ are the ones the model generates, and every data file points at its own.</summary>
public sealed class SchemaFilesTests
{
    private const string Regenerate = "dotnet run --project src/SahelData.Cli -- schema data/schema";

    public static TheoryData<string> Folders => new(Catalog.Collections.Select(c => c.Folder));

    [Theory]
    [MemberData(nameof(Folders))]
    public void Committed_schema_is_the_one_the_model_generates(string folder)
    {
        var path = Path.Combine(DataRoot(), "schema", folder + ".schema.json");
        Assert.True(File.Exists(path), $"{path} is missing: run {Regenerate}");
        Assert.True(
            File.ReadAllText(path) == Catalog.ByFolder(folder).JsonSchema,
            $"data/schema/{folder}.schema.json no longer matches the C# model: run {Regenerate} and commit the result");
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Schema_lists_required_keys_and_allowed_values(string folder)
    {
        using var schema = JsonDocument.Parse(Catalog.ByFolder(folder).JsonSchema);
        var definitions = schema.RootElement.GetProperty("definitions");
        var entry = definitions.EnumerateObject().First().Value;
        Assert.False(entry.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains("id", entry.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.True(entry.GetProperty("properties").GetProperty("id").TryGetProperty("pattern", out _));
    }

    [Fact]
    public void Enum_values_in_the_schema_are_the_kebab_case_members()
    {
        using var schema = JsonDocument.Parse(SahelData.Model.Claims.JsonSchema);
        var stance = schema.RootElement.GetProperty("definitions").GetProperty("Position").GetProperty("properties").GetProperty("stance");
        Assert.Equal(new[] { "asserts", "implies", "reports", "denies", "disputes", "questions", "declines-to-confirm" }, stance.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_data_file_names_its_schema_on_its_first_line()
    {
        var files = Directory.EnumerateFiles(DataRoot(), "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(file))!;
            Assert.Equal($"# yaml-language-server: $schema=../schema/{folder}.schema.json", File.ReadLines(file).First());
        });
    }

    private static string DataRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "data"));
}
