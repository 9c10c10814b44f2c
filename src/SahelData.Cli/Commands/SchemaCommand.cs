using System.CommandLine;
using System.IO;
using SahelData.Cli.Curation;

namespace SahelData.Cli.Commands;

/// <summary>
/// <c>sahel schema DIR</c>: writes the JSON Schemas that editors use to complete and check data files: the model's
/// keys and words, and the ids (with their titles) each reference key may take, read from the data.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(ToolContext context)
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the schemas, normally data/schema." };
        var data = new Option<string?>("--data")
        {
            Description = "The data folder whose ids the schemas list (default: the folder that holds the schema folder, or the data/ folder of the repository you are in).",
        };
        var command = new Command("schema", "Write the JSON Schemas of the data files: generated from the C# model, with the ids and titles of the data.") { folder, data };
        command.SetAction(result =>
        {
            var target = result.GetValue(folder)!;
            if (File.Exists(target))
            {
                return context.FailIo(new IOException($"'{target}' is a file; give a folder"));
            }

            var parent = Path.GetDirectoryName(Path.GetFullPath(target));
            var dataDirectory = result.GetValue(data) is { } given ? Path.GetFullPath(given)
                : parent is not null && DataFolder.IsDataFolder(parent) ? parent
                : DataFolder.Find(Directory.GetCurrentDirectory());
            if (dataDirectory is null || !Directory.Exists(dataDirectory))
            {
                return context.Fail("no data folder to read the ids from; pass it: sahel schema data/schema --data data");
            }

            Directory.CreateDirectory(target);
            foreach (var (collection, text) in SchemaFiles.Compose(dataDirectory))
            {
                var path = SchemaFiles.PathOf(target, collection);
                File.WriteAllText(path, text);
                context.Output.WriteLine(path);
            }

            return 0;
        });
        return command;
    }
}
