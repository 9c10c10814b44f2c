using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SahelData.Cli;
using SahelData.Cli.Curation;
using SahelData.Compiler.Checking;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// The JSON Schemas under data/schema/ are the ones the model generates with the data's ids added, and every data
/// file points at its own.
/// </summary>
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
            File.ReadAllText(path) == SchemaFiles.Compose(DataRoot())[folder],
            $"data/schema/{folder}.schema.json no longer matches the C# model and the data's ids: run {Regenerate} and commit the result");
    }

    /// <summary>
    /// Each reference key of a written schema lists the ids of the collection it leads to, each with its title, as the
    /// build reads them: found by the generator's own description of the key ("The id of an entry of data/actors/."),
    /// so that an editor with only a YAML extension completes ids.
    /// </summary>
    [Theory]
    [MemberData(nameof(Folders))]
    public void Reference_keys_list_the_ids_and_titles_of_the_collection_they_lead_to(string folder)
    {
        var entries = DataReader.Read(DataRoot(), SahelData.Cli.Curation.DataFolder.Schema, TestContext.Current.CancellationToken).Entries;
        var schema = JsonNode.Parse(SchemaFiles.Compose(DataRoot())[folder])!;
        var checkedKeys = 0;
        foreach (var (_, definition) in schema["definitions"]!.AsObject())
        {
            foreach (var (key, property) in definition!["properties"]!.AsObject())
            {
                var description = (string?)property!["description"] ?? string.Empty;
                const string marker = "The id of an entry of data/";
                var at = description.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0 || key == "id")
                {
                    continue;
                }

                var target = description.Substring(at + marker.Length).Split('/')[0];
                var value = property["anyOf"]?[0] ?? property;
                value = value["items"] ?? value;
                var ids = entries.Where(e => e.Folder == target).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
                Assert.Equal(ids.Select(e => e.Id), value["enum"]!.AsArray().Select(v => (string)v!));
                Assert.Equal(ids.Select(e => e.Title), value["enumDescriptions"]!.AsArray().Select(v => (string)v!));
                checkedKeys++;
            }
        }

        Assert.True(checkedKeys > 0 || folder is "sources" or "places", $"no reference key found in {folder}");
    }

    /// <summary>sahel check warns, naming the command, when a written schema no longer lists the data's ids and titles; sahel schema mends it.</summary>
    [Fact]
    public void Check_warns_of_a_stale_schema_until_it_is_written_again()
    {
        var copy = Path.Combine(Path.GetTempPath(), "sahel-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in Directory.EnumerateFiles(DataRoot(), "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(DataRoot(), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            Assert.Equal((0, string.Empty), Check(copy));

            // A new title of an actor: every schema that lists actors is stale, and the warning says how to mend it.
            var actors = Directory.EnumerateFiles(Path.Combine(copy, "actors"), "*.yaml").Order(StringComparer.Ordinal).First();
            var lines = File.ReadAllLines(actors);
            var name = Array.FindIndex(lines, l => l.TrimStart().StartsWith("name: ", StringComparison.Ordinal));
            lines[name] = lines[name].Replace("name: ", "name: Renamed ", StringComparison.Ordinal);
            File.WriteAllLines(actors, lines);
            var (code, warnings) = Check(copy);
            Assert.Equal(0, code);
            Assert.Contains(Path.Combine(copy, "schema", "actors.schema.json") + " is out of date", warnings, StringComparison.Ordinal);
            Assert.Contains($"run '{SchemaFiles.RegenerateCommand(Path.Combine(copy, "schema"))}'", warnings, StringComparison.Ordinal);
            Assert.DoesNotContain("sources.schema.json", warnings, StringComparison.Ordinal);

            Assert.Equal(0, ToolProcessTests.Sahel("schema", Path.Combine(copy, "schema")).Code);
            Assert.Equal((0, string.Empty), Check(copy));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static (int Code, string Warnings) Check(string data)
    {
        var (code, _, error) = ToolProcessTests.Sahel("check", data);
        return (code, error);
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

        // Each word's meaning beside it, for the YAML language server's completion: the model's documentation.
        var meanings = stance.GetProperty("enumDescriptions").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(stance.GetProperty("enum").GetArrayLength(), meanings.Count);
        Assert.All(meanings, m => Assert.False(string.IsNullOrWhiteSpace(m)));
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
