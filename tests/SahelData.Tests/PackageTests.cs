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

    /// <summary>
    /// The generated integrity tests compile and run under both major versions of xunit that consumers use: a test
    /// project with a collection of its own and the integrity tests on, built once against each.
    /// </summary>
    [Theory]
    [InlineData("XunitV2", "xunit", "2.9.3")]
    [InlineData("XunitV3", "xunit.v3.mtp-off", "4.0.2")]
    public void Generated_integrity_tests_run_under_xunit(string name, string xunitPackage, string xunitVersion)
    {
        var project = feed.TestConsumer(name, xunitPackage, xunitVersion, """
            namespace Museum;

            [SahelData.Collection("artworks")]
            public sealed partial record Artwork
            {
                public required ArtworkId Id { get; init; }
                public required string Title { get; init; }
                public ArtworkId? InspiredBy { get; init; }
            }
            """);
        Directory.CreateDirectory(Path.Combine(project, "data", "artworks"));
        File.WriteAllText(
            Path.Combine(project, "data", "artworks", "textiles.yaml"),
            "- id: bogolan-cloth\n  title: Bogolanfini\n- id: kente-cloth\n  title: Kente\n  inspired_by: bogolan-cloth\n");

        var (code, output) = Feed.Dotnet(project, "test");

        Assert.True(code == 0, output);
        var summary = System.Text.RegularExpressions.Regex.Match(output, @"Failed: +(\d+), +Passed: +(\d+)");
        Assert.True(summary.Success, output);
        Assert.Equal("0", summary.Groups[1].Value);
        Assert.True(int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 4, output);
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

        /// <summary>
        /// A test project that references the package and one version of xunit, with the generated integrity tests on;
        /// restored from the local feed and, for xunit, from the usual package source.
        /// </summary>
        public string TestConsumer(string name, string xunitPackage, string xunitVersion, string model)
        {
            var project = Path.Combine(root, name);
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                    <IsTestProject>true</IsTestProject>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <SahelDataIntegrityTests>true</SahelDataIntegrityTests>
                    <RestorePackagesPath>{Path.Combine(root, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SahelData" Version="{Version}" />
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                    <PackageReference Include="{xunitPackage}" Version="{xunitVersion}" />
                    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Path.Combine(root, "feed")}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="local"><package pattern="SahelData" /></packageSource>
                    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(project, "Model.cs"), model);
            return project;
        }

        public void Dispose() => Directory.Delete(root, recursive: true);

        public static (int Code, string Output) Dotnet(string directory, string arguments) =>
            Processes.Run("dotnet", arguments + " -nologo", directory, TimeSpan.FromMinutes(5));

        private static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
    }
}
