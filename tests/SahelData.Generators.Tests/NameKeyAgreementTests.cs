using System;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit;

namespace SahelData.Generators.Tests;

/// <summary>
/// The run-time fold (with its ASCII shortcut) against the compile-time fold (the same file built for netstandard2.0,
/// which always folds character by character through the tables), on hostile text; and, for ASCII text, against a
/// definition written here from the rules alone. A key that differed between the two would make a name unfindable.
/// </summary>
public sealed class NameKeyAgreementTests
{
    private static readonly Type RuntimeNameKey = typeof(SahelData.CollectionAttribute).Assembly.GetType("SahelData.Runtime.NameKey", throwOnError: true)!;

    private static readonly Type CompilerNameKey = typeof(SahelData.Compiler.Compilation.DataCompilation).Assembly.GetType("SahelData.Runtime.NameKey", throwOnError: true)!;

    /// <summary>Pieces that sit on either side of the shortcut's conditions: case, spaces at the ends and doubled, apostrophes, punctuation, controls, and letters outside ASCII that fold to ASCII or to several characters.</summary>
    private static readonly Gen<string> HostileName = Gen.OneOf(
            Gen.OneOf("A", "z", "Q", "0", "9", " ", "  ", "'", "`", "-", "_", ".", "\t", "\0", "\u007F", "(", "~", "@", "[", "{"),
            Gen.OneOf("é", "Ï", "İ", "ß", "ﬁ", "Ｆ", "½", "’", "\u00AD", "\u00A0", "—", "Ω", "ω", "Σ", "ς", "σ", "Ά", "к", "К", "Ё", "ё", "Ѐ", "\u0301", "\uD83D\uDE00", "\uD800", "\uFFFD"),
            Gen.OneOf("À", "à", "Þ", "þ", "×", "÷", "ÿ", "Ā", "Ġ", "@", "`"),
            Gen.Char['\0', '\u007F'].Select(c => c.ToString()),
            Gen.Char.Select(c => c.ToString()))
        .Array[0, 40]
        .Select(parts => string.Concat(parts));

    private static readonly Gen<string> AsciiName = Gen.Char['\0', '\u007F'].Array[0, 40].Select(chars => new string(chars));

    /// <summary>Mostly names of which the lookup's shortcut holds, and their near misses: the characters next to letters and digits, and spaces at the ends and doubled.</summary>
    private static readonly Gen<string> NearlyPlainName = Gen.OneOf(
            Gen.OneOf("A", "Z", "a", "z", "0", "9", "M", "q"),
            Gen.OneOf("A", "Z", "a", "z", "0", "9", "M", "q"),
            Gen.OneOf("A", "Z", "a", "z", "0", "9", "M", "q", " "),
            Gen.OneOf(" ", "@", "[", "`", "{", "/", ":", "\u00C0", "\u0130", "\u212A", "\0"))
        .Array[0, 30]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void The_run_time_fold_agrees_with_the_compile_time_fold_on_hostile_text()
    {
        HostileName.Sample(
            name =>
            {
                Assert.Equal(Fold(CompilerNameKey, name), Fold(RuntimeNameKey, name));
                for (var room = 0; room <= name.Length + 1; room++)
                {
                    Assert.Equal(TryFold(CompilerNameKey, name, room), TryFold(RuntimeNameKey, name, room));
                }
            },
            iter: 20_000);
    }

    [Fact]
    public void The_run_time_fold_of_ascii_text_follows_the_rules()
    {
        AsciiName.Sample(name => Assert.Equal(AsciiKey(name), Fold(RuntimeNameKey, name)), iter: 20_000);
    }

    [Fact]
    public void A_name_equal_to_a_key_but_for_case_has_that_key_and_hashes_as_it()
    {
        var shortcut = 0;
        Gen.OneOf(NearlyPlainName, HostileName, AsciiName).Sample(
            name =>
            {
                var key = Fold(CompilerNameKey, name);

                // The lookup's first probe: the name, hashed blind to case, must land where the generator put its key.
                if (EqualsIgnoringCase(name, key))
                {
                    System.Threading.Interlocked.Increment(ref shortcut);
                    Assert.Equal(CompilerOfLowerCased(key), OfLowerCased(name));
                }

                Assert.Equal(CompilerOfLowerCased(name), OfLowerCased(name));

                // Whatever matches a key but for case must fold to that very key: near misses of the name, and
                // other keys, checked against the generator's fold.
                var variants = new[] { name, name.ToUpperInvariant(), name + "a", key.ToUpperInvariant() }
                    .Concat(Enumerable.Range(0, name.Length).Select(i => name.Remove(i, 1)))
                    .Concat(Enumerable.Range(0, name.Length).Select(i => name.Remove(i, 1).Insert(i, ((char)(name[i] ^ 0x20)).ToString())));
                foreach (var variant in variants)
                {
                    if (EqualsIgnoringCase(variant, key))
                    {
                        Assert.Equal(key, Fold(CompilerNameKey, variant));
                    }
                }
            },
            iter: 20_000);

        // The shortcut was taken often enough to mean something.
        Assert.True(shortcut > 500, $"only {shortcut} names took the shortcut");
    }

