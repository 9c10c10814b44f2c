using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SahelData.Compiler.Parsing;

/// <summary>
/// Reads one YAML file into plain <see cref="YamlNode"/>s. It walks YamlDotNet's event stream itself, so that
/// anchors, aliases, tags, merge keys, repeated keys and extreme nesting are refused with a located diagnostic
/// instead of being expanded or silently resolved.
/// </summary>
internal static class YamlFileParser
{
    /// <summary>Deeper than any real entry, far shallower than what would strain the compiler's stack.</summary>
    public const int MaxDepth = 32;

    public static ParsedFile Parse(string path, Func<string?> readText, CancellationToken cancellationToken) =>
        Parse(path, readText, DataLimits.Default, cancellationToken);

    public static ParsedFile Parse(string path, Func<string?> readText, DataLimits limits, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        DiagnosticInfo? unread = null;
        var text = Stage.Guard($"reading {path}", readText, error =>
        {
            unread = error;
            return null;
        });
        if (unread is not null)
        {
            diagnostics.Add(unread);
            return new ParsedFile(path, null, diagnostics.ToEquatableArray());
        }

        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.YamlSyntax, null, $"the file {path} could not be read", "Check that it exists and is saved as UTF-8"));
            return new ParsedFile(path, null, diagnostics.ToEquatableArray());
        }

        // A byte-order mark left in the text would read as content; positions stay those of the file.
        var lines = new LineMap(path, text);
        var content = text;
        var offset = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        content = content.Substring(offset);
        var blockBodies = BlockScalars.Bodies(content);
        if (!YamlPrescan.Check(lines, content, offset, blockBodies, limits, diagnostics))
        {
            return new ParsedFile(path, null, diagnostics.ToEquatableArray());
        }

        content = YamlPrescan.WithBlankSeparatorLines(content, blockBodies);
        var reader = new Reader(lines, content, offset, limits, diagnostics, cancellationToken);
        YamlNode? root = null;
        try
        {
            root = reader.ReadStream();
        }
        catch (YamlException exception)
        {
            // Only the parser's position is used: what is wrong there is read from the text itself.
            var (kind, start, end) = SyntaxProblems.Classify(reader.Content, (int)Math.Min(exception.Start.Index, int.MaxValue), (int)Math.Min(exception.End.Index, int.MaxValue));
            var (problem, fix) = SyntaxProblems.Describe(kind);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.YamlSyntax, reader.At(start, end), problem, fix));
            root = null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way on some unclosed flow collections instead of raising a YamlException.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticCatalog.YamlSyntax,
                reader.Unclosed ?? reader.At(Mark.Empty, Mark.Empty),
                "this list or group is never closed",
                "Close every '[' with ']' and every '{' with '}'"));
            root = null;
        }
        catch (NestingTooDeepException)
        {
            root = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The file's first line is as close as an internal error of the parser can be located.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InternalError, reader.At(Mark.Empty, Mark.Empty), $"reading {path}", exception.ToString()));
            root = null;
        }

        return new ParsedFile(path, root, diagnostics.ToEquatableArray(), lines);
    }

    private sealed class Reader
    {
        private readonly LineMap lines;
        private readonly ImmutableArray<DiagnosticInfo>.Builder diagnostics;
        private readonly CancellationToken cancellationToken;
        private readonly IParser parser;
        private readonly int offset;
        private readonly DataLimits limits;

        // An explicit stack keeps deep nesting off the call stack.
        private readonly Stack<Frame> openFrames = new();

        public Reader(LineMap lines, string content, int offset, DataLimits limits, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
        {
            this.limits = limits;
            this.lines = lines;
            this.offset = offset;
            this.diagnostics = diagnostics;
            this.cancellationToken = cancellationToken;
            Content = content;
            parser = new Parser(new StringReader(content));
        }

        /// <summary>The text given to the parser: the file without a leading byte-order mark.</summary>
        public string Content { get; }

        /// <summary>Where the innermost list or group still open begins, if any.</summary>
        public LocationInfo? Unclosed => openFrames.Count == 0 ? null : At(openFrames.Peek().Start.Start, openFrames.Peek().Start.End);

        public YamlNode? ReadStream()
        {
            YamlNode? root = null;
            var documents = 0;
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (parser.Current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0:
                        documents++;
                        if (documents > 1)
                        {
                            Report(DiagnosticCatalog.UnsupportedYaml, start, "Several documents in one file (separated by '---')", "keep one list of entries per file, or split the file in two");
                            return root;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case NodeEvent node:
                        root = ReadNode(node);
                        break;
                }
            }

            return root;
        }

        public LocationInfo At(Mark start, Mark end) => SpanOf(start.Index, end.Index).Location;

        /// <summary>A location from positions in <see cref="Content"/>.</summary>
        public LocationInfo At(long start, long end) => SpanOf(start, end).Location;

        /// <summary>Where the text between positions in <see cref="Content"/> stands in the file.</summary>
        private YamlSpan SpanOf(long start, long end)
        {
            var from = (int)Math.Min(Math.Max(start + offset, 0), int.MaxValue);
            var to = (int)Math.Min(Math.Max(end + offset, from), int.MaxValue);
            return new YamlSpan(lines, from, to);
        }

        /// <summary>Reads the node whose first event is current; leaves the parser on its last event.</summary>
        private YamlNode ReadNode(NodeEvent first)
        {
            var stack = openFrames;
            ParsingEvent current = first;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                YamlNode? completed = null;
                switch (current)
                {
                    case SequenceEnd or MappingEnd:
                        var closed = stack.Pop();
                        completed = closed.Build(SpanOf(closed.Start.Start.Index, current.End.Index));
                        break;
                    case AnchorAlias alias:
                        Report(DiagnosticCatalog.UnsupportedYaml, alias, $"Aliases (*{alias.Value})", "write the value out in full where it is needed");
                        completed = Invalid(alias);
                        break;
                    case Scalar scalar when scalar.Value.Length > limits.MaxTextLength:
                        Report(
                            DiagnosticCatalog.TextTooLong,
                            scalar,
                            scalar.Value.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                            limits.MaxTextLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                        completed = Invalid(scalar);
                        break;
                    case Scalar scalar:
                        CheckUnsupported(scalar);
                        completed = new YamlNode(YamlNodeKind.Scalar, CheckText(scalar.Value, scalar), scalar.Style == ScalarStyle.Plain, SpanOf(scalar.Start.Index, scalar.End.Index), EquatableArray<YamlNode>.Empty, EquatableArray<YamlPair>.Empty);
                        break;
                    case NodeEvent when stack.Count >= MaxDepth:
                        // The whole file is refused: what is left of it would only produce confusing follow-up errors.
                        Report(DiagnosticCatalog.UnsupportedYaml, current, $"Values nested more than {MaxDepth} levels deep", "flatten the structure");
                        throw new NestingTooDeepException();
                    case NodeEvent collection:
                        CheckUnsupported(collection);
                        stack.Push(new Frame(collection));
                        break;
                    default:
                        throw new YamlException(current.Start, current.End, "Unexpected content");
                }

                if (completed is not null)
                {
                    if (stack.Count == 0)
                    {
                        return completed;
                    }

                    AddChild(stack.Peek(), completed);
                }

                if (!parser.MoveNext() || parser.Current is null)
                {
                    throw new YamlException(first.Start, first.End, "The file ends in the middle of a value");
                }

                current = parser.Current;
            }
        }

        private void AddChild(Frame frame, YamlNode child)
        {
            if (frame.Start is SequenceStart)
            {
                frame.Items.Add(child);
                return;
            }

            if (frame.PendingKey is null)
            {
                frame.PendingKey = child;
                return;
            }

            var key = frame.PendingKey;
            frame.PendingKey = null;
            if (key.Kind == YamlNodeKind.Invalid)
            {
                return;
            }

            if (key.Kind != YamlNodeKind.Scalar || key.Value is null)
            {
                Report(DiagnosticCatalog.UnsupportedYaml, key.Location, "Keys that are lists or groups", "a key is a single word such as 'name'");
                return;
            }

            if (key.IsPlain && key.Value == "<<")
            {
                Report(DiagnosticCatalog.UnsupportedYaml, key.Location, "Merge keys (<<)", "write each key out in full in every entry");
                return;
            }

            if (frame.FirstKey(key.Value) is { } first)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.DuplicateKey, key.Location, key.Value, first.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return;
            }

            frame.AddPair(new YamlPair(key, child));
        }

        private void CheckUnsupported(NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                Report(DiagnosticCatalog.UnsupportedYaml, node, $"Anchors (&{node.Anchor.Value})", "write the value out in full wherever it is needed");
            }

            if (!node.Tag.IsEmpty && !(node is Scalar { Style: not ScalarStyle.Plain } && node.Tag.Value == "!"))
            {
                Report(DiagnosticCatalog.UnsupportedYaml, node, $"Tags ({node.Tag.Value})", "remove the tag; the key decides what kind of value is expected");
            }
        }

        /// <summary>Replaces unpaired surrogates, which UTF-8 cannot hold, and reports them.</summary>
        private string CheckText(string value, ParsingEvent source)
        {
            StringBuilder? repaired = null;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                    : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(value[i - 1]));
                if (paired)
                {
                    repaired?.Append(c);
                    if (char.IsHighSurrogate(c))
                    {
                        repaired?.Append(value[i + 1]);
                        i++;
                    }

                    continue;
                }

                if (repaired is null)
                {
                    repaired = new StringBuilder(value.Length).Append(value, 0, i);
                    Report(DiagnosticCatalog.InvalidText, source, $"half of a character pair (U+{(int)c:X4}), which is not a character on its own");
                }

                repaired.Append('\uFFFD');
            }

            return repaired?.ToString() ?? value;
        }

        private YamlNode Invalid(ParsingEvent source) =>
            new(YamlNodeKind.Invalid, null, false, SpanOf(source.Start.Index, source.End.Index), EquatableArray<YamlNode>.Empty, EquatableArray<YamlPair>.Empty);

        private void Report(DiagnosticDescriptor descriptor, ParsingEvent source, params string[] arguments) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, At(source.Start, source.End), arguments));

        private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }

    private sealed class Frame
    {
        /// <summary>Up to this many keys a mapping's keys are searched one by one; an entry has fewer, and needs no dictionary.</summary>
        private const int KeysSearchedInOrder = 16;

        // A list's items or a group's pairs, never both.
        private readonly List<YamlNode> items = null!;
        private readonly List<YamlPair> pairs = null!;
        private Dictionary<string, YamlNode>? keys;

        public Frame(ParsingEvent start)
        {
            Start = start;
            if (start is SequenceStart)
            {
                items = new();
            }
            else
            {
                pairs = new();
            }
        }

        public ParsingEvent Start { get; }

        public List<YamlNode> Items => items;

        public YamlNode? PendingKey { get; set; }

        /// <summary>The key node of the pair already read with this key, if any.</summary>
        public YamlNode? FirstKey(string key)
        {
            if (keys is not null)
            {
                return keys.TryGetValue(key, out var first) ? first : null;
            }

            foreach (var pair in pairs)
            {
                if (string.Equals(pair.Key.Value, key, StringComparison.Ordinal))
                {
                    return pair.Key;
                }
            }

            return null;
        }

        public void AddPair(YamlPair pair)
        {
            pairs.Add(pair);
            if (keys is not null)
            {
                keys.Add(pair.Key.Value!, pair.Key);
            }
            else if (pairs.Count > KeysSearchedInOrder)
            {
                keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                foreach (var added in pairs)
                {
                    keys.Add(added.Key.Value!, added.Key);
                }
            }
        }

        public YamlNode Build(YamlSpan span) => Start is SequenceStart
            ? new YamlNode(YamlNodeKind.Sequence, null, false, span, items.ToEquatableArray(), EquatableArray<YamlPair>.Empty)
            : new YamlNode(YamlNodeKind.Mapping, null, false, span, EquatableArray<YamlNode>.Empty, pairs.ToEquatableArray());
    }

    private sealed class NestingTooDeepException : Exception
    {
    }
}
