using System;
using System.IO;
using System.Text.Json;

namespace SahelData.Testing;

/// <summary>
/// Reads YAML with PyYAML, a reader no one here wrote, as the reference a test compares the parser with. Debian's
/// python3-yaml is installed by build/install-pyyaml.sh where it is missing, so the tests pass on a fresh machine.
/// </summary>
internal static class PyYaml
{
    private const string Script = """
        import json, sys, yaml
        try:
            documents = list(yaml.safe_load_all(open(sys.argv[1], encoding="utf-8").read()))
            print(json.dumps({"documents": documents}, default=str))
        except yaml.YAMLError as error:
            print(json.dumps({"error": str(error)}))
        """;

    private static readonly Lazy<bool> Installed = new(Install);

    /// <summary>Installs PyYAML where it is missing, once; throws when it cannot.</summary>
    public static void EnsureInstalled()
    {
        if (!Installed.Value)
        {
            throw new InvalidOperationException("PyYAML could not be installed: run build/install-pyyaml.sh");
        }
    }

    /// <summary>
    /// The documents PyYAML reads from <paramref name="yaml"/> as JSON (a value JSON has no type for, such as a date,
    /// as its text), or null with its error when it refuses the text.
    /// </summary>
    public static (JsonElement? Documents, string? Error) Read(string yaml, string repositoryRoot)
    {
        EnsureInstalled();

        var folder = Directory.CreateTempSubdirectory("sahel-pyyaml-").FullName;
        try
        {
            var file = Path.Combine(folder, "file.yaml");
            var script = Path.Combine(folder, "read.py");
            File.WriteAllText(file, yaml, new System.Text.UTF8Encoding(false));
            File.WriteAllText(script, Script);
            var (code, output) = Processes.Run("python3", $"\"{script}\" \"{file}\"", repositoryRoot, TimeSpan.FromMinutes(1));
            if (code != 0)
            {
                throw new InvalidOperationException("python3 failed: " + output);
            }

            using var json = JsonDocument.Parse(output);
            return json.RootElement.TryGetProperty("error", out var error)
                ? (null, error.GetString())
                : (json.RootElement.GetProperty("documents").Clone(), null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Install()
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "SahelData.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        if (root is null)
        {
            return false;
        }

        var (code, _) = Processes.Run("bash", $"\"{Path.Combine(root, "build", "install-pyyaml.sh")}\"", root, TimeSpan.FromMinutes(10));
        return code == 0;
    }
}