    [Fact]
    public void Texts_equal_but_for_case_fold_to_one_key_and_hash_as_one()
    {
        var equal = 0;
        Gen.OneOf(NearlyPlainName, HostileName).Sample(
            name =>
            {
                // The name probe compares a name with keys and recorded spellings ignoring case, in a table hashed blind
                // to it: whatever it takes for equal must fold to the same key, by the generator's fold, and hash alike.
                var variants = new[] { name.ToUpperInvariant(), name.ToLowerInvariant() }
                    .Concat(Enumerable.Range(0, name.Length).Select(i => name.Remove(i, 1).Insert(i, ((char)(name[i] ^ 0x20)).ToString())));
                foreach (var variant in variants)
                {
                    if (EqualsIgnoringCase(variant, name))
                    {
                        System.Threading.Interlocked.Increment(ref equal);
                        Assert.Equal(Fold(CompilerNameKey, name), Fold(CompilerNameKey, variant));
                        Assert.Equal(CompilerOfLowerCased(name), OfLowerCased(variant));
                    }
                }
            },
            iter: 20_000);
        Assert.True(equal > 5_000, $"only {equal} variants were taken for equal");
    }

    [Fact]
    public void Every_letter_the_probe_takes_for_its_lower_case_folds_as_it_and_hashes_as_it()
    {
        // The probe takes a capital for the letter bit 5 away; that is right only if the fold does too, whatever the
        // letter: checked for every code unit, against the generator's fold.
        var takenForLowerCase = new System.Collections.Generic.List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = c.ToString();
            var other = ((char)(c | 0x20)).ToString();
            if (other == text || !EqualsIgnoringCase(text, other))
            {
                continue;
            }

            takenForLowerCase.Add(c);
            Assert.Equal(Fold(CompilerNameKey, other), Fold(CompilerNameKey, text));
            Assert.Equal(CompilerOfLowerCased(other), OfLowerCased(text));
            Assert.True(EqualsIgnoringCase("x" + text + "x", "x" + other + "x"), $"U+{(int)c:X4} among other letters");
        }

