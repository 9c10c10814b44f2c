using System;
using System.IO;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// A curator's valid addition never turns the suite red. An actor, an event and a claim written exactly as
/// docs/curating.md teaches (the event caused by yusov-statement, whose consequences tests once listed) are added to a
/// copy of the data; the check accepts them, and the suite's data tests, rebuilt over the copy in a separate output
/// folder, pass: they pin invariants and editorial decisions, never counts or lists such an addition changes. (The
/// README's session is real output; its test names the command that writes it anew.)
/// </summary>
public sealed class ValidAdditionTests : IDisposable
{
    /// <summary>The test classes that read the compiled dataset, and the integrity tests generated from the YAML.</summary>
    private const string DataTests =
        "FullyQualifiedName~SahelData.Tests.DatasetFactsTests|FullyQualifiedName~SahelData.Tests.LookupTests"
        + "|FullyQualifiedName~SahelData.Tests.QueryTests|FullyQualifiedName~SahelData.Tests.ExportTests"
        + "|FullyQualifiedName~SahelData.Model.Integrity";

    private const string Actor = """

        - id: malian-government
          name: Government of Mali
          aliases: [Malian government]
          kind: government-body
          country: mali
          part_of: mali
          sources: [niger-cuts-ties-report, sahel-juntas-letter-report]
        """;

    private const string Event = """

        - id: mali-government-accuses-ukraine
          title: Mali's government accuses Ukraine of backing terrorism and breaching its sovereignty
          kind: statement
          date: 2024-08
          participants:
            - actor: malian-government
              role: speaker
            - actor: ukraine
              role: target
          caused_by: [yusov-statement]
          notes:
            - The report places the accusation after Yusov's remarks without giving a day.
          sources: [sahel-juntas-letter-report]
        """;

    private const string Claim = """

        - id: ukraine-must-answer-to-security-council
          statement: The Security Council should hold Ukraine to account for its support to the rebels.
          about: [mali-government-accuses-ukraine]
          concerns: [ukraine]
          positions:
            - actor: alliance-of-sahel-states
              stance: asserts
              quote: take responsibility
              sources: [sahel-juntas-letter-report]
            - actor: ukraine
              stance: denies
              sources: [sahel-juntas-letter-report]
        """;

    private readonly string copy = Directory.CreateTempSubdirectory("sahel-valid-addition-").FullName;

    [Fact]
    public void A_valid_actor_event_and_claim_pass_the_check_and_the_suite_s_data_tests()
    {
        var root = CoverageLedgerTests.RepositoryRoot();
        var data = Path.Combine(copy, "data");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "data"), "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(data, Path.GetRelativePath(Path.Combine(root, "data"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.AppendAllText(Path.Combine(data, "actors", "organizations.yaml"), Actor);
        File.AppendAllText(Path.Combine(data, "events", "2024-ukraine-rupture.yaml"), Event);
        File.AppendAllText(Path.Combine(data, "claims", "ukraine-involvement.yaml"), Claim);

        var (code, output, error) = ToolProcessTests.Sahel("check", data);
        Assert.True(code == 0, output + error);

        // The suite's own data tests, compiled over the copy (the library, the tool and the generated integrity tests
        // read SahelDataDirectory), in an output folder of their own so the running tests are left untouched.
        var (testCode, testOutput) = Processes.Run(
            "dotnet",
            $"test \"{Path.Combine(root, "tests", "SahelData.Tests")}\" -nologo -p:SahelDataDirectory=\"{data}\" --artifacts-path \"{Path.Combine(copy, "artifacts")}\" --filter \"{DataTests}\"",
            root,
            TimeSpan.FromMinutes(20));
        Assert.True(testCode == 0, testOutput);
        Assert.Matches(@"Passed:\s+[1-9]\d{2,}", testOutput);
        // The build did compile the additions: the generated code holds the new event.
        Assert.Contains(
            Directory.EnumerateFiles(Path.Combine(copy, "artifacts"), "*.g.cs", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("\"mali-government-accuses-ukraine\"", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(copy, recursive: true);
}
