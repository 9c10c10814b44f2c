using System;
using System.Linq;
using SahelData.Runtime;
using Xunit;

namespace SahelData.Tests;

/// <summary>
/// Fixed values: a key or hash that changed would silently break every table compiled before the change, and a
/// key that depended on the host's Unicode support would differ between compile time and run time.
/// </summary>
public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Assimi Goïta", "assimi goita")]
    [InlineData("GOÏTA", "goita")]
    [InlineData("Bah N’Daw", "bah ndaw")]
    [InlineData("Bah N'Daw", "bah ndaw")]
    [InlineData("  Wagner--Group ", "wagner group")]
    [InlineData("Ｆｕｌｌ", "full")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Straße", "straße")]
    [InlineData("Œuvre", "œuvre")]
    [InlineData("Ελλάδα", "ελλαδα")]
    [InlineData("Москва́", "москва")]
    [InlineData("Ouagadougou (BF)", "ouagadougou bf")]
    [InlineData("½", "1 2")]
    [InlineData("a\u00ADb", "ab")]
    [InlineData("—", "")]
    [InlineData("", "")]
    public void Fold_gives_the_same_key_on_every_host(string name, string key) => Assert.Equal(key, NameKey.Fold(name));

    [Theory]
    [InlineData("Assimi Goïta")]
    [InlineData("  Wagner--Group ")]
    [InlineData("ﬁnance ½")]
    [InlineData("Москва́")]
    public void Folding_into_a_buffer_gives_the_same_key(string name)
    {
        var key = NameKey.Fold(name);
        var buffer = new char[NameKey.LookupBufferLength];
        var length = NameKey.TryFold(name, buffer);
        Assert.Equal(key, new string(buffer, 0, length));
        Assert.Equal(StableHash.Of(key), StableHash.Of(buffer.AsSpan(0, length)));

        // Too short by one character: reported, never truncated.
        Assert.Equal(-1, NameKey.TryFold(name, new char[key.Length - 1]));
    }

    [Fact]
    public void Keys_longer_than_the_lookup_buffer_still_fold()
    {
        var name = string.Concat(Enumerable.Repeat("Ségou ", 100));
        Assert.Equal(-1, NameKey.TryFold(name, new char[NameKey.LookupBufferLength]));
        Assert.Equal(string.Join(" ", Enumerable.Repeat("segou", 100)), NameKey.Fold(name));
    }

    [Fact]
    public void Folding_follows_a_stated_unicode_version() => Assert.Equal("14.0.0", NameKey.UnicodeVersion);

    [Theory]
    [InlineData("", 2762682090u)]
    [InlineData("a", 963946973u)]
    [InlineData("wagner-group", 489325594u)]
    [InlineData("assimi goita", 1958404229u)]
    [InlineData("Goïta", 2765840317u)]
    [InlineData("things-fall-apart", 3276461679u)]
    public void Stable_hash_never_changes(string text, uint hash) => Assert.Equal(hash, StableHash.Of(text));
}
