using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SahelData.Compiler.Binding;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Linking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;

namespace SahelData.Compiler.Checking;

/// <summary>
/// Reads a data directory with the build's parser and binder and hands tools its entries as plain values, each
/// with the place it was written: what <c>sahel diff</c> compares and what provenance checks read.
/// </summary>
public static class DataReader
{
    /// <summary>The entries of every YAML file under <paramref name="dataDirectory"/> (<c>*.yaml</c> and <c>*.yml</c>).</summary>
    /// <param name="dataDirectory">The data folder: one sub-folder per collection.</param>
    /// <param name="schema">The collections, usually read with <see cref="DatasetSchema.Of(System.Reflection.Assembly)"/>.</param>
    /// <param name="cancellationToken">Stops the reading between files.</param>
    public static DataSnapshot Read(string dataDirectory, DatasetSchema schema, CancellationToken cancellationToken = default)
    {
        if (dataDirectory is null)
        {
            throw new ArgumentNullException(nameof(dataDirectory));
        }

        var root = Path.GetFullPath(dataDirectory);
        var files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                .Where(p => DataFolders.IsDataFile(p, root))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new KeyValuePair<string, string>(p, ReadText(p)))
            : Enumerable.Empty<KeyValuePair<string, string>>();
        return Read(root, files, schema, cancellationToken);
    }

    /// <summary>The entries of files given as texts (for example read from a git revision) under <paramref name="dataDirectory"/>.</summary>
    /// <param name="dataDirectory">The data folder the paths lie in; the paths decide each file's collection.</param>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="cancellationToken">Stops the reading between files.</param>
    public static DataSnapshot Read(string dataDirectory, IEnumerable<KeyValuePair<string, string>> files, DatasetSchema schema, CancellationToken cancellationToken = default)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        var collections = Schema.SchemaValidator.Accepted(schema.Collections);
        var parsedFiles = new List<ParsedFile>();
        var bound = ImmutableArray.CreateBuilder<BoundFile>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!DataFolders.IsDataFile(file.Key, dataDirectory))
            {
                continue;
            }

            var text = file.Value;
            var parsed = YamlFileParser.Parse(file.Key, () => text, cancellationToken);
            var boundFile = EntryBinder.Bind(parsed, collections, dataDirectory, cancellationToken);
            diagnostics.AddRange(parsed.Diagnostics);
            diagnostics.AddRange(boundFile.Diagnostics);
            parsedFiles.Add(parsed);
            bound.Add(boundFile);
        }

        var linked = DatasetLinker.Link(bound.ToImmutable(), collections, cancellationToken);
        diagnostics.AddRange(linked.Diagnostics);

        var folderOfIdType = collections.GroupBy(c => c.IdTypeName).ToDictionary(g => g.Key, g => g.First().Folder, StringComparer.Ordinal);
        var entries = new List<DataEntry>();
        for (var f = 0; f < bound.Count; f++)
        {
            var file = bound[f];
            var collection = collections.FirstOrDefault(c => c.Folder == file.Folder);
            if (collection is null)
            {
                continue;
            }

            var items = parsedFiles[f].Root is { Kind: YamlNodeKind.Sequence } root ? root.Items : EquatableArray<YamlNode>.Empty;
            var itemOfIdStart = new Dictionary<int, YamlNode>();
            foreach (var item in items)
            {
                if (item.Pairs.FirstOrDefault(p => p.Key.Value == "id")?.Value is { } idNode)
                {
                    itemOfIdStart[idNode.Location.Start] = item;
                }
            }

            for (var e = 0; e < file.Entries.Count; e++)
            {
                var entry = file.Entries[e];
                var idLocation = file.Locations[e].Id;
                itemOfIdStart.TryGetValue(idLocation.Start, out var node);
                var record = (DataRecord)Convert(entry.Value, collection.Fields, node, folderOfIdType);
                var title = collection.TitleFieldIndex >= 0 && record.Fields.FirstOrDefault(x => x.Key == collection.Fields[collection.TitleFieldIndex].Key)?.Value is DataScalar scalar
                    ? scalar.Text
                    : null;
                entries.Add(new DataEntry(collection.Folder, entry.Id, title, file.Path, node?.Location ?? idLocation, record.Fields));
            }
        }

        return new DataSnapshot(entries, diagnostics);
    }

    private static DataValue Convert(BoundValue value, TypeSpec type, YamlNode? node, IReadOnlyDictionary<string, string> folderOfIdType)
    {
        var location = node?.Location;
        switch (value)
        {
            case RecordValue record:
                return Convert(record, type.Fields, node, folderOfIdType);
            case ListValue list:
                var items = new List<DataValue>(list.Items.Count);
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var itemNode = node is not null && node.Items.Count == list.Items.Count ? node.Items[i] : null;
                    items.Add(Convert(list.Items[i], type.Element!, itemNode, folderOfIdType));
                }

                return new DataList(items, location);
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

    private static DataValue Convert(RecordValue record, EquatableArray<FieldSpec> fields, YamlNode? node, IReadOnlyDictionary<string, string> folderOfIdType)
    {
        var converted = new List<DataField>();
        for (var i = 0; i < fields.Count && i < record.Fields.Count; i++)
        {
            if (record.Fields[i] is AbsentValue)
            {
                continue;
            }

            var pair = node?.Pairs.FirstOrDefault(p => p.Key.Value == fields[i].Key);
            converted.Add(new DataField(fields[i].Key, Convert(record.Fields[i], fields[i].Type, pair?.Value, folderOfIdType)));
        }

        return new DataRecord(converted, node?.Location);
    }

    private static string ReadText(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}

/// <summary>What <see cref="DataReader"/> read: the entries that bound, and every problem found on the way.</summary>
public sealed class DataSnapshot
{
    internal DataSnapshot(IReadOnlyList<DataEntry> entries, IReadOnlyList<DiagnosticInfo> diagnostics)
    {
        Entries = entries;
        Diagnostics = diagnostics;
    }

    /// <summary>Every entry with a readable id, in file order.</summary>
    public IReadOnlyList<DataEntry> Entries { get; }

    /// <summary>The parse, bind and link problems (the same the build reports, without the naming checks).</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }
}

/// <summary>One entry of a collection.</summary>
/// <param name="Folder">The collection's folder, e.g. the folder name under the data directory.</param>
/// <param name="Id">The entry's id.</param>
/// <param name="Title">The entry's first text field after its id (its name or title), if it has one.</param>
/// <param name="FilePath">The file it is written in.</param>
/// <param name="Location">Where it starts.</param>
/// <param name="Fields">Its keys with their values, in the model's order; absent keys are left out.</param>
public sealed record DataEntry(string Folder, string Id, string? Title, string FilePath, LocationInfo Location, IReadOnlyList<DataField> Fields);

/// <summary>A key of an entry or of a group of keys, with its value.</summary>
public sealed record DataField(string Key, DataValue Value);

/// <summary>A value as written in a data file, after binding; <see cref="Location"/> is where it stands, when known.</summary>
public abstract record DataValue(LocationInfo? Location);

/// <summary>What a scalar value is.</summary>
public enum DataScalarKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>One of the allowed words of a key.</summary>
    Word,

    /// <summary>A date, written YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    Date,
}

/// <summary>A single value, in its canonical spelling (numbers and dates in invariant form, allowed words in kebab-case).</summary>
public sealed record DataScalar(string Text, DataScalarKind Kind, LocationInfo? Location) : DataValue(Location);

/// <summary>A reference to an entry of the collection in <paramref name="Folder"/>.</summary>
public sealed record DataReference(string Folder, string Id, LocationInfo? Location) : DataValue(Location);

/// <summary>A list of values.</summary>
public sealed record DataList(IReadOnlyList<DataValue> Items, LocationInfo? Location) : DataValue(Location);

/// <summary>A group of keys (a nested record).</summary>
public sealed record DataRecord(IReadOnlyList<DataField> Fields, LocationInfo? Location) : DataValue(Location);
