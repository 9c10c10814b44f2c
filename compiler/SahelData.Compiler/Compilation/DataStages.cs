using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SahelData.Compiler.Binding;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Integrity;
using SahelData.Compiler.Linking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;
using SahelData.Compiler.Resolving;

namespace SahelData.Compiler.Compilation;

/// <summary>
/// The stage functions of the pipeline, each behind <see cref="Stage.Guard{T}"/>: the generator's incremental steps
/// and the batch hosts (<c>sahel check</c>, <c>sahel diff</c>) call exactly these, so every host compiles data the same way and none of them
/// can be taken down by a bug in one stage.
/// </summary>
internal static class DataStages
{
    public static ParsedFile Parse(string path, Func<string?> readText, DataLimits limits, CancellationToken cancellationToken) =>
        Stage.Guard($"reading {path}", () => YamlFileParser.Parse(path, readText, limits, cancellationToken), error => new ParsedFile(path, null, new[] { error }.ToEquatableArray()));

    public static BoundFile Bind(ParsedFile file, EquatableArray<CollectionSpec> schema, string? dataRoot, CancellationToken cancellationToken, bool locateValues = false) =>
        Stage.Guard(
            $"reading the entries of {file.Path}",
            () => EntryBinder.Bind(file, schema, dataRoot, cancellationToken, locateValues),
            error => new BoundFile(file.Path, null, EquatableArray<BoundEntry>.Empty, EquatableArray<EntryLocations>.Empty, new[] { error }.ToEquatableArray()));

    /// <summary>
    /// Parses and binds one file in one go, keeping only what binding makes of it and the parser's diagnostics. A host
    /// that keeps each file's result between runs (the generator's driver) would otherwise keep every file's parsed
    /// tree, the largest thing it holds, for as long as the build runs. The price: a change to the schema parses every
    /// file again, not only binds it.
    /// </summary>
    public static BoundFileWithParse ParseAndBind(string path, Func<string?> readText, DataLimits limits, EquatableArray<CollectionSpec> schema, string? dataRoot, CancellationToken cancellationToken)
    {
        var parsed = Parse(path, readText, limits, cancellationToken);
        return new BoundFileWithParse(Bind(parsed, schema, dataRoot, cancellationToken), parsed.Diagnostics);
    }

    public static IdIndex Index(IEnumerable<FileIds> files, EquatableArray<CollectionSpec> schema, CancellationToken cancellationToken) =>
        Stage.Guard(
            "indexing the ids of the dataset",
            () => DatasetLinker.Index(files, schema, cancellationToken),
            error => new IdIndex(EquatableArray<CollectionIds>.Empty, EquatableArray<string>.Empty, new[] { error }.ToEquatableArray()));

    public static LinkedFile? LinkFile(BoundFile file, IdIndex index, EquatableArray<CollectionSpec> schema, CancellationToken cancellationToken) =>
        DatasetLinker.LinkFile(file, index, schema, cancellationToken);

    public static FileKeys? KeysOf(LinkedFile file, EquatableArray<CollectionSpec> schema) =>
        Stage.Guard(
            $"reading the names and references of {file.Path}",
            () => DatasetLinker.KeysOf(file, schema),
            error => new FileKeys(file.Folder, file.File, EquatableArray<int>.Empty, EquatableArray<EntryKeys>.Empty) { Errors = new[] { error }.ToEquatableArray() });

    public static EquatableArray<CollectionKeys> LinkCollections(IReadOnlyList<FileKeys> files, IdIndex index, EquatableArray<CollectionSpec> schema, CancellationToken cancellationToken) =>
        DatasetLinker.LinkCollections(files, index, schema, cancellationToken);

    public static EquatableArray<DiagnosticInfo> LinkDiagnostics(
        IReadOnlyList<BoundFile> files,
        IdIndex index,
        IReadOnlyList<LinkedFile> linked,
        IReadOnlyList<CollectionKeys> collections,
        EquatableArray<CollectionSpec> schema) =>
        Stage.Guard("locating the problems of linking", () => DatasetLinker.Diagnostics(files, index, linked, collections, schema));

    public static EquatableArray<DiagnosticInfo> NameClashes(IReadOnlyList<BoundFile> files, IdIndex index, EquatableArray<CollectionSpec> schema) =>
        Stage.Guard("checking the member names", () => DatasetLinker.NameClashes(files, index, schema));

    public static (OutputSettings Settings, EquatableArray<DiagnosticInfo> Diagnostics) DecideNamedMembers(OutputSettings settings, IdIndex index, EquatableArray<CollectionSpec> schema) =>
        NamedMembersPolicy.Decide(settings, index, schema);

    public static ResolveResult Resolve(CollectionKeys keys, EquatableArray<CollectionSpec> schema, OutputSettings settings, CancellationToken cancellationToken) =>
        DatasetResolver.Resolve(keys, schema, settings, cancellationToken);

    public static ImmutableArray<ChunkResult> ResolveChunks(LinkedFile file, EquatableArray<CollectionSpec> schema, OutputSettings settings, CancellationToken cancellationToken) =>
        Stage.Guard(
            $"resolving {file.Path}",
            () => DatasetResolver.ResolveChunks(file, schema, settings, cancellationToken),
            error => ImmutableArray.Create(new ChunkResult(null, new[] { error }.ToEquatableArray())));

    public static CollectionFactsResult CollectionFacts(CollectionSpec spec, EquatableArray<CollectionSpec> schema) =>
        CollectionFactsResolver.Resolve(spec, schema);

    /// <summary>A data file as the integrity tests expect it, read apart from the stages they check (<see cref="IntegrityReading"/>).</summary>
    public static (FileReading? Reading, EquatableArray<DiagnosticInfo> Diagnostics) ReadForIntegrityTests(string path, Func<string?> readText, EquatableArray<CollectionSpec> schema, string? dataRoot, CancellationToken cancellationToken) =>
        Stage.Guard<(FileReading?, EquatableArray<DiagnosticInfo>)>(
            $"reading {path} for the integrity tests",
            () => (IntegrityReading.Read(path, readText(), schema, dataRoot, cancellationToken), EquatableArray<DiagnosticInfo>.Empty),
            error => (null, new[] { error }.ToEquatableArray()));

    /// <summary>The cases of a collection's integrity tests, from the collection as resolved and the files as read for the tests.</summary>
    public static (IntegrityCases? Cases, EquatableArray<DiagnosticInfo> Diagnostics) IntegrityCases(ResolvedCollection collection, IEnumerable<FileReading> readings) =>
        Stage.Guard<(IntegrityCases?, EquatableArray<DiagnosticInfo>)>(
            $"deciding the integrity tests of {collection.Spec.Folder}/",
            () => (IntegrityCasesResolver.Resolve(collection, readings), EquatableArray<DiagnosticInfo>.Empty),
            error => (null, new[] { error }.ToEquatableArray()));
}
