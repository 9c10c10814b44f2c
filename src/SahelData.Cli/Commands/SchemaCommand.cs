using System.CommandLine;
using System.IO;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel schema DIR</c>: writes the JSON Schemas that editors use to complete and check data files.</summary>
internal static class SchemaCommand
{
    public static Command Create(ToolContext context)
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the schemas, normally data/schema." };
        var command = new Command("schema", "Write the JSON Schemas of the data files, generated from the C# model.") { folder };
        command.SetAction(result =>
        {
            var target = result.GetValue(folder)!;
            if (File.Exists(target))
            {
                return context.FailIo(new IOException($"'{target}' is a file; give a folder"));
            }

            Directory.CreateDirectory(target);
            foreach (var collection in Catalog.Collections)
            {
                var path = Path.Combine(target, collection.Folder + ".schema.json");
                File.WriteAllText(path, collection.JsonSchema);
                context.Output.WriteLine(path);
            }

            return 0;
        });
        return command;
    }
}
