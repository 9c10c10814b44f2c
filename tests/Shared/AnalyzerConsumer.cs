using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace SahelData.Testing;

/// <summary>
/// A project file that uses the generator the way the SahelData.Generator package delivers it: the run-time library
/// (SahelData.Runtime.dll) as a reference, the generator, the compiler core and YamlDotNet as analyzer dlls, all taken
/// from the running test's own output folder, and the package's own MSBuild contract.
/// </summary>
internal static class AnalyzerConsumer
{
    public static string Project(string dataDirectory, params (string Name, string Value)[] properties)
    {
        var contract = ContractProps();
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
              <Import Project="{contract}" />
              <ItemGroup>
                <Reference Include="{Path.Combine(bin, "SahelData.Runtime.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "SahelData.Generators.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "SahelData.Compiler.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "YamlDotNet.dll")}" />
              </ItemGroup>
            </Project>
            """;
    }

    private static string ContractProps([CallerFilePath] string file = "") => Path.GetFullPath(
        Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "src", "SahelData.Runtime", "buildTransitive", "SahelData.Generator.props"));
}
