using System.IO;
using SahelData.Testing;
using Xunit;

namespace SahelData.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void Every_key_and_value_of_data_is_in_the_compiled_dataset_and_nothing_else()
    {
        var dataRoot = Path.Combine(RepositoryRoot(), "data");
        Assert.Empty(YamlRoundTrip.Differences(dataRoot, typeof(SahelData.Model.Actor).Assembly, "SahelData.Model"));
    }

    [Fact]
    public void The_comparison_catches_a_changed_value_an_unknown_key_and_a_missing_entry()
    {
        var copy = Path.Combine(Path.GetTempPath(), "sahel-data-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "data"), "*.yaml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Path.Combine(RepositoryRoot(), "data"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var people = Path.Combine(copy, "actors", "people.yaml");
            File.WriteAllText(people, File.ReadAllText(people)
                .Replace("name: Dmytro Kuleba", "name: Dmytro Kuleba Jr")
                .Replace("- id: yassine-fall", "- id: yassine-fall\n  nickname: YF")
                + "\n- id: not-compiled\n  name: Nobody\n  kind: person\n");

            var differences = YamlRoundTrip.Differences(copy, typeof(SahelData.Model.Actor).Assembly, "SahelData.Model");
            Assert.Equal(
                new[]
                {
                    "actors/dmytro-kuleba.name: 'Dmytro Kuleba Jr' in the YAML, 'Dmytro Kuleba' compiled",
                    "actors/yassine-fall.nickname: in the YAML but not in the compiled record",
                    "actors/not-compiled: in the YAML but not compiled",
                },
                differences);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
