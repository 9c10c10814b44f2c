namespace SahelData.Generators;

/// <summary>Names of the pipeline steps, so tests can check what each run recomputed.</summary>
internal static class TrackingNames
{
    public const string Schema = nameof(Schema);
    public const string SchemaSet = nameof(SchemaSet);
    public const string SchemaDiagnostics = nameof(SchemaDiagnostics);
    public const string RecordLocations = nameof(RecordLocations);
    public const string ValidSchema = nameof(ValidSchema);
    public const string DataRoot = nameof(DataRoot);
    public const string DataLimits = nameof(DataLimits);
    public const string NearMisses = nameof(NearMisses);
    public const string IntegrityTests = nameof(IntegrityTests);
    public const string NamedMembers = nameof(NamedMembers);
    public const string OutputSettings = nameof(OutputSettings);
    public const string ReferencedSchema = nameof(ReferencedSchema);
    public const string BoundFiles = nameof(BoundFiles);
    public const string FileIds = nameof(FileIds);
    public const string IdIndex = nameof(IdIndex);
    public const string FileContents = nameof(FileContents);
    public const string LinkedFiles = nameof(LinkedFiles);
    public const string FileKeys = nameof(FileKeys);
    public const string LinkedCollections = nameof(LinkedCollections);
    public const string LinkDiagnostics = nameof(LinkDiagnostics);
    public const string NameClashes = nameof(NameClashes);
    public const string MemberDecisions = nameof(MemberDecisions);
    public const string Resolved = nameof(Resolved);
    public const string ResolvedChunks = nameof(ResolvedChunks);
    public const string CollectionOutputs = nameof(CollectionOutputs);
    public const string EmittedCollections = nameof(EmittedCollections);
    public const string EmittedChunks = nameof(EmittedChunks);
    public const string IntegrityReadings = nameof(IntegrityReadings);
    public const string IntegrityCases = nameof(IntegrityCases);
    public const string CollectionFacts = nameof(CollectionFacts);
}
