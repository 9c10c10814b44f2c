using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using SahelData.Model;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

/// <summary>The <c>sahel</c> tool packed as a .NET tool, installed from a local feed, and run.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_tool_packs_installs_and_reports_the_package_version()
    {
        var root = Directory.CreateTempSubdirectory("sahel-tool-").FullName;
        try
        {
            var feed = Path.Combine(root, "feed");
            var project = Path.Combine(RepositoryRoot(), "src", "SahelData.Cli", "SahelData.Cli.csproj");
            var (code, output) = Processes.Run("dotnet", $"pack \"{project}\" -c Release -o \"{feed}\" -p:UseSharedCompilation=false -nologo", root, TimeSpan.FromMinutes(10));
            Assert.True(code == 0, output);
            var package = Directory.GetFiles(feed, "SahelData.Tool.*.nupkg").Single();
            var version = Path.GetFileNameWithoutExtension(package)["SahelData.Tool.".Length..];
            // The tool and the library are versioned together: the package version, then the commit it was built from
            // (a working copy with uncommitted changes packs as a pre-release of the next commit; its assemblies keep
            // their commit's version).
            var informational = typeof(Actor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
            Assert.Matches($@"^({System.Text.RegularExpressions.Regex.Escape(informational.Split('+')[0])}|0\.2\.\d+-dirty-[0-9a-f]{{10}})$", version);
            using (var zip = ZipFile.OpenRead(package))
            {
                Assert.Contains(zip.Entries, e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
                using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
                Assert.Contains("<packageType name=\"DotnetTool\" />", nuspec.ReadToEnd());
            }

            File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            var tools = Path.Combine(root, "tools");
            // A NuGet cache of this run's own, so that the tool cannot come from an older copy in the machine's cache.
            var cache = new[] { ("NUGET_PACKAGES", Path.Combine(root, "packages")) };
            (code, output) = Processes.Run("dotnet", $"tool install SahelData.Tool --version {version} --tool-path \"{tools}\" --configfile \"{Path.Combine(root, "nuget.config")}\"", root, cache, TimeSpan.FromMinutes(5));
            Assert.True(code == 0, output);
            (code, output) = Processes.Run(Path.Combine(tools, "sahel"), "--version", root);
            Assert.Equal(0, code);
            Assert.Equal(informational, output.Trim());
            var commit = Processes.Run("git", "rev-parse --short=10 HEAD", RepositoryRoot()).Output.Trim();
            Assert.Contains(commit, output);
            (code, output) = Processes.Run(Path.Combine(tools, "sahel"), "stats", root);
            Assert.Equal(0, code);
            Assert.Contains($"{Events.Count,5}", output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
