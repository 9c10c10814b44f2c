using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SahelData.Compiler.Binding;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Linking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;
using SahelData.Compiler.Resolving;
using SahelData.Compiler.Schema;

namespace SahelData.Compiler.Compilation;

/// <summary>
/// One compilation of a data folder against a dataset schema, the object every host drives: its stages (parsed,
/// bound, id index, linked, resolved) are computed on first use, once, with the very stage functions the source
/// generator's incremental steps call (<see cref="DataStages"/>), so <c>sahel check</c>, <c>sahel diff</c>, the
/// provenance checks and any later host (an editor) see exactly what the build sees, and ask only for what they need.
/// </summary>
public sealed class DataCompilation
{
    private readonly IReadOnlyList<(string Path, Func<string?> Text)> files;

    // The texts the compilation was given (null when it reads files from disk), so that a later compilation of the
    // same folder can tell which files did not change.
    private readonly IReadOnlyDictionary<string, string>? givenTexts;

    // The parse and bind of each file that a later compilation found unchanged in this one (by path), kept as they were.
    private readonly IReadOnlyDictionary<string, (ParsedFile Parsed, BoundFile Bound)> carried;
    private readonly IReadOnlyList<DiagnosticInfo> nearMisses;
    private readonly CancellationToken cancellationToken;
    private readonly Lazy<EquatableArray<CollectionSpec>> collections;
    private readonly Lazy<IReadOnlyList<ParsedFile>> parsed;
    private readonly Lazy<IReadOnlyList<BoundFile>> bound;
    private readonly Lazy<IdIndex> index;
    private readonly Lazy<EquatableArray<LinkedFile>> linked;
    private readonly Lazy<EquatableArray<CollectionKeys>> linkedCollections;
    private readonly Lazy<ResolvedDataset> resolved;
    private readonly Lazy<OutputSettings> output;
    private readonly Lazy<IReadOnlyList<DiagnosticInfo>> diagnostics;
    private readonly Lazy<IReadOnlyList<DataEntry>> entries;

    private DataCompilation(
        string dataDirectory,
        IEnumerable<(string Path, Func<string?> Text)> files,
        DatasetSchema schema,
        DataLimits? limits,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? givenTexts = null,
        IReadOnlyDictionary<string, (ParsedFile Parsed, BoundFile Bound)>? carried = null)
    {
        DataDirectory = dataDirectory;
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Limits = limits ?? DataLimits.Default;
        this.givenTexts = givenTexts;
        this.carried = carried ?? new Dictionary<string, (ParsedFile, BoundFile)>();
        var all = files.ToList();
        this.files = all.Where(f => DataFolders.IsDataFile(f.Path, dataDirectory)).ToList();

        // A name that looks meant as data (notes.yaml.txt, Notes.YAML) is reported, as the build does.
        nearMisses = all.Where(f => !DataFolders.IsDataFile(f.Path, dataDirectory))
            .Select(f => DataFolders.NearMissWarning(f.Path, dataDirectory))
            .Where(w => w is not null)
            .Select(w => w!)
            .ToList();
        this.cancellationToken = cancellationToken;
        collections = new Lazy<EquatableArray<CollectionSpec>>(() => SchemaValidator.Accepted(schema.Collections));
        parsed = new Lazy<IReadOnlyList<ParsedFile>>(() => this.files
            .Select(f => this.carried.TryGetValue(f.Path, out var kept) ? kept.Parsed : DataStages.Parse(f.Path, f.Text, Limits, Token()))
            .ToList());
        bound = new Lazy<IReadOnlyList<BoundFile>>(() => Parsed
            .Select(f => this.carried.TryGetValue(f.Path, out var kept) && ReferenceEquals(kept.Parsed, f) ? kept.Bound : DataStages.Bind(f, Collections, DataDirectory, Token(), locateValues: true))
            .ToList());
        index = new Lazy<IdIndex>(() => DataStages.Index(Bound.Select(DatasetLinker.IdsOf).Where(f => f is not null).Select(f => f!), Collections, Token()));
        linked = new Lazy<EquatableArray<LinkedFile>>(() => Bound.Select(f => DataStages.LinkFile(DatasetLinker.ContentOf(f), Index, Collections, Token())).Where(f => f is not null).Select(f => f!).ToEquatableArray());
        linkedCollections = new Lazy<EquatableArray<CollectionKeys>>(() => DataStages.LinkCollections(
            Linked.Select(f => DataStages.KeysOf(f, Collections)).Where(k => k is not null).Select(k => k!).ToList(), Index, Collections, Token()));
        output = new Lazy<OutputSettings>(() => DataStages.DecideNamedMembers(OutputSettings.Default with { NamedMembers = Schema.NamedMembers }, Index, Collections).Settings);
        resolved = new Lazy<ResolvedDataset>(() => ResolveAll(output.Value));
        diagnostics = new Lazy<IReadOnlyList<DiagnosticInfo>>(CollectDiagnostics);
        entries = new Lazy<IReadOnlyList<DataEntry>>(ReadEntries);
    }

