using System;
using System.Collections.Generic;
using System.Linq;
using SahelData.Compiler.Checking;

namespace SahelData.Cli.Lsp;

/// <summary>
/// Where a cursor stands in a data file, read from the text around it rather than from a parse, because the line
/// being typed is seldom valid YAML: at a key of a group (<see cref="IsKey"/>), or at a value of the key that
/// <see cref="Path"/> ends with. The path is the chain of keys from the entry down, from the lines above (block
/// style, by indentation) and from the line itself (flow style, <c>participants: [{ actor: wag</c>).
/// </summary>
internal sealed record CursorContext(bool IsKey, IReadOnlyList<string> Path, string Word, int Line, int WordStart, int WordEnd)
{
    /// <summary>The range of the word under the cursor (empty where nothing is typed yet).</summary>
    public Range WordRange => new(new Position(Line, WordStart), new Position(Line, WordEnd));

    /// <summary>The key whose value the cursor is at, looked up in the entry's keys; null at a key or an unknown path.</summary>
    public DataKey? ValueKey(IReadOnlyList<DataKey> entryKeys) => IsKey ? null : Resolve(entryKeys, Path);

    /// <summary>The keys the group at the cursor may hold; empty where the path leads nowhere.</summary>
    public IReadOnlyList<DataKey> KeysHere(IReadOnlyList<DataKey> entryKeys) =>
        Path.Count == 0 ? entryKeys : Resolve(entryKeys, Path) is { Kind: DataKeyKind.Group } group ? group.Keys : Array.Empty<DataKey>();

    private static DataKey? Resolve(IReadOnlyList<DataKey> keys, IReadOnlyList<string> path)
    {
        DataKey? current = null;
        foreach (var name in path)
        {
            current = keys.FirstOrDefault(k => k.Key == name);
            if (current is null)
            {
                return null;
            }

            keys = current.Keys;
        }

        return current;
    }

    /// <summary>The context at a position; null inside a comment or past the end of the text.</summary>
    public static CursorContext? At(string text, Position position, IReadOnlyList<DataKey> entryKeys)
    {
        var lines = text.Split('\n');
        if (position.Line < 0 || position.Line >= lines.Length)
        {
            return null;
        }

        var line = lines[position.Line].TrimEnd('\r');
        var column = Math.Min(position.Character, line.Length);
        var wordStart = column;
        while (wordStart > 0 && IsWordChar(line[wordStart - 1]))
        {
            wordStart--;
        }

        var wordEnd = column;
        while (wordEnd < line.Length && IsWordChar(line[wordEnd]))
        {
            wordEnd++;
        }

        var content = ContentColumn(line, out var hasDash);
        var parents = Parents(lines, position.Line, Math.Min(content, column));
        var word = line.Substring(wordStart, column - wordStart);

        // The flow frames open at the cursor on this line: each '[' or '{' with the key path it stands at.
        var frames = new Stack<(char Kind, List<string> Path, string? PendingKey)>();
        string? blockKey = null;
        var token = new System.Text.StringBuilder();
        for (var i = content; i < column; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '\'' or '"':
                    var close = line.IndexOf(c, i + 1);
                    if (close < 0 || close >= column)
                    {
                        // Inside a quoted value: the word typed so far is in it.
                        i = column;
                        break;
                    }

                    token.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(line[i - 1]):
                    return null;
                case ':' when i + 1 >= line.Length || line[i + 1] == ' ' || i + 1 == column:
                    var key = token.ToString().Trim();
                    token.Clear();
                    if (frames.Count == 0)
                    {
                        blockKey = key;
                    }
                    else
                    {
                        var top = frames.Pop();
                        frames.Push(top with { PendingKey = key });
                    }

                    break;
                case '[' or '{':
                    var path = frames.Count == 0 ? parents.Concat(blockKey is null ? [] : [blockKey]).ToList() : frames.Peek().Path.ToList();
                    if (frames.Count > 0 && frames.Peek().PendingKey is { } owner)
                    {
                        path.Add(owner);
                    }

                    frames.Push((c, path, null));
                    token.Clear();
                    break;
                case ',':
                    if (frames.Count > 0 && frames.Peek().Kind == '{')
                    {
                        var top = frames.Pop();
                        frames.Push(top with { PendingKey = null });
                    }

                    token.Clear();
                    break;
                case ']' or '}':
                    if (frames.Count > 0)
                    {
                        frames.Pop();
                    }

                    token.Clear();
                    break;
                default:
                    token.Append(c);
                    break;
            }
        }

        if (frames.Count > 0)
        {
            var (kind, path, pendingKey) = frames.Peek();
            return kind == '{' && pendingKey is null
                ? new CursorContext(true, path, word, position.Line, wordStart, wordEnd)
                : new CursorContext(false, pendingKey is null ? path : path.Append(pendingKey).ToList(), word, position.Line, wordStart, wordEnd);
        }

        if (blockKey is not null)
        {
            return new CursorContext(false, parents.Append(blockKey).ToList(), word, position.Line, wordStart, wordEnd);
        }

        // "- wag" under a key that holds a list of single values is a value of that key; otherwise a key is being typed.
        if (hasDash && parents.Count > 0 && Resolve(entryKeys, parents) is { IsList: true, Kind: not DataKeyKind.Group })
        {
            return new CursorContext(false, parents, word, position.Line, wordStart, wordEnd);
        }

        return new CursorContext(true, parents, word, position.Line, wordStart, wordEnd);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';

    /// <summary>The column where a line's content starts, after its indentation and any "- " item markers.</summary>
    private static int ContentColumn(string line, out bool hasDash)
    {
        hasDash = false;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i < line.Length && line[i] == '-' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                hasDash = true;
                i++;
                continue;
            }

            return i;
        }
    }

    /// <summary>
    /// The keys of the blocks that enclose a line, outermost first: going up, each line that opens a block
    /// (<c>key:</c> with nothing after it) at a smaller indentation than the innermost one found so far.
    /// </summary>
    private static List<string> Parents(string[] lines, int line, int column)
    {
        var parents = new List<string>();
        var limit = column;
        for (var j = line - 1; j >= 0 && limit > 0; j--)
        {
            var text = lines[j].TrimEnd('\r');
            var start = ContentColumn(text, out _);
            if (start >= text.Length || text[start] == '#' || start >= limit)
            {
                continue;
            }

            var colon = text.IndexOf(':', start);
            if (colon > start && IsBlockOpener(text, colon))
            {
                parents.Insert(0, text.Substring(start, colon - start).Trim().Trim('\'', '"'));
            }

            // Any line with content to the left closes the blocks deeper than it.
            limit = start;
        }

        return parents;
    }

    private static bool IsBlockOpener(string text, int colon)
    {
        var rest = text.Substring(colon + 1).Trim();
        return rest.Length == 0 || rest[0] == '#';
    }
}
