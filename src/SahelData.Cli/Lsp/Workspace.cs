using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Compilation;
using SahelData.Compiler.Diagnostics;

namespace SahelData.Cli.Lsp;

/// <summary>
/// The data folder as the editor sees it: the files on disk with the open buffers in their place. The one class of
/// the server that calls the compiler core: everything else reads the <see cref="WorkspaceSnapshot"/>s it makes.
/// </summary>
internal sealed class Workspace
{
    private readonly object gate = new();
    private readonly Dictionary<string, string> buffers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTime Written, string Text)> disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<DataKey>> keysOfFolder = new(StringComparer.Ordinal);
    private long version;
    private DataCompilation? lastCompilation;

    public Workspace(string dataDirectory, DatasetSchema schema)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        Schema = schema;
        foreach (var folder in schema.Folders)
        {
            keysOfFolder[folder] = SchemaKeys.Of(schema, folder);
        }
    }

    public string DataDirectory { get; }

    public DatasetSchema Schema { get; }

    /// <summary>Grows with every edit, so that an analysis can tell whether its texts are still the newest.</summary>
    public long Version => Interlocked.Read(ref version);

    /// <summary>The keys of an entry of the collection in <paramref name="folder"/>.</summary>
    public IReadOnlyList<DataKey> KeysOf(string folder) =>
        keysOfFolder.TryGetValue(folder, out var keys) ? keys : Array.Empty<DataKey>();

    /// <summary>The collection folder a file belongs to (its first folder under the data folder), or null outside it.</summary>
    public string? FolderOf(string path)
    {
        var relative = Path.GetRelativePath(DataDirectory, Path.GetFullPath(path));
        var separator = relative.IndexOfAny(['/', '\\']);
        return relative.StartsWith("..", StringComparison.Ordinal) || separator <= 0 ? null : relative.Substring(0, separator);
    }

    public void SetBuffer(string path, string text)
    {
        lock (gate)
        {
            buffers[path] = text;
            Interlocked.Increment(ref version);
        }
    }

    public void CloseBuffer(string path)
    {
        lock (gate)
        {
            buffers.Remove(path);
            Interlocked.Increment(ref version);
        }
    }

    /// <summary>The text of a file as the editor has it: its buffer when open, else what is on disk.</summary>
    public string? TextOf(string path)
    {
        lock (gate)
        {
            if (buffers.TryGetValue(path, out var text))
            {
                return text;
            }
        }

        return File.Exists(path) ? ReadFile(path) : null;
    }

    /// <summary>
    /// Runs the build's checks over every data file, each open buffer in place of its file on disk. The entries of
    /// the same texts are read when first asked for, so that diagnostics are published after one pass.
    /// </summary>
    /// <remarks>
    /// Each analysis is made from the last one that finished (<see cref="DataCompilation.WithTexts"/>), so a change to
    /// one file parses and binds that file alone; linking and the cross-file rules run over the whole folder, as in
    /// the build.
    /// </remarks>
    public WorkspaceSnapshot Analyze(CancellationToken cancellationToken)
    {
        var texts = CurrentTexts(out var analyzedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        DataCompilation? previous;
        lock (gate)
        {
            previous = lastCompilation;
        }

        var compilation = previous?.WithTexts(texts, cancellationToken) ?? DataCompilation.FromTexts(DataDirectory, texts, Schema, cancellationToken);
        var diagnostics = compilation.Diagnostics;
        lock (gate)
        {
            lastCompilation = compilation;
        }

        return new WorkspaceSnapshot(
            analyzedVersion,
            texts.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
            diagnostics,
            () => compilation.Entries);
    }

    private List<KeyValuePair<string, string>> CurrentTexts(out long analyzedVersion)
    {
        var paths = Directory.Exists(DataDirectory)
            ? Directory.EnumerateFiles(DataDirectory, "*.*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, string> open;
        lock (gate)
        {
            analyzedVersion = Version;
            open = new Dictionary<string, string>(buffers, StringComparer.Ordinal);
        }

        // A buffer not yet saved (a new file) counts as much as one on disk.
        paths.UnionWith(open.Keys.Where(p => FolderOf(p) is not null));
        var texts = new List<KeyValuePair<string, string>>(paths.Count);
        foreach (var path in paths.OrderBy(p => p, StringComparer.Ordinal))
        {
            if (open.TryGetValue(path, out var text) || TryReadCached(path, out text))
            {
                texts.Add(new KeyValuePair<string, string>(path, text));
            }
        }

        return texts;
    }

    /// <summary>A file's text from disk, read again only when it was written since.</summary>
    private bool TryReadCached(string path, out string text)
    {
        try
        {
            var written = File.GetLastWriteTimeUtc(path);
            lock (gate)
            {
                if (disk.TryGetValue(path, out var cached) && cached.Written == written)
                {
                    text = cached.Text;
                    return true;
                }
            }

            text = ReadFile(path);
            lock (gate)
            {
                disk[path] = (written, text);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>Reads a file as the build reads it: UTF-8 unless a byte-order mark says otherwise.</summary>
    private static string ReadFile(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}

/// <summary>What one analysis of the workspace found: the texts it read, the build's diagnostics and the entries.</summary>
internal sealed class WorkspaceSnapshot
{
    private readonly ILookup<string, DiagnosticInfo> diagnosticsOfFile;
    private readonly Lazy<(IReadOnlyList<DataEntry> Entries, Dictionary<(string Folder, string Id), DataEntry> ById)> entries;

    public WorkspaceSnapshot(long version, IReadOnlyDictionary<string, string> texts, IReadOnlyList<DiagnosticInfo> diagnostics, Func<IReadOnlyList<DataEntry>> readEntries)
    {
        Version = version;
        Texts = texts;
        Diagnostics = diagnostics;
        diagnosticsOfFile = diagnostics.Where(d => d.Location is not null).ToLookup(d => d.Location!.FilePath, StringComparer.Ordinal);
        entries = new Lazy<(IReadOnlyList<DataEntry>, Dictionary<(string, string), DataEntry>)>(() =>
        {
            var read = readEntries();
            var byId = new Dictionary<(string Folder, string Id), DataEntry>();
            foreach (var entry in read)
            {
                byId.TryAdd((entry.Folder, entry.Id), entry);
            }

            return (read, byId);
        });
    }

    public long Version { get; }

    public IReadOnlyDictionary<string, string> Texts { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

    /// <summary>Every entry the build reads from the same texts; read on first use (once, whoever asks first).</summary>
    public IReadOnlyList<DataEntry> Entries => entries.Value.Entries;

    public IEnumerable<DiagnosticInfo> DiagnosticsOf(string path) => diagnosticsOfFile[path];

    public DataEntry? Find(string folder, string id) => entries.Value.ById.TryGetValue((folder, id), out var entry) ? entry : null;

    /// <summary>Every place an id of <paramref name="folder"/> is written: its own <c>id</c> key first, then each reference to it.</summary>
    public IEnumerable<(DataEntry In, DataReference At, bool IsDeclaration)> Occurrences(string folder, string id)
    {
        foreach (var entry in Entries)
        {
            foreach (var field in entry.Fields)
            {
                var isId = field.Key == "id" && entry.Folder == folder;
                foreach (var reference in References(field.Value))
                {
                    if (reference.Folder == folder && reference.Id == id)
                    {
                        yield return (entry, reference, isId);
                    }
                }
            }
        }
    }

    /// <summary>The references a value holds, at any depth.</summary>
    public static IEnumerable<DataReference> References(DataValue value)
    {
        switch (value)
        {
            case DataReference reference:
                yield return reference;
                break;
            case DataList list:
                foreach (var item in list.Items.SelectMany(References))
                {
                    yield return item;
                }

                break;
            case DataRecord record:
                foreach (var item in record.Fields.SelectMany(f => References(f.Value)))
                {
                    yield return item;
                }

                break;
        }
    }
}
