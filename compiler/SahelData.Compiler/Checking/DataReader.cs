using System.Collections.Generic;
using System.Threading;
using SahelData.Compiler.Compilation;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;

namespace SahelData.Compiler.Checking;

/// <summary>
/// Reads a data directory with the build's stages and hands tools its entries as plain values, each with the place
/// it was written: what <c>sahel diff</c> compares and what provenance checks read. A shortcut for
/// <see cref="DataCompilation.Entries"/>.
/// </summary>
public static class DataReader
{
    /// <summary>The entries of every YAML file under <paramref name="dataDirectory"/> (<c>*.yaml</c> and <c>*.yml</c>).</summary>
    /// <param name="dataDirectory">The data folder: one sub-folder per collection.</param>
    /// <param name="schema">The collections, usually read with <see cref="DatasetSchema.Of(System.Reflection.Assembly)"/>.</param>
    /// <param name="cancellationToken">Stops the reading between files.</param>
    public static DataSnapshot Read(string dataDirectory, DatasetSchema schema, CancellationToken cancellationToken = default) =>
        DataSnapshot.Of(DataCompilation.FromDirectory(dataDirectory, schema, cancellationToken));

    /// <summary>The entries of files given as texts (for example read from a git revision) under <paramref name="dataDirectory"/>.</summary>
    /// <param name="dataDirectory">The data folder the paths lie in; the paths decide each file's collection.</param>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="cancellationToken">Stops the reading between files.</param>
    public static DataSnapshot Read(string dataDirectory, IEnumerable<KeyValuePair<string, string>> files, DatasetSchema schema, CancellationToken cancellationToken = default) =>
        Read(dataDirectory, files, schema, DataLimits.Default, cancellationToken);

    /// <summary>The entries of files given as texts, read with the limits a project sets.</summary>
    /// <param name="dataDirectory">The data folder the paths lie in; the paths decide each file's collection.</param>
    /// <param name="files">Each file's full path and text.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="limits">The limits the build of the data uses.</param>
    /// <param name="cancellationToken">Stops the reading between files.</param>
    public static DataSnapshot Read(string dataDirectory, IEnumerable<KeyValuePair<string, string>> files, DatasetSchema schema, DataLimits limits, CancellationToken cancellationToken = default) =>
        DataSnapshot.Of(DataCompilation.FromTexts(dataDirectory, files, schema, limits, cancellationToken));

    /// <summary>Reads a file as the compiler reads an additional file: UTF-8 unless a byte-order mark says otherwise.</summary>
    /// <param name="path">The file.</param>
    public static string ReadText(string path) => DataCompilation.ReadText(path);
}

/// <summary>What <see cref="DataReader"/> read: the entries that bound, and every problem found on the way.</summary>
public sealed class DataSnapshot
{
    /// <summary>The entries and problems of <paramref name="compilation"/>.</summary>
    /// <param name="compilation">A compilation of the data.</param>
    public static DataSnapshot Of(DataCompilation compilation) => new(compilation.Entries, compilation.Diagnostics);

    internal DataSnapshot(IReadOnlyList<DataEntry> entries, IReadOnlyList<DiagnosticInfo> diagnostics)
    {
        Entries = entries;
        Diagnostics = diagnostics;
    }

    /// <summary>Every entry with a readable id, in file order.</summary>
    public IReadOnlyList<DataEntry> Entries { get; }

    /// <summary>Every problem the build reports for the data, sorted by file and position.</summary>
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
