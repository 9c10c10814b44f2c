using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Model;
using SahelData.Model;
using Xunit;

namespace SahelData.Tests.LanguageServer;

/// <summary>
/// <c>sahel lsp</c> driven by a client no one here wrote: Neovim's built-in LSP client, headless, plays one editing
/// session on a copy of the real data (session.lua), and every answer it received is checked against the build's
/// own reading of the same texts (<see cref="DataCheck"/> for diagnostics, <see cref="DataReader"/> for entries and
/// references, the generator's JSON Schema for the allowed words).
/// </summary>
public sealed class LanguageServerSessionTests : IDisposable
{
    private static readonly DatasetSchema Schema = DatasetSchema.Of(typeof(Actors).Assembly);
    private readonly string root = Path.Combine(Path.GetTempPath(), "sahel-lsp-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_neovim_session_gets_the_builds_answers()
    {
        var data = CopyData();
        var plan = Plan.For(data);
        var results = RunNeovim(plan);
        var texts = Texts(data);

        // The data is clean: nothing to show at first.
        Assert.Empty(results["initial"]!.AsArray());

        // Breaking an id in one file marks its references in the others, exactly as the build reports them, and
        // mending it clears them.
        var brokenTexts = new Dictionary<string, string>(texts) { [plan.DefinitionFile] = ReplaceAt(texts[plan.DefinitionFile], plan.IdLine, plan.IdColumn, plan.Id, plan.BrokenId) };
        var expected = DataCheck.Run(data, brokenTexts, Schema, TestContext.Current.CancellationToken);
        Assert.NotEmpty(expected);
        var published = results["broken"]!.AsObject().ToDictionary(p => PathOf(p.Key), p => p.Value!.AsArray());
        foreach (var file in expected.Select(d => d.Location!.FilePath).Distinct())
        {
            Assert.True(published.ContainsKey(file), $"no diagnostics were published for {file}");
        }

        foreach (var (file, diagnostics) in published)
        {
            Assert.Equal(
                expected.Where(d => d.Location!.FilePath == file).Select(Expected).ToList(),
                diagnostics.Select(Received).ToList());
        }

        Assert.Empty(results["mended"]!.AsArray());

        // Completion at a reference to actors offers every actor, each with its title and collection, and nothing else.
        var entries = DataReader.Read(data, texts, Schema, TestContext.Current.CancellationToken).Entries;
        var actors = entries.Where(e => e.Folder == plan.Folder).ToList();
        var items = Items(results["completion"]!);
        Assert.Equal(actors.Select(a => a.Id).Order(StringComparer.Ordinal), items.Select(i => (string)i["label"]!).Order(StringComparer.Ordinal));
        foreach (var actor in actors)
        {
            var detail = (string)items.Single(i => (string)i["label"]! == actor.Id)["detail"]!;
            Assert.Contains(actor.Title!, detail, StringComparison.Ordinal);
            Assert.Contains(plan.Folder, detail, StringComparison.Ordinal);
        }

        // Completion of a word offers the words the generator's JSON Schema allows, each with its meaning.
        var words = Items(results["word_completion"]!);
        Assert.Equal(AllowedWords(plan.ReferenceFolder, plan.WordKey), words.Select(i => (string)i["label"]!));
        Assert.All(words, w => Assert.False(string.IsNullOrWhiteSpace((string?)w["detail"])));

        // Completion of a key offers the entry's keys, each with its description.
        var keys = Items(results["key_completion"]!);
        Assert.Equal(PropertyNames(plan.ReferenceFolder), keys.Select(i => (string)i["label"]!).Order(StringComparer.Ordinal));

        // Hover on the reference names the entry; on the word, its meaning.
        var target = actors.Single(a => a.Id == plan.Id);
        Assert.Contains(target.Title!, (string)results["hover"]!["result"]!["contents"]!["value"]!, StringComparison.Ordinal);
        var meaning = (string)words.Single(w => (string)w["label"]! == plan.Word)["detail"]!;
        Assert.Contains(meaning, (string)results["word_hover"]!["result"]!["contents"]!["value"]!, StringComparison.Ordinal);

        // Definition: the entry's id, where the build read it.
        var declaration = Occurrences(entries, plan.Folder, plan.Id).Single(o => o.IsDeclaration).At;
        Assert.Equal([Place(declaration)], results["definition"]!["result"]!.AsArray().Select(ReceivedPlace));

        // References: every place the build reads the id, its declaration included.
        var occurrences = Occurrences(entries, plan.Folder, plan.Id).ToList();
        Assert.True(occurrences.Count >= 2);
        Assert.Equal(
            occurrences.Select(o => Place(o.At)).Order(StringComparer.Ordinal),
            results["references"]!["result"]!.AsArray().Select(ReceivedPlace).Order(StringComparer.Ordinal));

        // Rename: one edit per occurrence; applied, the data is still clean and the new id has every reference.
        var changes = results["rename"]!["result"]!["changes"]!.AsObject();
        Assert.Equal(occurrences.Count, changes.Sum(c => c.Value!.AsArray().Count));
        var renamed = new Dictionary<string, string>(texts);
        foreach (var (uri, edits) in changes)
        {
            var file = PathOf(uri);
            foreach (var edit in edits!.AsArray().OrderByDescending(e => (int)e!["range"]!["start"]!["line"]!).ThenByDescending(e => (int)e!["range"]!["start"]!["character"]!))
            {
                Assert.Equal((int)edit!["range"]!["start"]!["line"]!, (int)edit["range"]!["end"]!["line"]!);
                renamed[file] = ReplaceAt(renamed[file], (int)edit["range"]!["start"]!["line"]!, (int)edit["range"]!["start"]!["character"]!, plan.Id, (string)edit["newText"]!);
            }
        }

        Assert.Empty(DataCheck.Run(data, renamed, Schema, TestContext.Current.CancellationToken).Select(d => d.ToString()));
        Assert.Equal(occurrences.Count, Occurrences(DataReader.Read(data, renamed, Schema, TestContext.Current.CancellationToken).Entries, plan.Folder, plan.NewId).Count());

        // A rename onto an existing id, or to something that is not an id, is refused with a reason.
        Assert.Contains(plan.ExistingId, (string)results["rename_clash"]!["err"]!["message"]!, StringComparison.Ordinal);
        Assert.Contains("not a valid id", (string)results["rename_invalid"]!["err"]!["message"]!, StringComparison.Ordinal);

        // A misspelt reference: the build's diagnostic, and a fix that writes what its message suggests.
        var misspeltText = (string)results["misspelt_text"]!;
        var misspelt = DataCheck.Run(data, new Dictionary<string, string>(texts) { [plan.ReferenceFile] = misspeltText }, Schema, TestContext.Current.CancellationToken)
            .Where(d => d.Location!.FilePath == plan.ReferenceFile).ToList();
        Assert.Equal(misspelt.Select(Expected), results["misspelt"]!.AsArray().Select(Received));
        var suggestion = System.Text.RegularExpressions.Regex.Match(misspelt[0].Message, "Did you mean '([^']+)'").Groups[1].Value;
        Assert.NotEmpty(suggestion);
        var fix = results["code_actions"]!["result"]!.AsArray().Single()!;
        var fixEdit = fix["edit"]!["changes"]!.AsObject().Single().Value!.AsArray().Single()!;
        Assert.Equal(suggestion, (string)fixEdit["newText"]!);
        Assert.Equal(Place(misspelt[0].Location!), $"{PathOf(fix["edit"]!["changes"]!.AsObject().Single().Key)} {Span(fixEdit["range"]!)}");

        Assert.True((bool)results["stopped"]!);
    }

    /// <summary>What the test asks the session to do, chosen from the data as the build reads it.</summary>
    private sealed record Plan(
        string DefinitionFile, string ReferenceFile, string ReferenceFolder, string Folder, string Id, int IdLine, int IdColumn,
        int ReferenceLine, int ReferenceColumn, string WordKey, string Word, int WordLine, int WordColumn, int KeyLine, int KeyColumn,
        string BrokenId, string MisspeltId, string NewId, string ExistingId)
    {
        public static Plan For(string data)
        {
            var entries = DataReader.Read(data, Schema).Entries;
            const string folder = "actors";

            // An event that refers to an actor in a flow or block mapping on one line, with a word key of its own.
            foreach (var entry in entries.Where(e => e.Folder == "events"))
            {
                var text = File.ReadAllText(entry.FilePath);
                var reference = entry.Fields.SelectMany(f => f.Value is DataList list ? list.Items : [f.Value])
                    .SelectMany(v => v is DataRecord r ? r.Fields.Select(f => f.Value) : [v])
                    .OfType<DataReference>()
                    .FirstOrDefault(r => r.Folder == folder && r.Location is { } l && l.StartLine == l.EndLine && text.Substring(l.Start, l.Length) == r.Id);
                var word = entry.Fields.FirstOrDefault(f => f.Value is DataScalar { Kind: DataScalarKind.Word });
                if (reference is null || word is null)
                {
                    continue;
                }

                var definition = entries.Single(e => e.Folder == folder && e.Id == reference.Id);
                var id = Occurrences(entries, folder, reference.Id).Single(o => o.IsDeclaration).At.Location!;
                var wordAt = word.Value.Location!;
                var ids = entries.Where(e => e.Folder == folder).Select(e => e.Id).ToHashSet();
                var newId = reference.Id + "-renamed";
                Assert.DoesNotContain(newId, ids);

                // A key typed on a new line would change the text; the line after the id's key is the entry's second key.
                var idLine = Occurrences(entries, "events", entry.Id).Single(o => o.IsDeclaration).At.Location!.StartLine;
                var keyLine = idLine + 1;
                var keyColumn = text.Split('\n')[keyLine].Length - text.Split('\n')[keyLine].TrimStart().Length;
                return new Plan(
                    definition.FilePath, entry.FilePath, "events", folder, reference.Id, id.StartLine, id.StartColumn,
                    reference.Location!.StartLine, reference.Location.StartColumn,
                    word.Key, ((DataScalar)word.Value).Text, wordAt.StartLine, wordAt.StartColumn, keyLine, keyColumn,
                    reference.Id + "-gone", reference.Id.Substring(0, reference.Id.Length - 1), newId,
                    ids.Where(i => i != reference.Id).Order(StringComparer.Ordinal).First());
            }

            throw new InvalidOperationException("no event refers to an actor on a line of its own");
        }

        public string ToJson(IReadOnlyList<string> command) => new JsonObject
        {
            ["command"] = new JsonArray(command.Select(c => (JsonNode)c!).ToArray()),
            ["root"] = Path.GetDirectoryName(Path.GetDirectoryName(DefinitionFile)),
            ["definition_file"] = DefinitionFile,
            ["reference_file"] = ReferenceFile,
            ["id"] = Id,
            ["id_line"] = IdLine,
            ["id_column"] = IdColumn,
            ["reference_line"] = ReferenceLine,
            ["reference_column"] = ReferenceColumn,
            ["word_line"] = WordLine,
            ["word_column"] = WordColumn,
            ["key_line"] = KeyLine,
            ["key_column"] = KeyColumn,
            ["broken_id"] = BrokenId,
            ["misspelt_id"] = MisspeltId,
            ["new_id"] = NewId,
            ["existing_id"] = ExistingId,
        }.ToJsonString();
    }

    private JsonNode RunNeovim(Plan plan)
    {
        Neovim.Ensure();
        var planPath = Path.Combine(root, "plan.json");
        var resultsPath = Path.Combine(root, "results.json");
        File.WriteAllText(planPath, plan.ToJson(ServerCommand()));
        var start = new ProcessStartInfo(Neovim.Path, ["--headless", "--clean", "-u", "NONE", "-n", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "LanguageServer", "session.lua")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = root,
        };
        start.Environment["SAHEL_LSP_PLAN"] = planPath;
        start.Environment["SAHEL_LSP_RESULTS"] = resultsPath;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the Neovim session did not finish in 5 minutes");
        }

        Assert.True(File.Exists(resultsPath), $"Neovim wrote no results (exit {process.ExitCode}): {output.Result} {error.Result}");
        var results = JsonNode.Parse(File.ReadAllText(resultsPath))!;
        Assert.True(results["error"] is null, $"the session failed: {results["error"]}");
        Assert.Equal(0, process.ExitCode);
        TestContext.Current.SendDiagnosticMessage("change to diagnostics, as Neovim saw it (ms): " + results["timings"]!.ToJsonString());
        return results;
    }

