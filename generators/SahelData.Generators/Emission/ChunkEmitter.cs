using System.Globalization;
using System.Threading;
using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;

namespace SahelData.Generators.Emission;

/// <summary>
/// Writes one chunk of a YAML file's entries as a part of their collection class: their stored values and texts,
/// the method that reads one of them (through the collection's shared reader), and their named members. It reads
/// nothing of other chunks, so a value edit re-emits this part alone.
/// </summary>
internal sealed class ChunkEmitter
{
    private readonly ResolvedChunk chunk;
    private readonly CollectionSpec spec;
    private readonly SourceWriter writer = new();

    private ChunkEmitter(ResolvedChunk chunk)
    {
        this.chunk = chunk;
        spec = chunk.Spec;
    }

    private string Record => spec.RecordTypeName;

    public static string Emit(ResolvedChunk chunk, CancellationToken cancellationToken) => new ChunkEmitter(chunk).EmitFile();

    /// <summary>The generated file's name, after the class and the chunk's number.</summary>
    public static string FileName(ResolvedChunk chunk) => chunk.Spec.ClassName + ".Chunk" + chunk.Chunk.ToString(CultureInfo.InvariantCulture);

    /// <summary>The method that reads an entry of chunk number <paramref name="chunk"/>, by its place in that chunk.</summary>
    public static string ReadMethod(int chunk) => Prefix(chunk) + "Read";

    private static string Prefix(int chunk) => "Data_Chunk" + chunk.ToString(CultureInfo.InvariantCulture);

    private string EmitFile() => CollectionEmitter.WriteClassPart(writer, spec, () =>
    {
        NamedMemberWriter.Write(writer, Record, chunk.Members);
        WriteReader();
    });

    private void WriteReader()
    {
        var prefix = Prefix(chunk.Chunk);
        var stored = chunk.Stored;
        writer.Line();
        writer.Line($"private static {Record} {ReadMethod(chunk.Chunk)}(int entry) =>");
        writer.Line($"    Data_ReadEntry(new {ValueLayout.ChunkType}({prefix}Values, {prefix}EntryStarts, {prefix}EntryStartsWidth, {prefix}Utf8, {prefix}TextBounds, {prefix}TextBoundsWidth, {TypeNames.TextTable}.Of(ref {prefix}Texts, {prefix}TextCount)), entry);");
        writer.Line();
        writer.Line("// Made when one of the chunk's entries is first read, not with the class: see TextTable.Of.");
        writer.Line($"private static {TypeNames.TextTable}? {prefix}Texts;");
        CollectionEmitter.WriteTable(writer, $"{prefix}EntryStarts", stored.EntryStarts, inSizeClass: true);
        writer.Line();
        CollectionEmitter.WriteSpan(writer, $"{prefix}Values", stored.Values, inSizeClass: true);
        CollectionEmitter.WriteTexts(writer, prefix, stored.TextCount, stored.Utf8, stored.TextBounds, inSizeClass: true);
    }
}
