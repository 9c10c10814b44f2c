using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using SahelData.Compiler.Checking;
using SahelData.Model;
using Xunit;

namespace SahelData.Tests;

/// <summary>The compiler core checks the real data/ with the schema compiled into SahelData.dll, as a tool would.</summary>
public sealed class DataCheckTests
{
    private static readonly DatasetSchema Schema = DatasetSchema.Of(typeof(Actors).Assembly);

    [Fact]
    public void The_library_carries_the_schema_of_every_collection()
    {
        Assert.Equal(
            typeof(Actors).Assembly.GetCustomAttributes(typeof(SahelData.Runtime.CompiledCollectionAttribute), false)
                .Cast<SahelData.Runtime.CompiledCollectionAttribute>()
                .Select(a => a.Folder)
                .OrderBy(f => f, StringComparer.Ordinal),
            Schema.Folders);
        Assert.Contains("actors", Schema.Folders);
    }

    [Fact]
    public void The_curated_data_has_no_problem()
    {
        Assert.Empty(DataCheck.Run(Path.Combine(RepositoryRoot(), "data"), Schema, TestContext.Current.CancellationToken).Select(d => d.ToString()));
    }

    [Fact]
    public void A_broken_copy_of_the_data_is_reported_in_the_build_format()
    {
        var copy = Path.Combine(Path.GetTempPath(), "sahel-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "data"), "*.yaml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Path.Combine(RepositoryRoot(), "data"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var broken = Path.Combine(copy, "actors", "zz-broken.yaml");
            File.WriteAllText(broken, "- id: broken-actor\n  name: Broken\n  kind: person\n  country: no-such-actor\n");
            var problems = DataCheck.Run(copy, Schema, TestContext.Current.CancellationToken);
            Assert.NotEmpty(problems);
            Assert.All(problems, p => Assert.Equal(broken, p.Location?.FilePath));
            Assert.Contains(problems, p => p.ToString().StartsWith(broken + "(4,12): error SAHEL0010: 'no-such-actor' does not match any entry in actors/.", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