    /// <summary>The data folder, as a full path; the files' paths below it decide their collections.</summary>
    public string DataDirectory { get; }

    /// <summary>The schema the data is compiled against.</summary>
    public DatasetSchema Schema { get; }

    /// <summary>The limits the build of the data uses (<c>SahelDataMaxTextLength</c>, <c>SahelDataMaxFileSize</c>).</summary>
    public DataLimits Limits { get; }

    /// <summary>The data files compiled (<c>*.yaml</c>, <c>*.yml</c> under <see cref="DataDirectory"/>).</summary>
    public int FileCount => files.Count;

    /// <summary>
    /// Every problem the build would report for this data (schema, syntax, binding, linking, names), sorted by file,
    /// position, id and message; each prints with <see cref="DiagnosticInfo.ToString"/> exactly as the build does.
    /// Resolving the values is not needed for that and is not done.
    /// </summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics => diagnostics.Value;

    /// <summary>Every entry with a readable id, in file order, with the place of each of its values.</summary>
    public IReadOnlyList<DataEntry> Entries => entries.Value;

    internal EquatableArray<CollectionSpec> Collections => collections.Value;

    internal IReadOnlyList<ParsedFile> Parsed => parsed.Value;

    internal IReadOnlyList<BoundFile> Bound => bound.Value;

    internal IdIndex Index => index.Value;

    internal EquatableArray<LinkedFile> Linked => linked.Value;

    internal EquatableArray<CollectionKeys> LinkedCollections => linkedCollections.Value;

    internal ResolvedDataset Resolved => resolved.Value;

    /// <summary>Whether anything asked for the resolved dataset yet (checking alone never does).</summary>
    internal bool IsResolved => resolved.IsValueCreated;

    /// <summary>The data files under <paramref name="dataDirectory"/>, each read when the compilation first needs it.</summary>
    /// <param name="dataDirectory">The data folder: one sub-folder per collection.</param>
    /// <param name="schema">The collections, usually read with <see cref="DatasetSchema.Of(System.Reflection.Assembly)"/>.</param>
    /// <param name="cancellationToken">Stops the stages between files.</param>
    public static DataCompilation FromDirectory(string dataDirectory, DatasetSchema schema, CancellationToken cancellationToken = default) =>
        FromDirectory(dataDirectory, schema, DataLimits.Default, cancellationToken);

    /// <summary>The data files under <paramref name="dataDirectory"/>, read with the limits a project sets.</summary>
    /// <param name="dataDirectory">The data folder: one sub-folder per collection.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="limits">The limits the build of the data uses.</param>
    /// <param name="cancellationToken">Stops the stages between files.</param>
    public static DataCompilation FromDirectory(string dataDirectory, DatasetSchema schema, DataLimits limits, CancellationToken cancellationToken = default)
    {
        if (dataDirectory is null)
        {
            throw new ArgumentNullException(nameof(dataDirectory));
        }

        var root = Path.GetFullPath(dataDirectory);
        var paths = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(p => DataFolders.IsDataFile(p, root) || DataFolders.NearMiss(p, root) is not null).OrderBy(p => p, StringComparer.Ordinal).ToList()
            : new List<string>();
        return new DataCompilation(root, paths.Select(p => (p, (Func<string?>)(() => ReadText(p)))), schema, limits, cancellationToken);
    }

    /// <summary>Files given as texts (unsaved editor buffers, a git revision) under <paramref name="dataDirectory"/>.</summary>
    /// <param name="dataDirectory">The data folder the paths lie in; the paths decide each file's collection.</param>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="cancellationToken">Stops the stages between files.</param>
    public static DataCompilation FromTexts(string dataDirectory, IEnumerable<KeyValuePair<string, string>> files, DatasetSchema schema, CancellationToken cancellationToken = default) =>
        FromTexts(dataDirectory, files, schema, DataLimits.Default, cancellationToken);

