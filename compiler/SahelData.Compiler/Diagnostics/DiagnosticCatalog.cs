using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SahelData.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable and documented in docs/diagnostics.md;
/// messages are written for the curator who edits the YAML, and always say what to write instead.
/// </summary>
public static class DiagnosticCatalog
{
    private const string SchemaCategory = "SahelData.Schema";

    public static readonly DiagnosticDescriptor YamlSyntax = Error(
        "SAHEL0001", "The file is not valid YAML", "This line is not valid YAML: {0}. {1}", DataCategory);

    public static readonly DiagnosticDescriptor FileShape = Error(
        "SAHEL0002", "A data file must be a list of entries", "{0}", DataCategory);

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "SAHEL0003", "Unknown key", "'{0}' is not a key of {1}. {2}", DataCategory);

    public static readonly DiagnosticDescriptor MissingKey = Error(
        "SAHEL0004", "Required key missing", "This {0} has no '{1}'. Add a line such as '{1}: {2}' ({3}).", DataCategory);

    public static readonly DiagnosticDescriptor WrongType = Error(
        "SAHEL0005", "Value of the wrong kind", "'{0}' should be {1}, but this is {2}. {3}", DataCategory);

    public static readonly DiagnosticDescriptor EnumValue = Error(
        "SAHEL0006", "Value not in the allowed list", "'{0}' is not an allowed value of '{1}'. {2}Write one of: {3}.", DataCategory);

    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "SAHEL0007", "Invalid date", "'{0}' is not a valid date for '{1}': {2}. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-07 or 2024-07-27.", DataCategory);

    public static readonly DiagnosticDescriptor InvalidId = Error(
        "SAHEL0008", "Invalid id", "'{0}' is not a valid id: {1}. Ids use lower-case letters a-z, digits and single hyphens, and start with a letter, e.g. '{2}'.", DataCategory);

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "SAHEL0009", "Duplicate id", "The id '{0}' is already used in {1} at {2}. Give this entry another id, or merge the two entries.", DataCategory);

    public static readonly DiagnosticDescriptor DanglingReference = Error(
        "SAHEL0010", "Reference to an entry that does not exist", "'{0}' does not match any entry in {1}. {2}", DataCategory);

    public static readonly DiagnosticDescriptor UnsupportedYaml = Error(
        "SAHEL0011", "YAML feature not supported in data files", "{0} are not supported in data files: {1}.", DataCategory);

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "SAHEL0012", "Key written twice", "'{0}' is written twice in the same entry (first at line {1}). Keep one of them.", DataCategory);

    public static readonly DiagnosticDescriptor UnknownFolder = Error(
        "SAHEL0013", "File outside any collection folder", "This file is in '{0}', which is not a collection folder, so none of its entries would be used. Move it into one of: {1}.", DataCategory);

    public static readonly DiagnosticDescriptor ReferenceCycle = Error(
        "SAHEL0014", "References go round in a circle", "'{0}' leads back to itself through '{1}': {2}. Remove one of these links.", DataCategory);

    public static readonly DiagnosticDescriptor InvalidText = Error(
        "SAHEL0015", "Text holds a character that cannot be stored", "This text holds {0}. Delete it or retype the text.", DataCategory);

    public static readonly DiagnosticDescriptor ReservedName = Error(
        "SAHEL0016", "Id clashes with a generated name", "The id '{0}' becomes the C# name '{1}', which {2}. Choose another id, e.g. '{3}'.", DataCategory);

    public static readonly DiagnosticDescriptor NumberOutOfRange = Error(
        "SAHEL0017", "Number out of range", "'{0}' is too large or too small for '{1}'. Write {2}.", DataCategory);

    // Limits on what one pull request can add.
    public static readonly DiagnosticDescriptor TextTooLong = Error(
        "SAHEL0020", "Text too long", "This text is {0} characters long; a text may hold at most {1}. Shorten it, or split it into several entries. (A project raises the limit with the MSBuild property SahelDataMaxTextLength.)", DataCategory);

    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "SAHEL0021", "Data file too large", "This file is {0} bytes long and passes the limit of {1} bytes at this line. Split it into several files in the same folder. (A project raises the limit with the MSBuild property SahelDataMaxFileSize.)", DataCategory);

    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "SAHEL0022", "Data file not saved as UTF-8", "This file is saved as {0}, but data files are read as UTF-8. Save it again as UTF-8 (in most editors: Save As, then Encoding: UTF-8).", DataCategory);

    public static readonly DiagnosticDescriptor NotDataFileName = Warning(
        "SAHEL0023", "File in the data folder not read", "'{0}' is not read: only files whose names end in '.yaml' or '.yml', in lower case, are data. If it holds entries, rename it to '{1}'; if it is a copy or a backup, move it out of the data folder.", DataCategory);

    public static readonly DiagnosticDescriptor DocumentNotFound = Error(
        "SAHEL0201", "Cited document not found", "The document '{0}' is not in {1}. Check the file name, or add the document to that folder.", ProvenanceCategory);

    public static readonly DiagnosticDescriptor QuoteNotVerbatim = Error(
        "SAHEL0202", "Quote not found word for word", "This quote is not found word for word in {0}: '{1}'. Copy the words exactly as the document prints them (quotation marks, dashes, case and spacing may differ), or quote a shorter part that is.", ProvenanceCategory);

    public static readonly DiagnosticDescriptor CopiedProse = Error(
        "SAHEL0203", "Text copies a document's sentences", "'{0}' repeats {1} words in a row from {2}: '… {3} …'. Say it in your own words; a speaker's own words belong in a quote.", ProvenanceCategory);

    public static readonly DiagnosticDescriptor NearlyCopiedProse = Warning(
        "SAHEL0204", "Text nearly copies a document's sentences", "'{0}' repeats a run of {1} words from {2} with only {3} of them changed; the document reads: '{4}'. Say it in your own words; a speaker's own words belong in a quote, exactly as printed.", ProvenanceCategory);

    public static readonly DiagnosticDescriptor UnsupportedProperty = Error(
        "SAHEL1001", "Property type not supported by the dataset generator", "Property '{0}' has type '{1}', which data files cannot hold: {2}", SchemaCategory);

    public static readonly DiagnosticDescriptor InvalidCollection = Error(
        "SAHEL1002", "Invalid collection declaration", "{0}", SchemaCategory);

    public static readonly DiagnosticDescriptor NamedMembersLeftOut = Info(
        "SAHEL1003", "Named members left out", "The collection {0} has {1} entries, more than the {2} that get named members by default, so its entries have none ({3}.Get and {3}.Find still find each one). Set 'NamedMembers = true' on its [Collection] attribute to generate them anyway, at a cost in build time, or 'NamedMembers = false' to say they are not wanted.", SchemaCategory);

    public static readonly DiagnosticDescriptor InternalError = Error(
        "SAHEL9999", "The dataset generator failed", "The dataset generator failed while {0}: {1}. This is a bug in the generator, not in the data; please report it with this message.", "SahelData.Internal");

    /// <summary>Every descriptor of the catalog, in id order: the one list documentation and tests derive from.</summary>
    public static readonly IReadOnlyList<DiagnosticDescriptor> All = typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The category of problems in data files (as opposed to the schema, or the generator itself).</summary>
    public const string DataCategory = "SahelData.Data";

    /// <summary>
    /// The category of problems found by checking data against the documents it cites (<c>sahel check --documents</c>);
    /// the build itself does not see the documents.
    /// </summary>
    public const string ProvenanceCategory = "SahelData.Provenance";

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) => new(id, title, message, category);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category) => new(id, title, message, category) { Severity = DiagnosticLevel.Warning };

    private static DiagnosticDescriptor Info(string id, string title, string message, string category) => new(id, title, message, category) { Severity = DiagnosticLevel.Info };
}
