using System;
using System.IO;
using System.Linq;
using SahelData.Cli;

return Tool.Run(args, Console.Out, Console.Error);

namespace SahelData.Cli
{
    /// <summary>The <c>sahel</c> command-line tool over the embedded dataset.</summary>
    internal static class Tool
    {
        private const string Usage = """
            sahel — the SahelData dataset on the command line

            Usage:
              sahel stats                 entries per collection
              sahel show <id-or-name>     one entry, with everything that refers to it
              sahel schema <folder>       write the JSON Schemas of the data files (data/schema)
              sahel --help                this help

            Ids are written as in the data files (wagner-group); names and aliases of actors and places
            work too, in any case and with or without accents (Kiev, goita).
            """;

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            switch (args)
            {
                case [] or ["--help" or "-h" or "help"]:
                    output.WriteLine(Usage);
                    return args.Length == 0 ? 1 : 0;
                case ["stats"]:
                    Stats(output);
                    return 0;
                case ["show", var idOrName]:
                    return Show(idOrName, output, error);
                case ["schema", var folder]:
                    return WriteSchemas(folder, output);
                case ["show"]:
                    error.WriteLine("sahel show: give an id or a name, e.g. 'sahel show wagner-group'.");
                    return 1;
                default:
                    error.WriteLine($"sahel: unknown command '{string.Join(" ", args)}'. Run 'sahel --help' for the list of commands.");
                    return 1;
            }
        }

        private static void Stats(TextWriter output)
        {
            var total = Catalog.Collections.Sum(c => c.Count);
            output.WriteLine($"SahelData: {total} entries in {Catalog.Collections.Length} collections");
            foreach (var collection in Catalog.Collections)
            {
                output.WriteLine($"  {collection.Folder,-10} {collection.Count,5}");
            }
        }

        private static int Show(string idOrName, TextWriter output, TextWriter error)
        {
            var matches = Catalog.Resolve(idOrName);
            if (matches.IsEmpty)
            {
                var suggestion = Catalog.Suggest(idOrName);
                error.WriteLine(suggestion is null
                    ? $"sahel show: nothing has the id or name '{idOrName}'."
                    : $"sahel show: nothing has the id or name '{idOrName}'. Did you mean '{suggestion}'?");
                return 1;
            }

            if (matches.Length > 1)
            {
                output.WriteLine($"'{idOrName}' names {matches.Length} entries:");
                output.WriteLine();
            }

            foreach (var (collection, entry) in matches)
            {
                output.WriteLine($"{collection.Folder}/{IdOf(entry)} — {collection.Title(entry)}");
                EntryPrinter.Print(output, entry, 2);
                var references = collection.ReferencesTo(entry);
                if (!references.IsEmpty)
                {
                    output.WriteLine();
                    output.WriteLine($"  referred to by {references.Length}:");
                    foreach (var reference in references)
                    {
                        var referrer = Catalog.ByFolder(reference.Collection);
                        var title = referrer.Get(reference.Id) is { } source ? referrer.Title(source) : string.Empty;
                        output.WriteLine($"    {reference.Collection}/{reference.Id} ({reference.Key}) — {title}");
                    }
                }

                output.WriteLine();
            }

            return 0;
        }

        private static int WriteSchemas(string folder, TextWriter output)
        {
            Directory.CreateDirectory(folder);
            foreach (var collection in Catalog.Collections)
            {
                var path = Path.Combine(folder, collection.Folder + ".schema.json");
                File.WriteAllText(path, collection.JsonSchema);
                output.WriteLine(path);
            }

            return 0;
        }

        private static string IdOf(object entry) => entry.GetType().GetProperty("Id")?.GetValue(entry)?.ToString() ?? string.Empty;
    }
}
