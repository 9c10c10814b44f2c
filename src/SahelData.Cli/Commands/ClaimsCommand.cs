using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using SahelData.Cli.Exports.Tables;
using SahelData.Model;

namespace SahelData.Cli.Commands;

/// <summary><c>sahel claims</c>: claims with every position on them.</summary>
internal static class ClaimsCommand
{
    public static Command Create(ToolContext context)
    {
        var disputed = new Option<bool>("--disputed") { Description = "Only claims that some hold (assert, imply) and others reject (deny, dispute)." };
        var about = new Option<string?>("--about") { Description = "Only claims about this event (its id).", HelpName = "event" };
        var holder = new Option<string?>("--holder") { Description = "Only claims on which this actor takes a position: an id or any name.", HelpName = "actor" };
        var command = new Command("claims", "List claims with every position on them: who holds, relays or rejects each.") { disputed, about, holder };
        command.SetAction(result => Run(context, result.GetValue(disputed), result.GetValue(about), result.GetValue(holder)));
        return command;
    }

    private static int Run(ToolContext context, bool disputed, string? aboutText, string? holderText)
    {
        IEnumerable<Claim> claims = disputed ? Claims.Disputed : Claims.All;

        if (aboutText is not null)
        {
            if (!Lookup.TryEvent(aboutText, out var about, out var problem))
            {
                return context.Fail(problem);
            }

            claims = claims.Intersect(Claims.About(about.Id));
        }

        if (holderText is not null)
        {
            if (!Lookup.TryActor(holderText, out var holder, out var problem))
            {
                return context.Fail(problem);
            }

            claims = claims.Intersect(Claims.HeldBy(holder.Id));
        }

        var selected = claims.ToList();
        foreach (var claim in selected)
        {
            context.Output.WriteLine($"claims/{claim.Id} — {claim.Statement}");
            foreach (var position in claim.Positions.OrderBy(p => p.Date ?? default).ThenBy(p => p.Actor?.Value))
            {
                var who = position.Actor is { } actor ? actor.Resolve().Name : "(the source itself)";
                var when = position.Date is { } date ? $" on {date}" : string.Empty;
                var quote = position.Quote is { } words ? $" «{words}»" : string.Empty;
                var described = position.DescribedAs is { } stance ? $", which the source describes as {Spellings.Of(stance)}" : string.Empty;
                context.Output.WriteLine($"  {Spellings.Of(position.Stance),-9} {who}{when}{quote} [{string.Join(", ", position.Sources)}]{described}");
            }

            context.Output.WriteLine();
        }

        context.Output.WriteLine(selected.Count == 1 ? "1 claim" : $"{selected.Count} claims");
        return 0;
    }
}
