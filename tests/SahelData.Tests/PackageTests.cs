using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// Packs the two library packages, SahelData.Generator and SahelData, into a local folder feed and builds fresh
/// projects from the packages alone, restored into a NuGet cache of their own: one that reads the dataset, one that
/// compiles its own data with the generator, the README's snippets, and the generated integrity tests under xunit.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.Feed>
{
    private readonly Feed feed;

    public PackageTests(Feed feed) => this.feed = feed;

    [Fact]
    public void The_generator_package_carries_the_runtime_the_generator_and_the_contract_and_no_type_of_the_dataset()
    {
        using var package = ZipFile.OpenRead(feed.Generator);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/SahelData.Runtime.dll", entries);
        Assert.Contains("lib/net10.0/SahelData.Runtime.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/SahelData.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SahelData.Compiler.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("buildTransitive/SahelData.Generator.props", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("SahelData.dll", StringComparison.Ordinal));

        var nuspec = Nuspec(package);
        Assert.Equal("MIT", nuspec.Descendants().Single(e => e.Name.LocalName == "license").Value);
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");

        // The dataset's own assembly names every type of the domain (records, ids, collections, enums); none of those
        // names, and nothing of its namespace, may be in the generator's run-time library.
        var runtimeTypes = PublicTypes(package.GetEntry("lib/net10.0/SahelData.Runtime.dll")!);
        Assert.Contains("SahelData.CollectionAttribute", runtimeTypes);
        Assert.Contains("SahelData.ValueRangeAttribute", runtimeTypes);
        Assert.Contains("SahelData.PartialDate", runtimeTypes);
        var datasetTypes = typeof(Model.Actor).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Model.Actor).Namespace)
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(datasetTypes);
        Assert.All(runtimeTypes, type =>
        {
            Assert.False(type.StartsWith(typeof(Model.Actor).Namespace + ".", StringComparison.Ordinal), type);
            Assert.DoesNotContain(type[(type.LastIndexOf('.') + 1)..], datasetTypes);
        });
    }

    [Fact]
    public void The_dataset_package_carries_the_compiled_data_and_takes_the_generator_package_without_its_analyzers_or_build_files()
    {
        using var package = ZipFile.OpenRead(feed.Dataset);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/SahelData.dll", entries);
        Assert.Contains("lib/net10.0/SahelData.xml", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("build", StringComparison.Ordinal));

        var nuspec = Nuspec(package);
        Assert.Equal("MIT AND CC-BY-4.0", nuspec.Descendants().Single(e => e.Name.LocalName == "license").Value);
        var dependency = Assert.Single(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("SahelData.Generator", dependency.Attribute("id")?.Value);
        Assert.Equal(feed.Version, dependency.Attribute("version")?.Value);
        var included = (dependency.Attribute("include")?.Value ?? "All").Split(',', StringSplitOptions.TrimEntries);
        var excluded = (dependency.Attribute("exclude")?.Value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("Compile", included);
        Assert.Contains("Runtime", included);
        Assert.All(new[] { "Analyzers", "Build", "BuildTransitive", "All" }, asset => Assert.True(!included.Contains(asset) || excluded.Contains(asset), $"{asset} flows to consumers: {dependency}"));
    }

    /// <summary>An application that reads the dataset and keeps YAML of its own under data/ (settings, fixtures).</summary>
    [Fact]
    public void A_consumer_of_the_dataset_with_an_unrelated_data_folder_builds_and_prints_the_data()
    {
        var project = feed.Consumer("DataUser", "SahelData", """
            using System;
            using System.Linq;
            using SahelData.Model;

            Console.WriteLine(Actors.WagnerGroup.Name);
            Console.WriteLine(string.Join(",", Events.Involving(Actors.Niger.Id).Select(e => e.Id.Value)));
            Console.WriteLine(Actors.Find("Kiev")?.Id);
            """);
        Directory.CreateDirectory(Path.Combine(project, "data", "config"));
        File.WriteAllText(Path.Combine(project, "data", "config.yaml"), "log_level: debug\nretries: 3\n");
        File.WriteAllText(Path.Combine(project, "data", "config", "settings.yaml"), "- id: x\n  colour: blue\n");

        var (code, output) = Feed.Dotnet(project, "run");

        Assert.True(code == 0, output);
        Assert.DoesNotContain("SAHEL", output);
        Assert.Contains("Wagner Group", output);
        Assert.Contains("aes-letter-to-security-council,niger-breaks-with-ukraine", output);
        Assert.Contains("ukraine", output);
    }

    [Fact]
    public void A_consumer_of_the_generator_package_alone_compiles_its_own_collection_and_its_diagnostics()
    {
        var project = feed.Consumer("OwnData", "SahelData.Generator", """
            using System;
            using System.Collections.Immutable;
            using System.ComponentModel.DataAnnotations;
            using Library;
            using SahelData;

            Console.WriteLine(Books.Count);
            Console.WriteLine(Books.Get(new BookId("things-fall-apart")).Title);
            Console.WriteLine(Books.Find("no longer at ease")?.Id);
            Console.WriteLine(Books.ArrowOfGod.Published);

            namespace Library
            {
                [Collection("books")]
                public sealed partial record Book
                {
                    public required BookId Id { get; init; }
                    public required string Title { get; init; }
                    public string? Name { get; init; }
                    public ImmutableArray<string> Aliases { get; init; } = ImmutableArray<string>.Empty;
                    [ValueRange(1450, 2100)]
                    public PartialDate? Published { get; init; }
                    [Range(1, 5)]
                    public int Stars { get; init; }
                }
            }
            """);
        Directory.CreateDirectory(Path.Combine(project, "data", "books"));
        var data = Path.Combine(project, "data", "books", "novels.yaml");
        File.WriteAllText(data, "- id: things-fall-apart\n  title: Things Fall Apart\n  name: Things Fall Apart\n- id: no-longer-at-ease\n  title: No Longer at Ease\n  name: No Longer at Ease\n- id: arrow-of-god\n  title: Arrow of God\n  published: 1964-05\n");

        var (code, output) = Feed.Dotnet(project, "run");

        Assert.True(code == 0, output);
        Assert.Equal("3\nThings Fall Apart\nno-longer-at-ease\n1964-05", output.Replace("\r", string.Empty, StringComparison.Ordinal).Trim());
        var assets = File.ReadAllText(Path.Combine(project, "obj", "project.assets.json"));
        Assert.Contains("\"SahelData.Generator/", assets);
        Assert.DoesNotContain("\"SahelData/", assets);

        File.WriteAllText(data, "- id: things-fall-apart\n  title: Things Fall Apart\n  published: 1958-13\n");
        (code, output) = Feed.Dotnet(project, "build");
        Assert.NotEqual(0, code);
        Assert.Contains(Path.Combine("data", "books", "novels.yaml") + "(3,14): error SAHEL0007", output);
    }

    /// <summary>The README's "For developers" block, as a new console project would hold it.</summary>
    [Fact]
    public void The_readme_snippet_for_developers_builds_and_runs_against_the_dataset_package()
    {
        var snippet = Readme.Blocks("## For developers").First(b => b.Language == "csharp").Code;
        var project = feed.Consumer("ReadmeDeveloper", "SahelData", snippet, implicitUsings: true);

        var (exit, output) = Feed.Dotnet(project, "run");

        Assert.True(exit == 0, output);
    }

    /// <summary>The README's "generator in your own project" blocks: the C# and the YAML files it names.</summary>
    [Fact]
    public void The_readme_snippet_for_the_generator_builds_and_runs_against_the_generator_package()
    {
        var blocks = Readme.Blocks("## The generator in your own project").ToList();
        var project = feed.Consumer("ReadmeGenerator", "SahelData.Generator", Assert.Single(blocks, b => b.Language == "csharp").Code, implicitUsings: true);
        var yaml = blocks.Where(b => b.Language == "yaml").ToList();
        Assert.NotEmpty(yaml);
        foreach (var (text, _) in yaml)
        {
            var path = Regex.Match(text, @"^# (data/\S+\.ya?ml)\n").Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(path), "a YAML block of the README names its file on its first line: " + text);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, path))!);
            File.WriteAllText(Path.Combine(project, path), text);
        }

        var (exit, output) = Feed.Dotnet(project, "run");

        Assert.True(exit == 0, output);
        Assert.Contains("Things Fall Apart (1958)", output);
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
        var summary = Regex.Match(output, @"Failed: +(\d+), +Passed: +(\d+)");
        Assert.True(summary.Success, output);
        Assert.Equal("0", summary.Groups[1].Value);
        Assert.True(int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 4, output);
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    /// <summary>The full names of the public types of an assembly, read from its metadata without loading it.</summary>
    private static string[] PublicTypes(ZipArchiveEntry assembly)
    {
        using var image = new MemoryStream();
        using (var stream = assembly.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(t => (t.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public)
            .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name))
            .ToArray();
    }

    /// <summary>The two library packages, packed once for all the tests, and a folder of fresh consumer projects.</summary>
    public sealed class Feed : IDisposable
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "sahel-package-" + Guid.NewGuid().ToString("N"));

        public Feed()
        {
            foreach (var project in new[] { "SahelData.Runtime", "SahelData" })
            {
                var path = Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");
                var (code, output) = Dotnet(RepositoryRoot(), $"pack \"{path}\" -c Release -o \"{FeedFolder}\" -p:UseSharedCompilation=false");
                Assert.True(code == 0, output);
            }

            Generator = Directory.GetFiles(FeedFolder, "SahelData.Generator.*.nupkg").Single();
            Dataset = Directory.GetFiles(FeedFolder, "SahelData.*.nupkg").Single(p => p != Generator);
            Version = Path.GetFileNameWithoutExtension(Dataset)["SahelData.".Length..];
            Assert.Equal(Version, Path.GetFileNameWithoutExtension(Generator)["SahelData.Generator.".Length..]);
        }

        /// <summary>SahelData.Generator: the generator, its run-time library and its MSBuild contract.</summary>
        public string Generator { get; }

        /// <summary>SahelData: the compiled dataset.</summary>
        public string Dataset { get; }

        public string Version { get; }

        /// <summary>The NuGet cache of every consumer here, so that no package comes from the machine's own cache.</summary>
        public string Packages => Path.Combine(root, "packages");

        private string FeedFolder => Path.Combine(root, "feed");

        /// <summary>A console project that references one package only, restored from the local feed alone.</summary>
        public string Consumer(string name, string package, string program, bool implicitUsings = false)
        {
            var project = Path.Combine(root, name);
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>{(implicitUsings ? "enable" : "disable")}</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <RestorePackagesPath>{Packages}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="{package}" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{FeedFolder}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(project, "Program.cs"), program);
            return project;
        }

        /// <summary>
        /// A test project that references the generator package and one version of xunit, with the generated integrity
        /// tests on; restored from the local feed and, for xunit, from the usual package source.
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
                    <RestorePackagesPath>{Packages}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SahelData.Generator" Version="{Version}" />
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
                    <add key="local" value="{FeedFolder}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="local"><package pattern="SahelData.Generator" /></packageSource>
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

        internal static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
    }

    /// <summary>The fenced code blocks of the README, read from the file itself.</summary>
    private static class Readme
    {
        /// <summary>The C# and YAML blocks of the section that starts with <paramref name="heading"/>, in order.</summary>
        public static System.Collections.Generic.IEnumerable<(string Code, string Language)> Blocks(string heading)
        {
            var text = File.ReadAllText(Path.Combine(Feed.RepositoryRoot(), "README.md")).Replace("\r", string.Empty, StringComparison.Ordinal);
            var start = text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"README.md has no section '{heading}'");
            var end = text.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
            var section = end < 0 ? text[start..] : text[start..end];
            return Regex.Matches(section, @"\n```(csharp|yaml)\n(.*?)\n```\n", RegexOptions.Singleline)
                .Select(m => (m.Groups[2].Value + "\n", m.Groups[1].Value))
                .ToList();
        }
    }
}
