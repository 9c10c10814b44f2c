using System.IO;
using System.Runtime.CompilerServices;

namespace SahelData.Generators.Tests.Infrastructure;

internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The folder of the test's own source file, where snapshots are kept beside it.</summary>
    public static string SourceDirectory([CallerFilePath] string file = "") => System.IO.Path.GetDirectoryName(file)!;

    private static string Find([CallerFilePath] string file = "")
    {
        var directory = new DirectoryInfo(System.IO.Path.GetDirectoryName(file)!);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "SahelData.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("SahelData.sln not found above " + file);
    }
}