        // Exactly the capitals whose lower case is bit 5 away: ASCII, Latin-1 (but ×), Greek Α–Ο and Cyrillic А–П.
        var capitals = Enumerable.Range('A', 26).Concat(Enumerable.Range(0xC0, 31).Where(c => c != 0xD7))
            .Concat(Enumerable.Range(0x391, 15)).Concat(Enumerable.Range(0x410, 16)).Select(c => (char)c);
        Assert.Equal(capitals, takenForLowerCase);
    }

    [Fact]
    public void The_run_time_perfect_hash_agrees_with_the_compile_time_one()
    {
        Gen.Select(HostileName, Gen.Int[0, 6], Gen.Int[0, 6], Gen.Bool).Sample(
            (text, start, fromEnd, blind) =>
            {
                // Texts of every length: those too short for both groups are hashed whole.
                var bits = blind ? 0x0020_0020_0020_0020UL : 0UL;
                var hash = OfEnds(RuntimePerfectHash, text, start, fromEnd, bits);
                Assert.Equal(OfEnds(CompilerPerfectHash, text, start, fromEnd, bits), hash);
                Assert.Equal(OfAll(CompilerPerfectHash, text, bits), OfAll(RuntimePerfectHash, text, bits));
                for (var shift = 16; shift < 32; shift += 5)
                {
                    Assert.Equal(Slot(CompilerPerfectHash, hash, text.Length, shift), Slot(RuntimePerfectHash, hash, text.Length, shift));
                }
            },
            iter: 20_000);
    }

    [Theory]
    [InlineData("Wagner Group", true)]
    [InlineData("WAGNER GROUP 2", true)]
    [InlineData(" Wagner", false)]
    [InlineData("Wagner ", false)]
    [InlineData("Wagner  Group", false)]
    [InlineData("Wagner-Group", false)]
    [InlineData("N'Daw", false)]
    [InlineData("Goïta", false)]
    [InlineData("\u212Aelvin", false)]
    [InlineData("", false)]
    public void The_shortcut_holds_only_for_ascii_letters_digits_and_single_inner_spaces(string name, bool holds) =>
        Assert.Equal(holds, IsFoldedByLowerCasing(name));

    [Theory]
    [InlineData("Wagner Group")]
    [InlineData("WAGNER GROUP")]
    [InlineData("actor 42")]
    [InlineData(" Wagner Group")]
    [InlineData("Wagner Group ")]
    [InlineData("Wagner  Group")]
    [InlineData("N'Daw")]
    [InlineData("x")]
    [InlineData("")]
    public void Names_on_the_edge_of_the_shortcut_fold_by_the_rules(string name)
    {
        Assert.Equal(AsciiKey(name), Fold(RuntimeNameKey, name));
        Assert.Equal(Fold(CompilerNameKey, name), Fold(RuntimeNameKey, name));
    }

    /// <summary>
    /// The key of ASCII text written from the folding rules alone, without the tables: apostrophes vanish, letters are
    /// lower-cased, every other run of non-alphanumerics is one space between words.
    /// </summary>
    private static string AsciiKey(string name)
    {
        var kept = name.Replace("'", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
        var words = Regex.Split(kept, "[^A-Za-z0-9]+").Where(w => w.Length > 0);
        return string.Join(' ', words).ToLowerInvariant();
    }

    private delegate bool TextTest(ReadOnlySpan<char> name);

    private delegate bool TextAndKeyTest(ReadOnlySpan<char> name, string key);

    private delegate uint EndsHash(ReadOnlySpan<char> key, int start, int fromEnd, ulong bits);

    private static readonly Type RuntimePerfectHash = RuntimeNameKey.Assembly.GetType("SahelData.Runtime.PerfectHash", throwOnError: true)!;

    private static readonly Type CompilerPerfectHash = CompilerNameKey.Assembly.GetType("SahelData.Runtime.PerfectHash", throwOnError: true)!;

    private static uint OfEnds(Type perfectHash, string text, int start, int fromEnd, ulong bits) =>
        perfectHash.GetMethod("OfEnds", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<EndsHash>()(text, start, fromEnd, bits);

    private delegate uint AllHash(ReadOnlySpan<char> key, ulong bits);

    private static uint OfAll(Type perfectHash, string text, ulong bits) =>
        perfectHash.GetMethod("OfAll", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<AllHash>()(text, bits);

    private static int Slot(Type perfectHash, uint hash, int displacement, int shift) =>
        (int)perfectHash.GetMethod("Slot", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [hash, displacement, shift])!;

    private delegate uint TextHash(ReadOnlySpan<char> text);

    private static readonly TextTest IsFoldedByLowerCasing =
        RuntimeNameKey.GetMethod("IsFoldedByLowerCasing", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TextTest>();

    private static readonly TextAndKeyTest EqualsIgnoringCase =
        RuntimeNameKey.GetMethod("EqualsIgnoringCase", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TextAndKeyTest>();

    private static readonly TextHash OfLowerCased =
        RuntimeNameKey.Assembly.GetType("SahelData.Runtime.StableHash", throwOnError: true)!.GetMethod("OfLowerCased", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TextHash>();

    /// <summary>The generator's hash of a key blind to ASCII case, as it lays out the name tables.</summary>
    private static uint CompilerOfLowerCased(string key) =>
        CompilerNameKey.Assembly.GetType("SahelData.Runtime.StableHash", throwOnError: true)!.GetMethod("OfLowerCased", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TextHash>()(key);

    private static string Fold(Type nameKey, string name) =>
        (string)nameKey.GetMethod("Fold", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [name])!;

    private static string TryFold(Type nameKey, string name, int room)
    {
        var tryFold = nameKey == RuntimeNameKey ? RuntimeTryFold : CompilerTryFold;
        var buffer = new char[room];
        var length = tryFold(name.AsSpan(), buffer.AsSpan());
        return length < 0 ? "(does not fit)" : new string(buffer, 0, length);
    }

    private delegate int TryFoldMethod(ReadOnlySpan<char> name, Span<char> destination);

    private static readonly TryFoldMethod RuntimeTryFold = TryFoldOf(RuntimeNameKey);

    private static readonly TryFoldMethod CompilerTryFold = TryFoldOf(CompilerNameKey);

    private static TryFoldMethod TryFoldOf(Type nameKey) =>
        nameKey.GetMethod("TryFold", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TryFoldMethod>();
}