    /// <summary>Files given as texts, read with the limits a project sets.</summary>
    /// <param name="dataDirectory">The data folder the paths lie in; the paths decide each file's collection.</param>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="limits">The limits the build of the data uses.</param>
    /// <param name="cancellationToken">Stops the stages between files.</param>
    public static DataCompilation FromTexts(string dataDirectory, IEnumerable<KeyValuePair<string, string>> files, DatasetSchema schema, DataLimits limits, CancellationToken cancellationToken = default)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var given = files.ToList();
        return new DataCompilation(dataDirectory, given.Select(f => (f.Key, (Func<string?>)(() => f.Value))), schema, limits, cancellationToken, TextsByPath(given));
    }

    /// <summary>
    /// The same folder, schema and limits over new texts (an editor's buffers after a change): a file whose path and
    /// text are those this compilation was given keeps the parse and bind this compilation made of it, when it made
    /// them; every other file, and every later stage, is compiled anew. What it finds is exactly what
    /// <see cref="FromTexts(string, IEnumerable{KeyValuePair{string, string}}, DatasetSchema, DataLimits, CancellationToken)"/>
    /// finds for the same texts: parsing and binding read nothing but the file's own text and the schema.
    /// </summary>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="cancellationToken">Stops the stages between files.</param>
    public DataCompilation WithTexts(IEnumerable<KeyValuePair<string, string>> files, CancellationToken cancellationToken = default)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var given = files.ToList();
        var texts = TextsByPath(given);
        var kept = new Dictionary<string, (ParsedFile, BoundFile)>(StringComparer.Ordinal);
        if (givenTexts is not null && parsed.IsValueCreated && bound.IsValueCreated)
        {
            for (var i = 0; i < this.files.Count; i++)
            {
                var path = this.files[i].Path;
                if (givenTexts.TryGetValue(path, out var before) && texts.TryGetValue(path, out var now) && string.Equals(now, before, StringComparison.Ordinal))
                {
                    kept[path] = (Parsed[i], Bound[i]);
                }
            }
        }

        return new DataCompilation(DataDirectory, given.Select(f => (f.Key, (Func<string?>)(() => f.Value))), Schema, Limits, cancellationToken, texts, kept);
    }

    /// <summary>How many files kept their parse and bind from the compilation this one was made from.</summary>
    internal int CarriedFileCount => carried.Count;

    private static Dictionary<string, string> TextsByPath(IEnumerable<KeyValuePair<string, string>> files)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            texts[file.Key] = file.Value;
        }

        return texts;
    }

    /// <summary>Reads a file as the compiler reads an additional file: UTF-8 unless a byte-order mark says otherwise.</summary>
    internal static string ReadText(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private CancellationToken Token()
    {
        cancellationToken.ThrowIfCancellationRequested();
        return cancellationToken;
    }

    private ResolvedDataset ResolveAll(OutputSettings settings)
    {
        var collections = LinkedCollections.Select(keys => DataStages.Resolve(keys, Collections, settings, Token())).ToList();
        var chunks = Linked.SelectMany(file => DataStages.ResolveChunks(file, Collections, settings, Token())).ToList();
        return new ResolvedDataset(
            collections.Where(r => r.Collection is not null).Select(r => r.Collection!).ToEquatableArray(),
            chunks.Where(r => r.Chunk is not null).Select(r => r.Chunk!).ToEquatableArray(),
            collections.SelectMany(r => r.Diagnostics).Concat(chunks.SelectMany(r => r.Diagnostics)).ToEquatableArray());
    }

    private IReadOnlyList<DiagnosticInfo> CollectDiagnostics()
    {
        var all = new List<DiagnosticInfo>(SchemaValidator.Validate(Schema.Collections, Array.Empty<RecordLocation>()));
        all.AddRange(nearMisses);
        foreach (var (file, boundFile) in Parsed.Zip(Bound, (p, b) => (p, b)))
        {
            all.AddRange(file.Diagnostics);
            all.AddRange(boundFile.Diagnostics);
        }

        all.AddRange(DataStages.LinkDiagnostics(Bound, Index, Linked, LinkedCollections, Collections));
        if (Schema.NamedMembers)
        {
            all.AddRange(DataStages.NameClashes(Bound, Index, Collections.Where(c => output.Value.HasNamedMembers(c.Folder)).ToEquatableArray()));
        }

        return all
            .OrderBy(d => d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Start ?? -1)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }

    private IReadOnlyList<DataEntry> ReadEntries()
    {
        var specs = Collections;
        var folderOfIdType = specs.ToDictionary(c => c.IdTypeName, c => c.Folder, StringComparer.Ordinal);
        var result = new List<DataEntry>();
        foreach (var file in Bound)
        {
            var collection = specs.FirstOrDefault(c => c.Folder == file.Folder);
            if (collection is null)
            {
                continue;
            }

            for (var e = 0; e < file.Entries.Count; e++)
            {
                var entry = file.Entries[e];
                var located = file.Locations[e];
                var valueLocations = located.Values.ToDictionary(v => v.Path, v => v.Location, StringComparer.Ordinal);
                var record = new EntryConverter(valueLocations, folderOfIdType).Record(entry.Value, collection.Fields, string.Empty);
                var title = collection.TitleFieldIndex >= 0 && record.Fields.FirstOrDefault(x => x.Key == collection.Fields[collection.TitleFieldIndex].Key)?.Value is DataScalar scalar
                    ? scalar.Text
                    : null;
                result.Add(new DataEntry(collection.Folder, entry.Id, title, file.Path, record.Location ?? located.Id, record.Fields));
            }
        }

        return result;
    }

    /// <summary>Turns a bound entry into the tools' plain values, each with the place the binder recorded for its key path.</summary>
    private sealed class EntryConverter
    {
        private readonly IReadOnlyDictionary<string, LocationInfo> valueLocations;
        private readonly IReadOnlyDictionary<string, string> folderOfIdType;

        public EntryConverter(IReadOnlyDictionary<string, LocationInfo> valueLocations, IReadOnlyDictionary<string, string> folderOfIdType)
        {
            this.valueLocations = valueLocations;
            this.folderOfIdType = folderOfIdType;
        }

        public DataRecord Record(RecordValue record, EquatableArray<FieldSpec> fields, string path)
        {
            var converted = new List<DataField>();
            for (var i = 0; i < fields.Count && i < record.Fields.Count; i++)
            {
                if (record.Fields[i] is not AbsentValue)
                {
                    converted.Add(new DataField(fields[i].Key, Value(record.Fields[i], fields[i].Type, ValueLocation.Child(path, fields[i].Key))));
                }
            }

            return new DataRecord(converted, At(path));
        }

        private DataValue Value(BoundValue value, TypeSpec type, string path)
        {
            var location = At(path);
            switch (value)
            {
                case RecordValue record:
                    return Record(record, type.Fields, path);
                case ListValue list:
                    return new DataList(list.Items.Select((item, i) => Value(item, type.Element!, ValueLocation.Item(path, i))).ToList(), location);
                case ReferenceValue reference:
                    return new DataReference(folderOfIdType.TryGetValue(reference.TargetIdType, out var folder) ? folder : string.Empty, reference.Id, location);
                case StringValue text:
                    return new DataScalar(text.Value, DataScalarKind.Text, location);
                case BooleanValue boolean:
                    return new DataScalar(boolean.Value ? "true" : "false", DataScalarKind.Boolean, location);
                case IntegerValue integer:
                    return new DataScalar(integer.Value.ToString(CultureInfo.InvariantCulture), DataScalarKind.Number, location);
                case DecimalValue number:
                    return new DataScalar(number.Value.ToString(CultureInfo.InvariantCulture), DataScalarKind.Number, location);
                case DoubleValue real:
                    return new DataScalar(real.Value.ToString("R", CultureInfo.InvariantCulture), DataScalarKind.Number, location);
                case EnumValue word:
                    return new DataScalar(type.Members.FirstOrDefault(m => m.Value == word.Value)?.YamlName ?? word.Value.ToString(CultureInfo.InvariantCulture), DataScalarKind.Word, location);
                case DateValue date:
                    var written = date.Year.ToString("D4", CultureInfo.InvariantCulture)
                        + (date.Month > 0 ? "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture) : string.Empty)
                        + (date.Day > 0 ? "-" + date.Day.ToString("D2", CultureInfo.InvariantCulture) : string.Empty);
                    return new DataScalar(written, DataScalarKind.Date, location);
                default:
                    return new DataScalar(string.Empty, DataScalarKind.Text, location);
            }
        }

        private LocationInfo? At(string path) => valueLocations.TryGetValue(path, out var location) ? location : null;
    }
}
