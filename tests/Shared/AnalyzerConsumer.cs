using System;
using System.IO;
using System.Linq;

namespace SahelData.Testing;

/// <summary>
/// A project file that uses the generator the way the package delivers it: SahelData.dll as a reference, the generator,
/// the compiler core and YamlDotNet as analyzer dlls, all taken from the running test's own output folder, and the
/// package's own props (which data files the build reads, which properties the generator sees).
/// </summary>
internal static class AnalyzerConsumer
{
    public static string Project(string dataDirectory, params (string Name, string Value)[] properties)
    {
        var bin = AppContext.BaseDirectory;
        var extra = string.Concat(properties.Select(p => $"\n    <{p.Name}>{p.Value}</{p.Name}>"));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <UseSharedCompilation>false</UseSharedCompilation>
                <SahelDataDirectory>{dataDirectory}</SahelDataDirectory>{extra}
              </PropertyGroup>
              <Import Project="{Path.Combine(RepositoryRoot(), "src", "SahelData", "buildTransitive", "SahelData.props")}" />
              <ItemGroup>
                <Reference Include="{Path.Combine(bin, "SahelData.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "SahelData.Generators.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "SahelData.Compiler.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "YamlDotNet.dll")}" />
              </ItemGroup>
            </Project>
            """;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SahelData.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("SahelData.sln not found above " + AppContext.BaseDirectory);
    }
}
