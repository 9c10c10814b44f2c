using System.CommandLine;
using System.Linq;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel stats</c>: entries per collection.</summary>
internal static class StatsCommand
{
    public static Command Create(ToolContext context)
    {
        var command = new Command("stats", "Count the entries of each collection.");
        command.SetAction(_ =>
        {
            context.Output.WriteLine($"SahelData: {Catalog.Collections.Sum(c => c.Count)} entries in {Catalog.Collections.Length} collections");
            foreach (var collection in Catalog.Collections)
            {
                context.Output.WriteLine($"  {collection.Folder,-10} {collection.Count,5}");
            }

            return 0;
        });
        return command;
    }
}
