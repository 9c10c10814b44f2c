using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SahelData.Compiler.Binding;
using SahelData.Compiler.Compilation;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Integrity;
using SahelData.Compiler.Linking;
using SahelData.Compiler.Model;
using SahelData.Compiler.Parsing;
using SahelData.Compiler.Resolving;
using SahelData.Compiler.Schema;
using SahelData.Generators.Emission;
using SahelData.Generators.Parsing;
using SahelData.Generators.Reporting;

namespace SahelData.Generators;

/// <summary>
/// Compiles the YAML data files of a project into typed, immutable C# collections. Schema (the records) and data
/// (the YAML) are read into equatable specs, bound, linked, then emitted; each stage lives in its own folder.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SahelDataGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property that names the data folder; without it a file's collection is its parent folder.</summary>
    public const string DataDirectoryOption = "build_property.SahelDataDirectory";

    /// <summary>The MSBuild property that, set to false, leaves out the named member of each entry (for very large datasets).</summary>
    public const string NamedMembersOption = "build_property.SahelDataNamedMembers";

    /// <summary>The MSBuild property with which a test project asks for integrity tests of the datasets it references.</summary>
    public const string IntegrityTestsOption = "build_property.SahelDataIntegrityTests";

    /// <summary>The MSBuild property that raises the longest text a data file may hold (characters; default 10,000).</summary>
    public const string MaxTextLengthOption = "build_property.SahelDataMaxTextLength";

    /// <summary>The MSBuild property that raises the largest data file (bytes; default 1 MiB).</summary>
    public const string MaxFileSizeOption = "build_property.SahelDataMaxFileSize";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The attributes that declare collections ([Collection], [ReverseIndex], [Acyclic], [ValueRange]) are public
        // types of the run-time library the generated code calls; nothing is injected into the compilation.
        var settings = ReadSettings(context);
        var schema = ReadSchema(context, settings);
        var boundFiles = BindFiles(context, schema, settings);
        var linked = Link(context, schema, boundFiles, settings);
        Resolve(context, schema, linked, settings);
        EmitFacts(context, schema);
    }

    /// <summary>
    /// Each collection's registry, from the schema alone (resolved by the core, written by
    /// <see cref="CollectionFactsEmitter"/>): a data edit leaves it cached.
    /// </summary>
    private static void EmitFacts(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionSpec>> schema)
    {
        var facts = schema
            .SelectMany(static (collections, _) => collections.Where(static c => !c.IsReferenced).Select(c => (Collection: c, Schema: collections)))
            .Select(static (input, _) => DataStages.CollectionFacts(input.Collection, input.Schema))
            .WithTrackingName(TrackingNames.CollectionFacts);
        context.RegisterSourceOutput(facts, static (output, result) =>
        {
            Report(output, result.Diagnostics);
            if (result.Facts is { } resolved)
            {
                Emit(output, resolved.Spec, CollectionFactsEmitter.FileName(resolved), resolved, CollectionFactsEmitter.Emit);
            }
        });
    }

    /// <summary>The project's settings, each its own step so that a change of one re-runs only what reads it.</summary>
    private static Settings ReadSettings(IncrementalGeneratorInitializationContext context)
    {
        var integrityTests = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(IntegrityTestsOption, out var value)
                && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(TrackingNames.IntegrityTests);
        var dataRoot = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(DataDirectoryOption, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null)
            .WithTrackingName(TrackingNames.DataRoot);
        var limits = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => DataLimits.From(
                options.GlobalOptions.TryGetValue(MaxTextLengthOption, out var text) ? text : null,
                options.GlobalOptions.TryGetValue(MaxFileSizeOption, out var file) ? file : null))
            .WithTrackingName(TrackingNames.DataLimits);
        var namedMembers = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => !(options.GlobalOptions.TryGetValue(NamedMembersOption, out var value)
                && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase)))
            .WithTrackingName(TrackingNames.NamedMembers);

        // Titles and paths in generated docs come from the project (its assembly name, its data folder), never from a
        // domain. Selecting the name alone keeps the step cached across code edits.
        var output = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty)
            .Combine(dataRoot)
            .Combine(namedMembers)
            .Select(static (input, _) => new OutputSettings(input.Right, input.Left.Left, DataFolders.NameOf(input.Left.Right)))
            .WithTrackingName(TrackingNames.OutputSettings);
        return new Settings(integrityTests, dataRoot, limits, namedMembers, output);
    }

    /// <summary>
    /// The schema: the records marked as collections (or, in a test project that declares none, the collections
    /// compiled into the assemblies it references), through the gate that lets only compilable collections on.
    /// </summary>
    private static IncrementalValueProvider<EquatableArray<CollectionSpec>> ReadSchema(IncrementalGeneratorInitializationContext context, Settings settings)
    {
        var schemaResults = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SchemaReader.CollectionAttributeName,
                static (node, _) => node is TypeDeclarationSyntax,
                SchemaReader.Read)
            .WithTrackingName(TrackingNames.Schema);
        context.RegisterSourceOutput(schemaResults, static (output, result) => Report(output, result.Diagnostics));

        // A project tests the collections it compiles; one that compiles none (a test project) tests those compiled
        // into the assemblies it references.
        var referencedSchema = context.CompilationProvider
            .Combine(settings.IntegrityTests)
            .Select(static (input, cancellationToken) => input.Right
                ? Stage.Guard("reading the schemas of the referenced assemblies", () => SchemaReader.ReadReferenced(input.Left, cancellationToken), error => new ReferencedSchema(EquatableArray<CollectionSpec>.Empty, new[] { error }.ToEquatableArray()))
                : ReferencedSchema.None)
            .WithTrackingName(TrackingNames.ReferencedSchema);

        var declared = schemaResults
            .Select(static (result, _) => result.Collection)
            .Collect()
            .Combine(referencedSchema)
            .Select(static (input, _) => new DeclaredSchema(
                input.Left
                    .Where(c => c is not null)
                    .Select(c => c!)
                    .Concat(input.Left.IsEmpty ? input.Right.Collections : EquatableArray<CollectionSpec>.Empty)
                    .OrderBy(c => c.Folder, StringComparer.Ordinal)
                    .ThenBy(c => c.RecordTypeName, StringComparer.Ordinal)
                    .ToEquatableArray(),
                input.Right.Diagnostics))
            .WithTrackingName(TrackingNames.SchemaSet);

        // Where each record is declared changes with any edit above it; only schema diagnostics read it.
        var recordLocations = schemaResults
            .Where(static result => result.Collection is not null && result.Location is not null)
            .Select(static (result, _) => new RecordLocation(result.Collection!.RecordTypeName, result.Location!))
            .WithTrackingName(TrackingNames.RecordLocations)
            .Collect();
        var schemaDiagnostics = declared
            .Combine(recordLocations)
            .Select(static (input, _) => Stage.Guard("checking the schema", () => input.Left.Diagnostics.Concat(SchemaValidator.Validate(input.Left.Collections, input.Right)).ToEquatableArray()))
            .WithTrackingName(TrackingNames.SchemaDiagnostics);
        context.RegisterSourceOutput(schemaDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        // Only the collections that pass the gate flow on; a rejected one is reported above, at its record.
        return declared
            .Select(static (input, _) => Stage.Guard("checking the schema", () => SchemaValidator.Accepted(input.Collections), _ => EquatableArray<CollectionSpec>.Empty))
            .WithTrackingName(TrackingNames.ValidSchema);
    }

    /// <summary>The additional files that are data files under the project's data folder.</summary>
    private static IncrementalValuesProvider<AdditionalText> DataFiles(IncrementalGeneratorInitializationContext context, Settings settings) =>
        context.AdditionalTextsProvider
            .Combine(settings.DataRoot)
            .Where(static pair => DataFolders.IsDataFile(pair.Left.Path, pair.Right))
            .Select(static (pair, _) => pair.Left);

    /// <summary>Each data file parsed and bound on its own, so an edit re-reads one file.</summary>
    private static IncrementalValuesProvider<BoundFile> BindFiles(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionSpec>> schema, Settings settings)
    {
        // The props pass files whose names look meant as data (notes.yaml.txt, Notes.YAML) so that each gets a warning
        // instead of being ignored without a word; only the path is read.
        var nearMisses = context.AdditionalTextsProvider
            .Combine(settings.DataRoot)
            .Select(static (pair, _) => Stage.Guard<DiagnosticInfo?>("checking file names", () => DataFolders.NearMissWarning(pair.Left.Path, pair.Right), error => error))
            .Where(static warning => warning is not null)
            .WithTrackingName(TrackingNames.NearMisses);
        context.RegisterSourceOutput(nearMisses, static (output, warning) => Report(output, new[] { warning! }));

        // Parsed and bound in one step: the driver keeps each step's outputs for the next run, and a step of parsed
        // trees would keep the largest thing the generator makes alive for the whole build.
        var boundFiles = DataFiles(context, settings)
            .Combine(settings.Limits)
            .Combine(schema)
            .Combine(settings.DataRoot)
            .Select(static (input, cancellationToken) => DataStages.ParseAndBind(
                input.Left.Left.Left.Path,
                () => input.Left.Left.Left.GetText(cancellationToken)?.ToString(),
                input.Left.Left.Right,
                input.Left.Right,
                input.Right,
                cancellationToken))
            .WithTrackingName(TrackingNames.BoundFiles);
        context.RegisterSourceOutput(boundFiles, static (output, file) => Report(output, file.ParseDiagnostics.Concat(file.File.Diagnostics)));
        return boundFiles.Select(static (file, _) => file.File);
    }

    /// <summary>
    /// Linking in stages. The id index reads only the files' ids, so a value edit leaves it cached; each file is
    /// then linked against it on its own, from its content without locations, so that an edit re-links one file
    /// and an edit that only moves text re-links none.
    /// </summary>
    private static Linked Link(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionSpec>> schema, IncrementalValuesProvider<BoundFile> boundFiles, Settings settings)
    {
        var idIndex = boundFiles
            .Select(static (file, _) => DatasetLinker.IdsOf(file))
            .WithTrackingName(TrackingNames.FileIds)
            .Where(static ids => ids is not null)
            .Select(static (ids, _) => ids!)
            .Collect()
            .Combine(schema)
            .Select(static (input, cancellationToken) => DataStages.Index(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.IdIndex);
        var linkedFiles = boundFiles
            .Select(static (file, _) => DatasetLinker.ContentOf(file))
            .WithTrackingName(TrackingNames.FileContents)
            .Combine(idIndex.Combine(schema))
            .Select(static (input, cancellationToken) => DataStages.LinkFile(input.Left, input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.LinkedFiles)
            .Where(static file => file is not null)
            .Select(static (file, _) => file!);

        // Names and references are all the collection-wide tables read from a file: a description edit leaves them
        // equal, and every collection's tables cached.
        var linkedCollections = linkedFiles
            .Combine(schema)
            .Select(static (input, _) => DataStages.KeysOf(input.Left, input.Right))
            .WithTrackingName(TrackingNames.FileKeys)
            .Where(static keys => keys is not null)
            .Select(static (keys, _) => keys!)
            .Collect()
            .Combine(idIndex.Combine(schema))
            .Select(static (input, cancellationToken) => DataStages.LinkCollections(input.Left, input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.LinkedCollections);

        // Problems are located in the files only here, the one step that reads locations: it runs after any edit, and
        // costs a look-up per problem.
        var locatedFiles = boundFiles.Collect();
        var linkDiagnostics = locatedFiles
            .Combine(idIndex)
            .Combine(linkedFiles.Collect())
            .Combine(linkedCollections.Combine(schema))
            .Select(static (input, _) => DataStages.LinkDiagnostics(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.LinkDiagnostics);
        context.RegisterSourceOutput(linkDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        // Which collections get named members depends on their sizes: decided once the ids are indexed, and equal (so
        // nothing downstream re-runs) unless a collection crosses the limit.
        var decisions = settings.Output
            .Combine(idIndex.Combine(schema))
            .Select(static (input, _) => DataStages.DecideNamedMembers(input.Left, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.MemberDecisions);
        context.RegisterSourceOutput(decisions, static (output, decided) => Report(output, decided.Diagnostics));
        var output = decisions.Select(static (decided, _) => decided.Settings);

        var nameClashes = locatedFiles
            .Combine(idIndex.Combine(schema))
            .Combine(output)
            .Select(static (input, _) => input.Right.NamedMembers
                ? DataStages.NameClashes(input.Left.Left, input.Left.Right.Left, input.Left.Right.Right.Where(c => input.Right.HasNamedMembers(c.Folder)).ToEquatableArray())
                : EquatableArray<DiagnosticInfo>.Empty)
            .WithTrackingName(TrackingNames.NameClashes);
        context.RegisterSourceOutput(nameClashes, static (output, diagnostics) => Report(output, diagnostics));
        return new Linked(linkedFiles, linkedCollections, output);
    }

    /// <summary>
    /// Each collection is resolved on its own, from linked keys that hold no location and no stored value, so an edit
    /// re-resolves only the collections whose ids, names or references it changed; each file's stored values are
    /// resolved in chunks of a few entries, each emitted on its own, so a value edit re-emits one chunk.
    /// </summary>
    private static void Resolve(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionSpec>> schema, Linked linked, Settings settings)
    {
        var resolved = linked.Collections
            .SelectMany(static (collections, _) => collections)
            .Combine(schema.Combine(linked.Output))
            .Select(static (input, cancellationToken) => DataStages.Resolve(input.Left, input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Resolved);
        context.RegisterSourceOutput(resolved, static (output, result) => Report(output, result.Diagnostics));

        var chunks = linked.Files
            .Combine(schema.Combine(linked.Output))
            .SelectMany(static (input, cancellationToken) => DataStages.ResolveChunks(input.Left, input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ResolvedChunks);
        context.RegisterSourceOutput(chunks, static (output, result) => Report(output, result.Diagnostics));

        var collections = resolved
            .Where(static result => result.Collection is not null)
            .Select(static (result, _) => result.Collection!)
            .WithTrackingName(TrackingNames.CollectionOutputs);
        context.RegisterSourceOutput(
            collections.Where(static collection => !collection.Spec.IsReferenced).WithTrackingName(TrackingNames.EmittedCollections),
            static (output, collection) => Emit(output, collection.Spec, collection.Spec.ClassName, collection, CollectionEmitter.Emit));
        context.RegisterSourceOutput(
            chunks
                .Where(static result => result.Chunk is not null && !result.Chunk.Spec.IsReferenced)
                .Select(static (result, _) => result.Chunk!)
                .WithTrackingName(TrackingNames.EmittedChunks),
            static (output, chunk) => Emit(output, chunk.Spec, ChunkEmitter.FileName(chunk), chunk, ChunkEmitter.Emit));
        EmitIntegrityTests(context, schema, collections, settings);
    }

    /// <summary>
    /// A test project's integrity tests: the expected side read from the data files apart from the stages under test
    /// (only when the project asks for the tests), the cases decided per collection, then written.
    /// </summary>
    private static void EmitIntegrityTests(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionSpec>> schema, IncrementalValuesProvider<ResolvedCollection> collections, Settings settings)
    {
        var readings = DataFiles(context, settings)
            .Combine(settings.IntegrityTests)
            .Where(static pair => pair.Right)
            .Select(static (pair, _) => pair.Left)
            .Combine(schema.Combine(settings.DataRoot))
            .Select(static (input, cancellationToken) => DataStages.ReadForIntegrityTests(input.Left.Path, () => input.Left.GetText(cancellationToken)?.ToString(), input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.IntegrityReadings);
        context.RegisterSourceOutput(readings, static (output, reading) => Report(output, reading.Diagnostics));

        var cases = collections
            .Combine(settings.IntegrityTests)
            .Where(static input => input.Right)
            .Select(static (input, _) => input.Left)
            .Combine(readings.Where(static r => r.Reading is not null).Select(static (r, _) => r.Reading!).Collect())
            .Select(static (input, _) => DataStages.IntegrityCases(input.Left, input.Right))
            .WithTrackingName(TrackingNames.IntegrityCases);
        context.RegisterSourceOutput(
            cases,
            static (output, result) =>
            {
                Report(output, result.Diagnostics);
                if (result.Cases is { } decided)
                {
                    Emit(output, decided.Spec, decided.ClassName, decided, IntegrityTestEmitter.Emit);
                }
            });
    }

    private static void Emit<T>(SourceProductionContext output, CollectionSpec spec, string fileName, T resolved, Func<T, System.Threading.CancellationToken, string> emit)
    {
        // Adding the source is inside the guard too: the schema gate keeps hint names unique, and should it ever
        // fail to, the build gets a located-by-message SAHEL9999 rather than CS8785 and no generated code at all.
        var hintName = (spec.Namespace.Length == 0 ? fileName : spec.Namespace + "." + fileName) + ".g.cs";
        Report(output, Stage.Guard(
            $"writing the code of {spec.Folder}/ ({hintName})",
            () =>
            {
                output.AddSource(hintName, SourceText.From(emit(resolved, output.CancellationToken), Encoding.UTF8));
                return EquatableArray<DiagnosticInfo>.Empty;
            }));
    }

    /// <summary>The project's settings as pipeline values.</summary>
    private sealed record Settings(
        IncrementalValueProvider<bool> IntegrityTests,
        IncrementalValueProvider<string?> DataRoot,
        IncrementalValueProvider<DataLimits> Limits,
        IncrementalValueProvider<bool> NamedMembers,
        IncrementalValueProvider<OutputSettings> Output);

    /// <summary>What linking hands on to resolve: every linked file, and every collection's linked keys.</summary>
    private sealed record Linked(IncrementalValuesProvider<LinkedFile> Files, IncrementalValueProvider<EquatableArray<CollectionKeys>> Collections, IncrementalValueProvider<OutputSettings> Output);

    /// <summary>The collections as declared (before the gate), and the problems reading referenced schemas.</summary>
    private sealed record DeclaredSchema(EquatableArray<CollectionSpec> Collections, EquatableArray<DiagnosticInfo> Diagnostics);

    private static void Report(SourceProductionContext output, System.Collections.Generic.IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(RoslynDiagnostics.ToDiagnostic(diagnostic));
        }
    }
}
