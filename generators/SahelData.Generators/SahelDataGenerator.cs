using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SahelData.Compiler.Binding;
using SahelData.Compiler.Diagnostics;
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
        context.RegisterPostInitializationOutput(static c => c.AddSource(SupportEmitter.HintName, SourceText.From(SupportEmitter.Source, Encoding.UTF8)));

        var schemaResults = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SchemaReader.CollectionAttributeName,
                static (node, _) => node is TypeDeclarationSyntax,
                SchemaReader.Read)
            .WithTrackingName(TrackingNames.Schema);
        context.RegisterSourceOutput(schemaResults, static (output, result) => Report(output, result.Diagnostics));

        var integrityTests = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(IntegrityTestsOption, out var value)
                && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(TrackingNames.IntegrityTests);

        // A project tests the collections it compiles; one that compiles none (a test project) tests those compiled
        // into the assemblies it references.
        var referencedSchema = context.CompilationProvider
            .Combine(integrityTests)
            .Select(static (input, cancellationToken) => input.Right
                ? SchemaReader.ReadReferenced(input.Left, cancellationToken)
                : EquatableArray<CollectionSpec>.Empty)
            .WithTrackingName(TrackingNames.ReferencedSchema);

        var schema = schemaResults
            .Select(static (result, _) => result.Collection)
            .Collect()
            .Combine(referencedSchema)
            .Select(static (input, _) => input.Left
                .Where(c => c is not null)
                .Select(c => c!)
                .Concat(input.Left.IsEmpty ? input.Right : EquatableArray<CollectionSpec>.Empty)
                .OrderBy(c => c.Folder, StringComparer.Ordinal)
                .ThenBy(c => c.RecordTypeName, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.SchemaSet);
        // Where each record is declared changes with any edit above it; only schema diagnostics read it.
        var recordLocations = schemaResults
            .Where(static result => result.Collection is not null && result.Location is not null)
            .Select(static (result, _) => new RecordLocation(result.Collection!.RecordTypeName, result.Location!))
            .Collect();
        var schemaDiagnostics = schema
            .Combine(recordLocations)
            .Select(static (input, _) => SchemaValidator.Validate(input.Left, input.Right))
            .WithTrackingName(TrackingNames.SchemaDiagnostics);
        context.RegisterSourceOutput(schemaDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var dataRoot = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(DataDirectoryOption, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null)
            .WithTrackingName(TrackingNames.DataRoot);

        var limits = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => DataLimits.From(
                options.GlobalOptions.TryGetValue(MaxTextLengthOption, out var text) ? text : null,
                options.GlobalOptions.TryGetValue(MaxFileSizeOption, out var file) ? file : null))
            .WithTrackingName(TrackingNames.DataLimits);

        var parsedFiles = context.AdditionalTextsProvider
            .Combine(dataRoot)
            .Where(static pair => DataFolders.IsDataFile(pair.Left.Path, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .Combine(limits)
            .Select(static (pair, cancellationToken) => YamlFileParser.Parse(pair.Left.Path, () => pair.Left.GetText(cancellationToken)?.ToString(), pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);
        context.RegisterSourceOutput(parsedFiles, static (output, file) => Report(output, file.Diagnostics));

        var boundFiles = parsedFiles
            .Combine(schema)
            .Combine(dataRoot)
            .Select(static (input, cancellationToken) => EntryBinder.Bind(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BoundFiles);
        context.RegisterSourceOutput(boundFiles, static (output, file) => Report(output, file.Diagnostics));

        var dataset = boundFiles
            .Collect()
            .Combine(schema)
            .Select(static (input, cancellationToken) => DatasetLinker.Link(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Dataset);
        context.RegisterSourceOutput(dataset, static (output, linked) => Report(output, linked.Diagnostics));

        var namedMembers = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => !(options.GlobalOptions.TryGetValue(NamedMembersOption, out var value)
                && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase)))
            .WithTrackingName(TrackingNames.NamedMembers);

        // Titles and paths in generated docs come from the project (its assembly name, its data folder), never from a
        // domain. Selecting the name alone keeps the step cached across code edits.
        var outputSettings = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty)
            .Combine(dataRoot)
            .Combine(namedMembers)
            .Select(static (input, _) => new OutputSettings(input.Right, input.Left.Left, DataFolders.NameOf(input.Left.Right)))
            .WithTrackingName(TrackingNames.OutputSettings);

        // Each collection is resolved on its own, from linked data that holds no location: an edit re-resolves only
        // the collections whose content it changed, and one that only moves text re-resolves none.
        var resolved = dataset
            .Select(static (linked, _) => linked.Collections)
            .WithTrackingName(TrackingNames.LinkedCollections)
            .SelectMany(static (collections, _) => collections)
            .Combine(schema.Combine(outputSettings))
            .Select(static (input, cancellationToken) => DatasetResolver.Resolve(input.Left, input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Resolved);
        context.RegisterSourceOutput(resolved, static (output, result) => Report(output, result.Diagnostics));
        var nameClashes = resolved
            .Collect()
            .Combine(dataset.Select(static (linked, _) => linked.IdLocations))
            .Select(static (input, _) => DatasetResolver.Diagnostics(input.Left, input.Right));
        context.RegisterSourceOutput(nameClashes, static (output, diagnostics) => Report(output, diagnostics));

        var collections = resolved
            .Where(static result => result.Collection is not null)
            .Select(static (result, _) => result.Collection!)
            .WithTrackingName(TrackingNames.CollectionOutputs);
        context.RegisterSourceOutput(
            collections.Where(static collection => !collection.Spec.IsReferenced).WithTrackingName(TrackingNames.EmittedCollections),
            static (output, collection) => Emit(output, collection, collection.Spec.ClassName, CollectionEmitter.Emit));
        context.RegisterSourceOutput(
            collections.Combine(integrityTests).Where(static input => input.Right).Select(static (input, _) => input.Left).WithTrackingName(TrackingNames.EmittedIntegrityTests),
            static (output, collection) => Emit(output, collection, IntegrityTestEmitter.ClassName(collection.Spec), IntegrityTestEmitter.Emit));
    }

    private static void Emit(SourceProductionContext output, ResolvedCollection collection, string fileName, Func<ResolvedCollection, System.Threading.CancellationToken, string> emit)
    {
        var spec = collection.Spec;
        string source;
        try
        {
            source = emit(collection, output.CancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Report(output, new[] { DiagnosticInfo.Create(DiagnosticCatalog.InternalError, null, $"writing the code of {spec.Folder}/", exception.ToString()) });
            return;
        }

        var hintName = (spec.Namespace.Length == 0 ? fileName : spec.Namespace + "." + fileName) + ".g.cs";
        output.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
    }

    private static void Report(SourceProductionContext output, System.Collections.Generic.IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(RoslynDiagnostics.ToDiagnostic(diagnostic));
        }
    }
}
