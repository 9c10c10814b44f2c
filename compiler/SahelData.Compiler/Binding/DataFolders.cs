namespace SahelData.Compiler.Binding;

/// <summary>Which collection folder a data file belongs to: the first folder below the data root.</summary>
internal static class DataFolders
{
    private static readonly System.Text.RegularExpressions.Regex NearMissName = new(
        @"^(?<stem>.+)\.(?<extension>ya?ml)(?<after>[^/]*)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// Whether the build reads <paramref name="path"/> as data: a file under the data root whose name ends in
    /// <c>.yaml</c> or <c>.yml</c>, in lower case on every system (MSBuild's globs match case on Linux only).
    /// </summary>
    public static bool IsDataFile(string path, string? dataRoot)
    {
        var normalized = Normalize(path);
        if (!normalized.EndsWith(".yaml", System.StringComparison.Ordinal) && !normalized.EndsWith(".yml", System.StringComparison.Ordinal))
        {
            return false;
        }

        return string.IsNullOrEmpty(dataRoot) || normalized.StartsWith(RootPrefix(dataRoot!), System.StringComparison.Ordinal);
    }

    /// <summary>
    /// The name <paramref name="path"/> was probably meant to have, when it lies under the data root and looks like a
    /// data file without being one (<c>notes.yaml.txt</c>, <c>Notes.YAML</c>, <c>notes.yaml~</c>, <c>notes.yml.bak</c>);
    /// null otherwise.
    /// </summary>
    public static string? NearMiss(string path, string? dataRoot)
    {
        var normalized = Normalize(path);
        if (string.IsNullOrEmpty(dataRoot) || !normalized.StartsWith(RootPrefix(dataRoot!), System.StringComparison.Ordinal) || IsDataFile(path, dataRoot))
        {
            return null;
        }

        var name = normalized.Substring(normalized.LastIndexOf('/') + 1);
        var match = NearMissName.Match(name);
        return match.Success ? match.Groups["stem"].Value + "." + match.Groups["extension"].Value.ToLowerInvariant() : null;
    }

    /// <summary>The warning for a file the build does not read although its name says it is data.</summary>
    public static Diagnostics.DiagnosticInfo? NearMissWarning(string path, string? dataRoot) =>
        NearMiss(path, dataRoot) is { } meant
            ? Diagnostics.DiagnosticInfo.Create(
                Diagnostics.DiagnosticCatalog.NotDataFileName,
                new Model.LocationInfo(path, 0, 0, 0, 0, 0, 0),
                Normalize(path).Substring(Normalize(path).LastIndexOf('/') + 1),
                meant)
            : null;

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
