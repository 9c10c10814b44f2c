using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SahelData.Compiler.Parsing;

namespace SahelData.Cli.Curation;

/// <summary>
/// The limits the build of a data folder uses, read where MSBuild reads them, so that <c>sahel check</c> and
/// <c>dotnet build</c> refuse exactly the same files. The properties <c>SahelDataMaxTextLength</c> and
/// <c>SahelDataMaxFileSize</c> are looked up, for each project that compiles the data (one that imports
/// <c>SahelData.Data.props</c> or the package's props, or sets <c>SahelDataDirectory</c>), in the
/// <c>Directory.Build.props</c> files above it, then in the project itself, the last value winning as in MSBuild.
/// Where projects differ, the smallest limit is the one a build of the repository enforces. Reading the XML takes a
/// few milliseconds, where evaluating the projects with MSBuild would take seconds.
/// </summary>
internal static class BuildLimits
{
    public const string MaxTextLengthProperty = "SahelDataMaxTextLength";

    public const string MaxFileSizeProperty = "SahelDataMaxFileSize";

    /// <summary>The limits for the data folder <paramref name="dataFolder"/>, the defaults where nothing sets them.</summary>
    public static DataLimits Read(string dataFolder)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(dataFolder).TrimEnd(Path.DirectorySeparatorChar));
        if (root is null)
        {
            return DataLimits.Default;
        }

        var projects = Projects(root).ToList();
        if (projects.Count == 0)
        {
            // A data folder with no project beside it: the nearest Directory.Build.props still applies.
            projects.Add(Path.Combine(root, "none.csproj"));
        }

        var text = new List<int>();
        var file = new List<int>();
        foreach (var project in projects)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in BuildPropsAbove(Path.GetDirectoryName(project)!).Append(project).Where(File.Exists))
            {
                foreach (var (name, value) in Properties(source))
                {
                    values[name] = value;
                }
            }

            var limits = DataLimits.From(values.GetValueOrDefault(MaxTextLengthProperty), values.GetValueOrDefault(MaxFileSizeProperty));
            text.Add(limits.MaxTextLength);
            file.Add(limits.MaxFileBytes);
        }

        return new DataLimits(text.Min(), file.Min());
    }

    /// <summary>The limits read from the build, each overridden by its option when given.</summary>
    public static DataLimits Override(DataLimits limits, int? maxTextLength, int? maxFileSize) =>
        new(maxTextLength ?? limits.MaxTextLength, maxFileSize ?? limits.MaxFileBytes);

    private static IEnumerable<string> Projects(string root)
    {
        foreach (var folder in new[] { root }.Concat(SubFolders(root)).Concat(SubFolders(root).SelectMany(SubFolders)))
        {
            foreach (var project in Directory.EnumerateFiles(folder, "*.csproj"))
            {
                var xml = File.ReadAllText(project);
                if (xml.Contains("SahelData.Data.props", StringComparison.Ordinal)
                    || xml.Contains("SahelDataDirectory", StringComparison.Ordinal)
                    || xml.Contains("buildTransitive/SahelData.props", StringComparison.Ordinal))
                {
                    yield return project;
                }
            }
        }
    }

    private static IEnumerable<string> SubFolders(string folder) =>
        Directory.EnumerateDirectories(folder).Where(d => Path.GetFileName(d) is not ("bin" or "obj" or "node_modules") && !Path.GetFileName(d).StartsWith('.'));

    /// <summary>Every Directory.Build.props from the file system's root down to <paramref name="folder"/>, in MSBuild's order.</summary>
    private static IEnumerable<string> BuildPropsAbove(string folder)
    {
        var found = new List<string>();
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            found.Add(Path.Combine(directory.FullName, "Directory.Build.props"));
        }

        found.Reverse();
        return found;
    }

    /// <summary>The two properties as a file sets them, in order; values that need MSBuild to evaluate are left out.</summary>
    private static IEnumerable<(string Name, string Value)> Properties(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }

        return document.Descendants()
            .Where(e => e.Name.LocalName is MaxTextLengthProperty or MaxFileSizeProperty && e.Parent?.Name.LocalName == "PropertyGroup")
            .Where(e => !e.Value.Contains("$(", StringComparison.Ordinal))
            .Select(e => (e.Name.LocalName, e.Value.Trim()))
            .ToList();
    }
}
