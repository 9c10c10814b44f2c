using System.IO;
using SahelData.Cli;
using Xunit;

namespace SahelData.Tests;

public sealed class CliTests
{
    [Fact]
    public void Stats_counts_every_collection()
    {
        var (code, output, _) = Run("stats");
        Assert.Equal(0, code);
        Assert.Contains($"actors     {SahelData.Model.Actors.Count,5}", output);
        Assert.Contains($"claims     {SahelData.Model.Claims.Count,5}", output);
    }

    [Fact]
    public void Show_prints_the_entry_and_what_refers_to_it()
    {
        var (code, output, _) = Run("show", "Andrei Yusov");
        Assert.Equal(0, code);
        Assert.Contains("actors/andriy-yusov — Andriy Yusov", output);
        Assert.Contains("organization: gur", output);
        Assert.Contains("events/yusov-statement (participants[].actor)", output);
        Assert.Contains("claims/ukraine-supplied-intelligence (positions[].actor)", output);
    }

    [Fact]
    public void Show_suggests_the_closest_id_for_a_typo()
    {
        var (code, _, error) = Run("show", "wagner-grop");
        Assert.Equal(1, code);
        Assert.Contains("Did you mean 'wagner-group'?", error);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var (code, _, error) = Run("frobnicate");
        Assert.Equal(1, code);
        Assert.Contains("sahel --help", error);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Tool.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
