using System.IO;
using System.Linq;
using SahelData.Cli;
using SahelData.Model;
using Xunit;

namespace SahelData.Tests;

public sealed class CliTests
{
    [Fact]
    public void Stats_counts_every_collection()
    {
        var (code, output, _) = Run("stats");
        Assert.Equal(0, code);
        Assert.Contains($"actors     {Actors.Count,5}", output);
        Assert.Contains($"claims     {Claims.Count,5}", output);
    }

    [Fact]
    public void Help_is_on_every_command()
    {
        foreach (var command in new[] { "timeline", "show", "claims", "stats", "export", "schema" })
        {
            var (code, output, _) = Run(command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage:", output);
        }
    }

    [Fact]
    public void Timeline_filters_by_actor_alias_date_and_kind_in_date_order()
    {
        var (code, output, _) = Run("timeline", "--actor", "Niger");
        Assert.Equal(0, code);
        Assert.True(output.IndexOf("aes-letter-to-security-council") < output.IndexOf("niger-breaks-with-ukraine"));
        Assert.Contains("2024-08-06", output);
        Assert.Contains("2 events", output);

        (code, output, _) = Run("timeline", "--from", "2022-03", "--to", "2022-04", "--kind", "veto");
        Assert.Equal(0, code);
        Assert.Contains("unsc-moura-investigation-blocked", output);
        Assert.Contains("1 event", output);
    }

    [Fact]
    public void Timeline_includes_places_within_the_place_asked_for()
    {
        var (code, output, _) = Run("timeline", "--place", "Kidal");
        Assert.Equal(0, code);
        Assert.Contains("tinzaouaten-ambush", output);
        Assert.Contains("2024-07 ", output);
    }

    [Fact]
    public void Unknown_actor_is_an_error_with_a_suggestion()
    {
        var (code, _, error) = Run("timeline", "--actor", "Nigr");
        Assert.Equal(1, code);
        Assert.Contains("Did you mean 'niger'?", error);
    }

    [Fact]
    public void Bad_date_and_bad_kind_are_usage_errors()
    {
        Assert.Equal(1, Run("timeline", "--from", "July 2024").Code);
        Assert.Equal(1, Run("timeline", "--kind", "picnic").Code);
        Assert.Equal(1, Run("frobnicate").Code);
    }

    [Fact]
    public void Show_prints_the_entry_what_refers_to_it_and_the_stances()
    {
        var (code, output, _) = Run("show", "Andrei Yusov");
        Assert.Equal(0, code);
        Assert.Contains("actors/andriy-yusov — Andriy Yusov", output);
        Assert.Contains("organization: gur", output);
        Assert.Contains("events/yusov-statement (participants[].actor)", output);
        Assert.Contains("claims/ukraine-supplied-intelligence (positions[].actor: implies)", output);
    }

    [Fact]
    public void Show_suggests_the_closest_id_for_a_typo()
    {
        var (code, _, error) = Run("show", "wagner-grop");
        Assert.Equal(1, code);
        Assert.Contains("Did you mean 'wagner-group'?", error);
    }

    [Fact]
    public void Claims_disputed_lists_only_claims_with_both_sides()
    {
        var (code, output, _) = Run("claims", "--disputed");
        Assert.Equal(0, code);
        var listed = output.Split('\n').Where(l => l.StartsWith("claims/")).Select(l => l[7..l.IndexOf(' ')]).ToList();
        Assert.Contains("ukraine-involved-in-tinzaouaten-ambush", listed);
        Assert.DoesNotContain("west-uses-africa-as-anti-russian-front", listed);
        Assert.Equal(Claims.All.Count(c => c.Positions.Any(p => p.Stance is Stance.Asserts or Stance.Implies) && c.Positions.Any(p => p.Stance is Stance.Denies or Stance.Disputes)), listed.Count);
    }

    [Fact]
    public void Claims_about_an_event_and_by_a_holder()
    {
        var (code, output, _) = Run("claims", "--about", "moura-operation", "--holder", "Zakharova");
        Assert.Equal(0, code);
        Assert.Contains("claims/moura-was-counter-terrorist-victory", output);
        Assert.Contains("claims/russians-took-part-in-moura", output);
        Assert.Contains("claims/moura-accusations-are-disinformation", output);
        Assert.Contains("3 claims", output);
        Assert.Equal(1, Run("claims", "--about", "moura").Code);
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SahelTool.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
