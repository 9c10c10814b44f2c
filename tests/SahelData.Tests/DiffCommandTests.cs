using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// <c>sahel diff BASE HEAD</c> on real revisions of this repository (read with git archive, nothing checked out) and
/// on pairs of folders: entries added, removed, changed field by field, moved; references by name; by meaning.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    /// <summary>"Record the January 2022 sanctions as a dated event": one event added, another gains a cause.</summary>
    private const string SanctionsCommit = "05f73d846fef816327c81b3c5d9e527e048875a8";
    private const string BeforeSanctions = "f2f1969f22d03555f0fadde3742d0de37b5ceeed";

    /// <summary>"Kyiv's lack of confirmation is a note beside its denial, not a stance": a position becomes a note.</summary>
    private const string NoteCommit = "65bcf2c023073172628ad6db3a81ccdb72c4388f";
    private const string BeforeNote = "eead6bcd7dac74fc3212709cc33c439f3c0f3873";

    private readonly string root = Directory.CreateTempSubdirectory("sahel-diff-").FullName;

    [Fact]
    public void A_real_commit_that_adds_an_event_and_links_another_to_it()
    {
        RequireHistory(BeforeSanctions, SanctionsCommit);
        var (code, output, error) = Diff(BeforeSanctions, SanctionsCommit);
        Assert.True(code == 0, error);
        Assert.Equal(
            $"""
            {BeforeSanctions} → {SanctionsCommit}: 1 added, 0 removed, 1 changed, 0 moved
            + events/ecowas-sanctions-2022 — New sanctions on Mali over the junta's delay of the February 2022 elections  (data/events/2022-russia-and-france-in-mali.yaml)
            ~ events/unsc-mali-sanctions-blocked — Russia and China block UN Security Council support for new sanctions on Mali  (data/events/2022-russia-and-france-in-mali.yaml)
                caused_by: + ecowas-sanctions-2022 (New sanctions on Mali over the junta's delay of the February 2022 elections)

            """,
            output);
    }

    [Fact]
    public void A_real_commit_in_markdown_and_json()
    {
        RequireHistory(BeforeNote, NoteCommit);
        var (code, markdown, _) = Diff(BeforeNote, NoteCommit, "--format", "markdown");
        Assert.Equal(0, code);
        Assert.StartsWith($"### Data changes: `{BeforeNote}` → `{NoteCommit}`\n\n0 added, 0 removed, 1 changed, 0 moved.\n", markdown);
        Assert.Contains("**`claims/ukraine-involved-in-tinzaouaten-ambush`** — Ukraine had a part in the rebels' ambush at Tinzaouaten. in `data/claims/ukraine-involvement.yaml`", markdown);
        Assert.Contains("| field | before | after |\n|---|---|---|\n| `positions` | {actor: ukraine (Ukraine), stance: declines-to-confirm, date: 2024-08, sources: \\[niger-cuts-ties-report (Niger follows Mali in breaking with Ukraine)\\], note:", markdown);
        Assert.Contains("| `notes` | — | The report on Niger's break also observes", markdown);

        (code, var output, _) = Diff(BeforeNote, NoteCommit, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var changed = json.RootElement.GetProperty("changed").EnumerateArray().Single();
        Assert.Equal(("claims", "ukraine-involved-in-tinzaouaten-ambush"), (changed.GetProperty("collection").GetString(), changed.GetProperty("id").GetString()));
        var fields = changed.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(new[] { "positions", "notes" }, fields.Select(f => f.GetProperty("field").GetString()));
        Assert.Equal(JsonValueKind.Null, fields[0].GetProperty("after").ValueKind);
        Assert.Equal(JsonValueKind.Null, fields[1].GetProperty("before").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("added").EnumerateArray());
    }

    [Fact]
    public void A_moved_entry_is_one_move_and_formatting_is_no_change()
    {
        var before = Write("before", """
            - id: alpha
              name: Alpha
              kind: state
            - id: beta
              name: Beta
              kind: state
              description: First words.
            """, "");
        var after = Write("after", """
            # a comment, keys reordered, a value requoted: no change by meaning
            - kind: state
              id: alpha
              name: "Alpha"
            """, """
            - id: beta
              name: Beta
              kind: state
              description: First words.
            """);
        var (code, output, error) = Diff(before, after);
        Assert.True(code == 0, error);
        Assert.Equal(
            """
            before → after: 0 added, 0 removed, 0 changed, 1 moved
            ~ actors/beta — Beta  (data/actors/b.yaml)
                moved: data/actors/a.yaml → data/actors/b.yaml

            """,
            output.Replace(before, "before").Replace(after, "after"));
    }

    [Fact]
    public void Changed_fields_show_before_and_after_and_references_by_the_target_s_name()
    {
        var before = Write("before", """
            - id: alpha
              name: Alpha
              kind: state
            - id: beta
              name: Beta
              kind: state
              country: alpha
              aliases: [B, Bee]
            - id: gamma
              name: Gamma
              kind: state
            """, "");
        var after = Write("after", """
            - id: alpha
              name: Alpha Republic
              kind: state
            - id: beta
              name: Beta
              kind: armed-forces
              country: delta
              aliases: [Bee, Beta Force]
            - id: delta
              name: Delta
              kind: state
            """, "");
        var (code, output, _) = Diff(before, after);
        Assert.Equal(0, code);
        Assert.Equal(
            """
            before → after: 1 added, 1 removed, 2 changed, 0 moved
            + actors/delta — Delta  (data/actors/a.yaml)
            - actors/gamma — Gamma  (data/actors/a.yaml)
            ~ actors/alpha — Alpha Republic  (data/actors/a.yaml)
                name: Alpha → Alpha Republic
            ~ actors/beta — Beta  (data/actors/a.yaml)
                aliases: - B
                aliases: + Beta Force
                kind: state → armed-forces
                country: alpha (Alpha) → delta (Delta)

            """,
            output.Replace(before, "before").Replace(after, "after"));
    }

    [Fact]
    public void Revisions_of_a_repository_are_read_without_a_checkout_whatever_the_clone_depth()
    {
        // A repository of its own, so that the git path is tested even where this clone holds no history.
        var repository = Path.Combine(root, "repository");
        var data = Write("repository", """
            - id: alpha
              name: Alpha
              kind: state
            """, "");
        Git(repository, "init -q");
        Git(repository, "add -A");
        Git(repository, "-c user.name=t -c user.email=t@t commit -q -m first");
        File.AppendAllText(Path.Combine(data, "actors", "a.yaml"), "- id: beta\n  name: Beta\n  kind: state\n  country: alpha\n");
        Git(repository, "-c user.name=t -c user.email=t@t commit -q -a -m second");
        File.WriteAllText(Path.Combine(data, "actors", "a.yaml"), "- id: alpha\n  name: Alpha Republic\n  kind: state\n");

        var (code, output, error) = ToolProcessTests.SahelIn(repository, "diff", "HEAD~1", "HEAD");
        Assert.True(code == 0, error);
        Assert.Equal(
            """
            HEAD~1 → HEAD: 1 added, 0 removed, 0 changed, 0 moved
            + actors/beta — Beta  (data/actors/a.yaml)

            """,
            output);

        (code, output, error) = ToolProcessTests.SahelIn(repository, "diff", "HEAD", "WORKTREE");
        Assert.True(code == 0, error);
        Assert.Equal(
            """
            HEAD → WORKTREE: 0 added, 1 removed, 1 changed, 0 moved
            - actors/beta — Beta  (data/actors/a.yaml)
            ~ actors/alpha — Alpha Republic  (data/actors/a.yaml)
                name: Alpha → Alpha Republic

            """,
            output);
    }

    private static void Git(string directory, string arguments)
    {
        var (code, output) = Processes.Run("git", arguments, directory);
        Assert.True(code == 0, $"git {arguments}: {output}");
    }

    [Fact]
    public void Identical_folders_have_no_change_and_a_missing_side_exits_2()
    {
        var data = Path.Combine(CoverageLedgerTests.RepositoryRoot(), "data");
        var (code, output, _) = Diff(data, data);
        Assert.Equal(0, code);
        Assert.EndsWith(": no change to the data\n", output);

        (code, output, var error) = Diff(data, Path.Combine(root, "no-such-folder-or-revision"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("sahel: ", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    /// <summary>
    /// One tab in a file of the head: every entry of that file would read as removed, and every reference to them as a
    /// change. The diff says the head does not compile, prints its error located, lists no change, and exits 1.
    /// </summary>
    [Fact]
    public void A_side_that_does_not_compile_is_reported_by_its_errors_and_never_compared()
    {
        const string Valid = "- id: alpha\n  name: Alpha\n  kind: state\n- id: beta\n  name: Beta\n  kind: state\n  part_of: alpha";
        var good = Write("good", Valid, "");
        var broken = Write("broken", Valid.Replace("  name: Alpha", "\tname: Alpha", StringComparison.Ordinal), "");
        var brokenFile = Path.Combine(broken, "actors", "a.yaml");

        var (code, output, _) = Diff(good, broken);
        Assert.Equal(1, code);
        Assert.Equal(
            $"sahel diff: the head ({broken}) does not compile: 1 data error; no change is listed until it compiles.\n"
            + $"{brokenFile}(2,1): error SAHEL0001: This line is not valid YAML: a tab is used to indent it. Indent with spaces, never with tabs\n",
            output);

        (code, var markdown, _) = Diff(good, broken, "--format", "markdown");
        Assert.Equal(1, code);
        Assert.Contains($"**The head (`{broken}`) does not compile: 1 data error.**", markdown);
        Assert.Contains("data/actors/a.yaml(2,1): error SAHEL0001: ", markdown);
        Assert.DoesNotContain("Removed", markdown);
        Assert.DoesNotContain("removed", markdown);

        (code, var json, _) = Diff(broken, good, "--format", "json");
        Assert.Equal(1, code);
        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.GetProperty("compiles").GetBoolean());
        Assert.Equal((1, 0), (document.RootElement.GetProperty("baseErrors").GetInt32(), document.RootElement.GetProperty("headErrors").GetInt32()));
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("base", "data/actors/a.yaml", 2, 1), (error.GetProperty("side").GetString(), error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.False(document.RootElement.TryGetProperty("removed", out _));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>
    /// Fails, saying how to mend it, where this clone lacks the revisions a test compares (a shallow clone): a test
    /// over the repository's real history is never skipped.
    /// </summary>
    private static void RequireHistory(params string[] commits)
    {
        foreach (var commit in commits)
        {
            var (code, _) = Processes.Run("git", $"cat-file -e {commit}^{{commit}}", CoverageLedgerTests.RepositoryRoot());
            Assert.True(code == 0, $"This clone does not hold commit {commit} of the repository's history (a shallow clone?): fetch it with 'git fetch --unshallow' so that sahel diff is tested on real revisions.");
        }
    }

    private static (int Code, string Output, string Error) Diff(params string[] args) =>
        ToolProcessTests.SahelIn(CoverageLedgerTests.RepositoryRoot(), ["diff", .. args]);

    /// <summary>A data folder with two actor files; returns the folder.</summary>
    private string Write(string name, string first, string second)
    {
        var folder = Path.Combine(root, name, "data", "actors");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.yaml"), first.Replace("\r\n", "\n") + "\n");
        if (second.Length > 0)
        {
            File.WriteAllText(Path.Combine(folder, "b.yaml"), second.Replace("\r\n", "\n") + "\n");
        }

        return Path.Combine(root, name, "data");
    }
}
