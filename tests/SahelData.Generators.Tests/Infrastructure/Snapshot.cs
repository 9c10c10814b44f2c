using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SahelData.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot files in Verify's convention: <c>{Class}.{Method}#{name}.verified.cs</c> beside the test, committed;
/// on a mismatch <c>.received.cs</c> is written next to it and the test fails. Setting the environment variable
/// <c>SAHEL_ACCEPT_SNAPSHOTS=1</c> accepts what was received instead (and deletes snapshots no longer produced).
/// The generator's version is scrubbed, so a release does not rewrite every snapshot.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "SAHEL_ACCEPT_SNAPSHOTS";

    private const string VerifiedSuffix = ".verified.cs";

    private static readonly Regex GeneratorVersion = new(@"(GeneratedCode\(""SahelData\.Generators"", "")[^""]*("")", RegexOptions.CultureInvariant);

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>
    /// Matches every output of one test (name → text) against the snapshots named <c>{prefix}#…</c>: each output
    /// needs its snapshot, and each snapshot an output (one the generator stopped producing fails the test).
    /// </summary>
    public static void MatchAll(string directory, string prefix, IEnumerable<(string Name, string Text)> outputs)
    {
        var produced = outputs.ToList();
        Assert.NotEmpty(produced);
        var failures = new List<string>();
        foreach (var (name, text) in produced)
        {
            if (Match(directory, $"{prefix}#{name}", text) is { } failure)
            {
                failures.Add(failure);
            }
        }

        var names = produced.Select(p => $"{prefix}#{p.Name}").ToHashSet(StringComparer.Ordinal);
        foreach (var missing in Verified(directory).Where(v => v.StartsWith(prefix + "#", StringComparison.Ordinal) && !names.Contains(v)))
        {
            if (Accepting)
            {
                File.Delete(Path.Combine(directory, missing + VerifiedSuffix));
            }
            else
            {
                failures.Add($"{missing}{VerifiedSuffix} is expected but the generator no longer produces it; run again with {AcceptVariable}=1 if that is intended.");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Snapshots whose test prefix is none of <paramref name="prefixes"/>: left behind by a renamed or deleted test.</summary>
    public static IReadOnlyList<string> Orphans(string directory, IReadOnlyCollection<string> prefixes) =>
        Verified(directory).Where(v => !prefixes.Any(p => v.StartsWith(p + "#", StringComparison.Ordinal))).ToList();

    /// <summary>The text with the generator's version replaced by a placeholder.</summary>
    public static string Scrub(string text) => GeneratorVersion.Replace(text, "$1{version}$2");

    private static IEnumerable<string> Verified(string directory) => Directory.EnumerateFiles(directory, "*" + VerifiedSuffix)
        .Select(f => Path.GetFileName(f)[..^VerifiedSuffix.Length])
        .OrderBy(f => f, StringComparer.Ordinal);

    private static string? Match(string directory, string name, string text)
    {
        var actual = Scrub(text);
        var verified = Path.Combine(directory, name + VerifiedSuffix);
        var received = Path.Combine(directory, name + ".received.cs");
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return null;
        }

        if (Accepting)
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, actual);
        return expected is null
            ? $"No snapshot {verified} yet; review {received} and run again with {AcceptVariable}=1 to accept it."
            : $"The generated code differs from {verified}; compare it with {received}, and run again with {AcceptVariable}=1 to accept the change.";
    }
}
