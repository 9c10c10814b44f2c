using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SahelData.Testing;

/// <summary>
/// Reads data files with YamlDotNet, independently of the generator, and compares every key and value with the
/// compiled records through reflection: everything in the YAML must be in the compiled data, and nothing else.
/// </summary>
internal static class YamlRoundTrip
{
    /// <summary>Every difference between the YAML files under <paramref name="dataRoot"/> and the collections compiled into <paramref name="assembly"/>.</summary>
    public static List<string> Differences(string dataRoot, Assembly assembly, string @namespace)
    {
        var collections = new List<(string Folder, YamlSequenceNode Entries)>();
        foreach (var file in Directory.EnumerateFiles(dataRoot, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlSequenceNode entries)
            {
                collections.Add((Path.GetRelativePath(dataRoot, file).Split(Path.DirectorySeparatorChar)[0], entries));
            }
        }

        return Differences(collections, assembly, @namespace);
    }

    /// <summary>Every difference between lists of entries, by collection folder, and the collections compiled into <paramref name="assembly"/>.</summary>
    public static List<string> Differences(IEnumerable<(string Folder, YamlSequenceNode Entries)> collections, Assembly assembly, string @namespace)
    {
        var differences = new List<string>();
        var compared = 0;
        foreach (var (folder, entries) in collections)
        {
            var collection = assembly.GetType($"{@namespace}.{OracleNames.ClassOf(folder)}");
            if (collection is null)
            {
                differences.Add($"{folder}/: no compiled collection");
                continue;
            }

            var byId = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var entry in (IEnumerable)collection.GetProperty("All")!.GetValue(null)!)
            {
                byId.TryAdd(IdOf(entry), entry);
            }

            foreach (var entry in entries.Children.Cast<YamlMappingNode>())
            {
                var id = ((YamlScalarNode)entry.Children[new YamlScalarNode("id")]).Value!;
                if (!byId.TryGetValue(id, out var record))
                {
                    differences.Add($"{folder}/{id}: in the YAML but not compiled");
                    continue;
                }

                compared++;
                CompareRecord($"{folder}/{id}", entry, record, differences);
            }
        }

        if (compared == 0)
        {
            differences.Add("no entry was compared");
        }

        return differences;
    }

    private static void CompareRecord(string path, YamlMappingNode yaml, object record, List<string> differences)
    {
        var keys = yaml.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).ToHashSet(StringComparer.Ordinal);
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = OracleNames.KeyOf(property.Name);
            var value = property.GetValue(record);
            if (keys.Remove(key))
            {
                CompareValue($"{path}.{key}", yaml.Children[new YamlScalarNode(key)], value, differences);
            }
            else if (!IsEmpty(value))
            {
                differences.Add($"{path}.{key}: compiled as '{Canonical(value)}' but absent from the YAML");
            }
        }

        differences.AddRange(keys.Select(k => $"{path}.{k}: in the YAML but not in the compiled record"));
    }

    private static void CompareValue(string path, YamlNode yaml, object? value, List<string> differences)
    {
        switch (yaml)
        {
            case YamlMappingNode mapping when value is not null:
                CompareRecord(path, mapping, value, differences);
                return;
            case YamlSequenceNode sequence when value is IEnumerable items and not string:
                var list = items.Cast<object?>().ToList();
                if (list.Count != sequence.Children.Count)
                {
                    differences.Add($"{path}: {sequence.Children.Count} items in the YAML, {list.Count} compiled");
                    return;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    CompareValue($"{path}[{i}]", sequence.Children[i], list[i], differences);
                }

                return;
            case YamlScalarNode scalar when value is not null && SameScalar(scalar.Value ?? string.Empty, value):
                return;
            default:
                differences.Add($"{path}: '{(yaml as YamlScalarNode)?.Value ?? yaml.NodeType.ToString()}' in the YAML, '{Canonical(value)}' compiled");
                return;
        }
    }

    private static bool SameScalar(string text, object value) => value switch
    {
        double real => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed.Equals(real),
        decimal number => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed == number,
        _ => Canonical(value) == text,
    };

    private static string Canonical(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        Enum member => OracleNames.EnumValueOf(member.ToString()),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>().Select(Canonical)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        IEnumerable items => !items.Cast<object?>().Any(),
        _ => value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())),
    };

    private static string IdOf(object entry) => entry.GetType().GetProperty("Id")!.GetValue(entry)!.ToString()!;
}

/// <summary>
/// The naming rules of the data format, written down again here rather than taken from the
/// generator, so that a naming bug there shows up as a difference here: <c>PartOf</c> ↔ <c>part_of</c>,
/// <c>PrivateMilitaryCompany</c> ↔ <c>private-military-company</c>, folder <c>actors</c> ↔ class <c>Actors</c>.
/// </summary>
internal static class OracleNames
{
    private static readonly Regex WordStart = new("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", RegexOptions.CultureInvariant);

    public static string KeyOf(string propertyName) => WordStart.Replace(propertyName, "_").ToLowerInvariant();

    public static string EnumValueOf(string memberName) => WordStart.Replace(memberName, "-").ToLowerInvariant();

    public static string ClassOf(string folder) =>
        string.Concat(folder.Split('-', '_').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
}
