using SahelData.Compiler.Parsing;
using Xunit;

namespace SahelData.Generators.Tests;

/// <summary>What is wrong with a refused line is read from the text at the parser's position, never from its message.</summary>
public sealed class SyntaxProblemTests
{
    [Theory]
    [InlineData("- id: x\n\tname: y\n", 10, "TabIndentation", 8)]
    [InlineData("- id: x\n  name: \"\\uD800 broken\"\n", 16, "HalfCharacterEscape", 16)]
    [InlineData("- id: x\n  name: \"unclosed\n", 16, "UnclosedQuote", 16)]
    [InlineData("- id: x\n  title: Mali: the break\n", 21, "ColonInValue", 21)]
    [InlineData("- id: x\n  title: \"quoted: fine\"\n   bad: indentation\n", 40, "Mismatch", 40)]
    public void Classifies_from_the_text(string content, int position, string kind, int located)
    {
        var (found, start, _) = SyntaxProblems.Classify(content, position, position);
        Assert.Equal(kind, found.ToString());
        Assert.Equal(located, start);
    }

    [Fact]
    public void A_surrogate_pair_escape_is_whole()
    {
        var (kind, _, _) = SyntaxProblems.Classify("- id: x\n  name: \"\\uD83C\\uDF0D\" oops: x\n", 16, 16);
        Assert.NotEqual(SyntaxProblemKind.HalfCharacterEscape, kind);
    }
}
