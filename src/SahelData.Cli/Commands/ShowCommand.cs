using System.CommandLine;
using System.Linq;
using SahelData.Cli.Exports.Tables;
using SahelData.Model;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel show ID|NAME</c>: one entry, with everything that refers to it.</summary>
internal static class ShowCommand
{
    public static Command Create(ToolContext context)
    {
        var idOrName = new Argument<string>("id-or-name") { Description = "An id (wagner-group, or actors/wagner-group as the tool prints it), or a name or alias of an actor or place (Wagner, Kiev, Goïta)." };
        var command = new Command("show", "Show one entry and everything that refers to it.") { idOrName };
        command.SetAction(result => Run(context, result.GetValue(idOrName)!));
        return command;
    }

    private static int Run(ToolContext context, string idOrName)
    {
        var output = context.Output;
        if (Lookup.IsEmpty(idOrName) || Lookup.SplitCollection(idOrName) is { Id: var id } && Lookup.IsEmpty(id))
        {
            return context.Fail("the id or name is empty; give an id (wagner-group) or a name (Wagner)");
        }

        var matches = Catalog.Resolve(idOrName);
        if (matches.IsEmpty)
        {
            var suggestion = Catalog.Suggest(idOrName);
            return context.Fail($"nothing has the id or name '{idOrName}'" + (suggestion is null ? "." : $". Did you mean '{suggestion}'?"));
        }

        if (matches.Length > 1)
        {
            output.WriteLine($"'{idOrName}' names {matches.Length} entries:");
            output.WriteLine();
        }

        foreach (var (collection, entry) in matches)
        {
            output.WriteLine($"{collection.Folder}/{collection.IdOf(entry)} — {collection.TitleOf(entry)}");
            EntryPrinter.Print(output, entry, collection.Record, 2);
            var references = collection.ReferencesTo(entry);
            if (!references.IsEmpty)
            {
                output.WriteLine();
                output.WriteLine($"  referred to by {references.Length}:");
                foreach (var reference in references)
                {
                    var referrer = Catalog.ByFolder(reference.Collection);
                    var source = referrer.Get(reference.Id);
                    var title = source is null ? string.Empty : referrer.TitleOf(source);
                    output.WriteLine($"    {reference.Collection}/{reference.Id} ({reference.Key}{Stances(entry, source)}) — {title}");
                }
            }

            output.WriteLine();
        }

        return 0;
    }

    /// <summary>For an actor's positions on a claim, the stances it takes.</summary>
    private static string Stances(object entry, object? referrer) =>
        entry is Actor actor && referrer is Claim claim
            ? string.Concat(claim.Positions.Where(p => p.Actor == actor.Id).Select(p => ": " + Spellings.Of(p.Stance)).Distinct())
            : string.Empty;
}
