using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.CompilerServices;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// Packs SahelData into a local folder feed and builds fresh consumer projects from the package alone: one that uses
/// the data, one that declares a collection of its own and gets its own tables and diagnostics.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.Feed>
{
    private readonly Feed feed;

    public PackageTests(Feed feed) => this.feed = feed;

    [Fact]
    public void The_package_carries_the_library_its_docs_the_generator_its_compiler_core_and_yamldotnet()
    {
        using var package = ZipFile.OpenRead(feed.Package);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/SahelData.dll", entries);
        Assert.Contains("lib/net10.0/SahelData.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/SahelData.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SahelData.Compiler.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("buildTransitive/SahelData.props", entries);
        Assert.Contains("PACKAGE.md", entries);
        using var nuspec = new StreamReader(package.GetEntry("SahelData.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", text);
        Assert.Contains("<readme>PACKAGE.md</readme>", text);
        Assert.DoesNotContain("YamlDotNet", text);
    }

    [Fact]
    public void A_consumer_that_only_uses_the_data_builds_and_runs()
    {
        var project = feed.Consumer("DataUser", """
            using System;
            using System.Linq;
            using SahelData.Model;

            Console.WriteLine(Actors.WagnerGroup.Name);
            Console.WriteLine(string.Join(",", Events.Involving(Actors.Niger.Id).Select(e => e.Id.Value)));
            Console.WriteLine(Actors.Find("Kiev")?.Id);
            """);
        var (code, output) = Feed.Dotnet(project, "run");
        Assert.True(code == 0, output);
        Assert.Contains("Wagner Group", output);
        Assert.Contains("aes-letter-to-security-council,niger-breaks-with-ukraine", output);
        Assert.Contains("ukraine", output);
    }

    [Fact]
    public void A_consumer_with_its_own_collection_gets_its_own_tables_and_diagnostics()
    {
        var project = feed.Consumer("OwnData", """
            using System;
            using System.Collections.Immutable;
            using Museum;

            Console.WriteLine(Artworks.Count);
            Console.WriteLine(Artworks.Get(new ArtworkId("bogolan-cloth")).Title);
            Console.WriteLine(Artworks.Find("mud cloth")?.Id);
            Console.WriteLine(Artworks.Tinariwen.Created);

            namespace Museum
            {
                [SahelData.Collection("artworks")]
                public sealed partial record Artwork
                {
                    public required ArtworkId Id { get; init; }
                    public required string Title { get; init; }
                    public string? Name { get; init; }
                    public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;
                    public SahelData.PartialDate? Created { get; init; }
                }
            }
            """);
        Directory.CreateDirectory(Path.Combine(project, "data", "artworks"));
        var data = Path.Combine(project, "data", "artworks", "textiles.yaml");
        File.WriteAllText(data, "- id: bogolan-cloth\n  title: Bogolanfini\n  name: Bogolan\n  aliases: [Mud cloth]\n- id: tinariwen\n  title: Poster\n  created: 2001-05\n");
        var (code, output) = Feed.Dotnet(project, "run");
        Assert.True(code == 0, output);
        Assert.Contains("2\n", output.Replace("\r", string.Empty));
        Assert.Contains("Bogolanfini", output);
        Assert.Contains("bogolan-cloth", output);
        Assert.Contains("2001-05", output);

        File.WriteAllText(data, "- id: bogolan-cloth\n  title: Bogolanfini\n  created: 2001-13\n");
        (code, output) = Feed.Dotnet(project, "build");
        Assert.NotEqual(0, code);
        Assert.Contains(Path.Combine("data", "artworks", "textiles.yaml") + "(3,12): error SAHEL0007", output);
    }

    /// <summary>The package, packed once for all the tests, and a folder of fresh consumer projects.</summary>
    public sealed class Feed : IDisposable
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "sahel-package-" + Guid.NewGuid().ToString("N"));

        public Feed()
        {
            var source = Path.Combine(RepositoryRoot(), "src", "SahelData", "SahelData.csproj");
            var (code, output) = Dotnet(RepositoryRoot(), $"pack \"{source}\" -c Release -o \"{Path.Combine(root, "feed")}\" -p:UseSharedCompilation=false");
            Assert.True(code == 0, output);
            Package = Directory.GetFiles(Path.Combine(root, "feed"), "SahelData.*.nupkg").Single();
            Version = Path.GetFileNameWithoutExtension(Package)["SahelData.".Length..];
        }

        public string Package { get; }

        public string Version { get; }

        /// <summary>A console project that references only the package, restored from the local feed alone.</summary>
        public string Consumer(string name, string program)
        {
            var project = Path.Combine(root, name);
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <RestorePackagesPath>{Path.Combine(root, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SahelData" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Path.Combine(root, "feed")}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(project, "Program.cs"), program);
            return project;
        }

        public void Dispose() => Directory.Delete(root, recursive: true);

        public static (int Code, string Output) Dotnet(string directory, string arguments) =>
            Processes.Run("dotnet", arguments + " -nologo", directory, TimeSpan.FromMinutes(5));

        private static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
    }
}