    /// <summary>The tool as built beside the tests, or the executable SAHEL_TOOL_EXE names (the NativeAOT tool).</summary>
    private static IReadOnlyList<string> ServerCommand() =>
        Environment.GetEnvironmentVariable("SAHEL_TOOL_EXE") is { Length: > 0 } native
            ? [native, "lsp"]
            : ["dotnet", Path.Combine(AppContext.BaseDirectory, "sahel.dll"), "lsp"];

    private string CopyData()
    {
        var source = Path.Combine(RepositoryRoot(), "data");
        var data = Path.Combine(root, "data");
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(data, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return data;
    }

    private static Dictionary<string, string> Texts(string data) =>
        Directory.EnumerateFiles(data, "*.yaml", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

    private static IEnumerable<(DataReference At, bool IsDeclaration)> Occurrences(IEnumerable<DataEntry> entries, string folder, string id)
    {
        foreach (var entry in entries)
        {
            foreach (var field in entry.Fields)
            {
                foreach (var reference in ReferencesIn(field.Value).Where(r => r.Folder == folder && r.Id == id))
                {
                    yield return (reference, field.Key == "id" && entry.Folder == folder);
                }
            }
        }
    }

    private static IEnumerable<DataReference> ReferencesIn(DataValue value) => value switch
    {
        DataReference reference => [reference],
        DataList list => list.Items.SelectMany(ReferencesIn),
        DataRecord record => record.Fields.SelectMany(f => ReferencesIn(f.Value)),
        _ => [],
    };

    private static string ReplaceAt(string text, int line, int column, string old, string replacement)
    {
        var lines = text.Split('\n');
        Assert.Equal(old, lines[line].Substring(column, old.Length));
        lines[line] = lines[line].Substring(0, column) + replacement + lines[line].Substring(column + old.Length);
        return string.Join('\n', lines);
    }

    private static List<JsonObject> Items(JsonNode response)
    {
        var result = response["result"]!;
        var items = result is JsonArray array ? array : result["items"]!.AsArray();
        return items.Select(i => i!.AsObject()).ToList();
    }

    /// <summary>The words the generator's JSON Schema allows for a key of a collection's entries.</summary>
    private static IEnumerable<string> AllowedWords(string folder, string key) =>
        RootProperties(folder)[key]!["enum"]!.AsArray().Select(w => (string)w!);

    private static IEnumerable<string> PropertyNames(string folder) =>
        RootProperties(folder).Select(p => p.Key).Order(StringComparer.Ordinal);

    private static JsonObject RootProperties(string folder)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "data", "schema", folder + ".schema.json")))!;
        var root = ((string)schema["items"]!["$ref"]!).Split('/').Last();
        return schema["definitions"]![root]!["properties"]!.AsObject();
    }

    private static string Expected(SahelData.Compiler.Diagnostics.DiagnosticInfo problem) =>
        $"{problem.Id} {Span(problem.Location!.StartLine, problem.Location.StartColumn, problem.Location.EndLine, problem.Location.EndColumn)} {problem.Message}";

    private static string Received(JsonNode? diagnostic) =>
        $"{(string)diagnostic!["code"]!} {Span(diagnostic["range"]!)} {(string)diagnostic["message"]!}";

    private static string Place(LocationInfo location) =>
        $"{location.FilePath} {Span(location.StartLine, location.StartColumn, location.EndLine, location.EndColumn)}";

    private static string Place(DataReference reference) => Place(reference.Location!);

    private static string ReceivedPlace(JsonNode? location) => $"{PathOf((string)location!["uri"]!)} {Span(location["range"]!)}";

    private static string Span(JsonNode range) =>
        Span((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!);

    private static string Span(int startLine, int startColumn, int endLine, int endColumn) => $"{startLine}:{startColumn}-{endLine}:{endColumn}";

    private static string PathOf(string uri) => Path.GetFullPath(new Uri(uri).LocalPath);

    private static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
