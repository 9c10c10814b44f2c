using System.Linq;
using SahelData.Cli.Curation;
using SahelData.Cli.Lsp;
using SahelData.Compiler.Checking;
using Xunit;

namespace SahelData.Tests.LanguageServer;

/// <summary>
/// Where the cursor stands in a line being typed, in each style the data files use: the key whose value it is (and
/// so what completes there), or the group whose keys it may add. "|" marks the cursor.
/// </summary>
public sealed class CursorContextTests
{
    private static readonly System.Collections.Generic.IReadOnlyList<DataKey> EventKeys = SchemaKeys.Of(DataFolder.Schema, "events");

    [Theory]
    [InlineData("- id: a\n  place: tin|", "place")]
    [InlineData("- id: a\n  participants:\n    - actor: wag|", "participants.actor")]
    [InlineData("- id: a\n  participants:\n  - actor: x\n    role: |", "participants.role")]
    [InlineData("- id: a\n  participants: [{ actor: wag|", "participants.actor")]
    [InlineData("- id: a\n  participants: [{ actor: x, role: in|", "participants.role")]
    [InlineData("- id: a\n  participants: [{ actor: x }, { actor: |", "participants.actor")]
    [InlineData("- id: a\n  sources: [a, b|", "sources")]
    [InlineData("- id: a\n  sources:\n    - rep|", "sources")]
    [InlineData("- id: a\n  kind: 'arm|", "kind")]
    public void A_value_belongs_to_the_key_it_follows(string text, string path)
    {
        var context = At(text);
        Assert.False(context.IsKey);
        Assert.Equal(path, string.Join('.', context.Path));
        Assert.NotNull(context.ValueKey(EventKeys));
    }

    [Theory]
    [InlineData("- id: a\n  ti|", "")]
    [InlineData("- id: a\n  participants:\n    - actor: x\n      ro|", "participants")]
    [InlineData("- id: a\n  participants:\n    - |", "participants")]
    [InlineData("- id: a\n  participants: [{ actor: x, |", "participants")]
    public void A_key_is_offered_from_its_group(string text, string path)
    {
        var context = At(text);
        Assert.True(context.IsKey);
        Assert.Equal(path, string.Join('.', context.Path));
        Assert.NotEmpty(context.KeysHere(EventKeys));
    }

    [Fact]
    public void Nothing_completes_in_a_comment() =>
        Assert.Null(CursorContext.At("- id: a # the ambush at tin|", Cursor("- id: a # the ambush at tin|"), EventKeys));

    private static CursorContext At(string marked) =>
        CursorContext.At(marked.Replace("|", string.Empty, System.StringComparison.Ordinal), Cursor(marked), EventKeys)!;

    private static Position Cursor(string marked)
    {
        var lines = marked.Split('\n');
        var line = lines.Select((l, i) => (l, i)).Single(x => x.l.Contains('|', System.StringComparison.Ordinal));
        return new Position(line.i, line.l.IndexOf('|', System.StringComparison.Ordinal));
    }
}
