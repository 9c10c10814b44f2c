namespace SahelData.Compiler.Binding;

/// <summary>Which collection folder a data file belongs to: the first folder below the data root.</summary>
internal static class DataFolders
{
    public static bool IsDataFile(string path, string? dataRoot)
    {
        var normalized = Normalize(path);
        if (!normalized.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase) && !normalized.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.IsNullOrEmpty(dataRoot) || normalized.StartsWith(RootPrefix(dataRoot!), System.StringComparison.Ordinal);
    }

    /// <summary>The collection folder of <paramref name="path"/>, or null for a file that lies directly in the data root.</summary>
    public static string? FolderOf(string path, string? dataRoot)
    {
        var normalized = Normalize(path);
        if (!string.IsNullOrEmpty(dataRoot))
        {
            var prefix = RootPrefix(dataRoot!);
            if (normalized.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                var relative = normalized.Substring(prefix.Length);
                var slash = relative.IndexOf('/');
                return slash < 0 ? null : relative.Substring(0, slash);
            }
        }

        var end = normalized.LastIndexOf('/');
        if (end <= 0)
        {
            return null;
        }

        var start = normalized.LastIndexOf('/', end - 1);
        return normalized.Substring(start + 1, end - start - 1);
    }

    /// <summary>The name of the data folder itself (<c>data</c> for <c>/repo/data</c>), or null when none is set.</summary>
    public static string? NameOf(string? dataRoot)
    {
        if (string.IsNullOrEmpty(dataRoot))
        {
            return null;
        }

        var root = Normalize(dataRoot!).TrimEnd('/');
        var name = root.Substring(root.LastIndexOf('/') + 1);
        return name.Length == 0 ? null : name;
    }

    private static string RootPrefix(string dataRoot)
    {
        var root = Normalize(dataRoot);
        return root.EndsWith("/", System.StringComparison.Ordinal) ? root : root + "/";
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.Contains("/./"))
        {
            normalized = normalized.Replace("/./", "/");
        }

        return normalized;
    }
}
