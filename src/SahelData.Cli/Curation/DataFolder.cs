using System.Collections.Generic;
using System.IO;
using System.Linq;
using SahelData.Compiler.Checking;

namespace SahelData.Cli.Curation;

/// <summary>Where the curated YAML lives, and the schema the tool checks it against.</summary>
internal static class DataFolder
{
    /// <summary>The schema compiled into the library this tool ships with: the build's own rules.</summary>
    public static DatasetSchema Schema { get; } = DatasetSchema.Of(typeof(SahelData.Model.Actors).Assembly);

    /// <summary>
    /// The repository's data folder found from <paramref name="start"/> or one of its parents: a <c>data</c> folder
    /// that holds at least one collection folder; null when there is none.
    /// </summary>
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (IsDataFolder(directory.FullName) && Path.GetFileName(directory.FullName) == "data")
            {
                return directory.FullName;
            }

            var data = Path.Combine(directory.FullName, "data");
            if (IsDataFolder(data))
            {
                return data;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="path"/> is a folder holding at least one of the schema's collection folders.</summary>
    public static bool IsDataFolder(string path) =>
        Directory.Exists(path) && Schema.Folders.Any(f => Directory.Exists(Path.Combine(path, f)));

    /// <summary>The YAML files the build reads under <paramref name="root"/>: names ending in <c>.yaml</c> or <c>.yml</c>, in lower case.</summary>
    public static IReadOnlyList<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", System.StringComparison.Ordinal) || p.EndsWith(".yml", System.StringComparison.Ordinal))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .ToList();

    public const string NotFound =
        "no data folder found here or in a parent folder; pass it: sahel check path/to/data";
}
