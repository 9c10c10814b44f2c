using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// The packages' version, computed from the git history by build/Version.targets, in copies of this repository's
/// files made into git repositories of their own: every commit packs under a version of its own, so a repacked package
/// is never shadowed by an older copy in the NuGet cache.
/// </summary>
public sealed class PackageVersionTests : IDisposable
{
    private const string RuntimeProject = "src/SahelData.Runtime/SahelData.Runtime.csproj";

    private readonly string root = Directory.CreateTempSubdirectory("sahel-version-").FullName;

    [Fact]
    public void Two_commits_pack_under_two_versions()
    {
        var repository = Repository("repository", commits: 1);
        var first = Pack(repository, "feed1");

        File.AppendAllText(Directory.GetFiles(Path.Combine(repository, "data", "actors"), "*.yaml").Order(StringComparer.Ordinal).First(), "\n# one more line of data\n");
        Git(repository, "-c user.name=t -c user.email=t@t commit -q -a -m data");
        var second = Pack(repository, "feed2");

        Assert.Equal("0.2.1", first);
        Assert.Equal("0.2.2", second);
    }

    [Fact]
    public void A_worktree_counts_like_its_repository_and_a_shallow_clone_or_a_copy_without_git_is_never_taken_for_a_release()
    {
        var repository = Repository("repository", commits: 3);
        var commit = Git(repository, "rev-parse --short=10 HEAD").Trim();
        Assert.Equal(("0.2.3", "0.2.3+" + commit), Version(repository));

        Git(repository, $"worktree add -q \"{Path.Combine(root, "worktree")}\"");
        Assert.Equal(("0.2.3", "0.2.3+" + commit), Version(Path.Combine(root, "worktree")));

        Git(root, $"clone -q --depth 1 \"file://{repository}\" shallow");
        Assert.Equal("true", Git(Path.Combine(root, "shallow"), "rev-parse --is-shallow-repository").Trim());
        Assert.Equal(("0.2.0-shallow-" + commit, "0.2.0-shallow-" + commit), Version(Path.Combine(root, "shallow")));

        Assert.Equal(("0.2.0-local", "0.2.0-local"), Version(Copy("archive")));
    }

    [Fact]
    public void Uncommitted_changes_pack_under_a_pre_release_of_the_next_commit_named_after_the_content()
    {
        var repository = Repository("repository", commits: 2);
        var commit = Git(repository, "rev-parse --short=10 HEAD").Trim();
        var data = Directory.GetFiles(Path.Combine(repository, "data", "actors"), "*.yaml").Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(data);

        File.WriteAllText(data, original + "\n# an edit\n");
        var edited = Version(repository);
        File.WriteAllText(data, original + "\n# another edit\n");
        var other = Version(repository);
        File.WriteAllText(data, original + "\n# an edit\n");
        var again = Version(repository);
        File.WriteAllText(data, original);
        File.WriteAllText(Path.Combine(repository, "data", "actors", "new.yaml"), "- id: new\n  name: New\n");
        var added = Version(repository);
        File.Delete(Path.Combine(repository, "data", "actors", "new.yaml"));

        Assert.Matches(@"^0\.2\.3-dirty-[0-9a-f]{10}$", edited.Package);
        Assert.Equal("0.2.2+" + commit, edited.Informational);
        Assert.NotEqual(edited.Package, other.Package);
        Assert.Equal(edited, again);
        Assert.Matches(@"^0\.2\.3-dirty-[0-9a-f]{10}$", added.Package);
        Assert.NotEqual(edited.Package, added.Package);
        Assert.Equal(("0.2.2", "0.2.2+" + commit), Version(repository));
        Assert.Equal(string.Empty, Git(repository, "diff --cached --name-only").Trim());
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>A copy of the repository's files (as they are in the working copy) with a history of its own.</summary>
    private string Repository(string name, int commits)
    {
        var repository = Copy(name);
        Git(repository, "init -q");
        Git(repository, "add -A");
        for (var i = 0; i < commits; i++)
        {
            Git(repository, $"-c user.name=t -c user.email=t@t commit -q --allow-empty -m commit{i}");
        }

        return repository;
    }

    /// <summary>The files git would commit in this repository (tracked and new, not ignored), outside any repository.</summary>
    private string Copy(string name)
    {
        var source = PackageTests.Feed.RepositoryRoot();
        var copy = Path.Combine(root, name);
        foreach (var file in Git(source, "ls-files -z --cached --others --exclude-standard").Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(source, file)))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, file))!);
                File.Copy(Path.Combine(source, file), Path.Combine(copy, file));
            }
        }

        return copy;
    }

    /// <summary>Packs the generator package and returns the version its nuspec and its file name carry.</summary>
    private string Pack(string repository, string feed)
    {
        var (code, output) = Processes.Run("dotnet", $"pack {RuntimeProject} -c Release -o \"{Path.Combine(root, feed)}\" -p:UseSharedCompilation=false -nologo", repository, TimeSpan.FromMinutes(5));
        Assert.True(code == 0, output);
        var package = Directory.GetFiles(Path.Combine(root, feed), "*.nupkg").Single();
        using var zip = ZipFile.OpenRead(package);
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var version = XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "version").Value;
        Assert.Equal("SahelData.Generator." + version + ".nupkg", Path.GetFileName(package));
        return version;
    }

    /// <summary>The package version and the informational version (what <c>sahel --version</c> prints) of a checkout, as a pack computes them.</summary>
    private static (string Package, string Informational) Version(string checkout)
    {
        var (code, output) = Processes.Run("dotnet", $"msbuild {RuntimeProject} -t:ComputeSahelPackageVersion -getProperty:PackageVersion -getProperty:InformationalVersion -nologo", checkout, TimeSpan.FromMinutes(2));
        Assert.True(code == 0, output);
        var properties = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]).RootElement.GetProperty("Properties");
        return (properties.GetProperty("PackageVersion").GetString()!, properties.GetProperty("InformationalVersion").GetString()!);
    }

    private static string Git(string directory, string arguments)
    {
        var (code, output) = Processes.Run("git", arguments, directory);
        Assert.True(code == 0, $"git {arguments}: {output}");
        return output;
    }
}
