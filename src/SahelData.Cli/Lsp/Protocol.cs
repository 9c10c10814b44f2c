using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SahelData.Cli.Lsp;

// The part of the Language Server Protocol 3.17 this server speaks, as plain records serialized by a source-generated
// context (LspJson), so that the native tool needs no reflection to read or write a message.

internal sealed record Position(int Line, int Character);

internal sealed record Range(Position Start, Position End);

internal sealed record Location(string Uri, Range Range);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

internal sealed record WorkspaceFolder(string Uri, string? Name);

internal sealed record InitializeParams(string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders, JsonElement? InitializationOptions);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record ServerInfo(string Name, string? Version);

internal sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    RenameOptions RenameProvider,
    CodeActionOptions CodeActionProvider);

/// <summary>Change 1 is "full": each change carries the whole text, which the core re-reads anyway.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

internal sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);

internal sealed record RenameOptions(bool PrepareProvider);

internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record TextDocumentContentChangeEvent(string Text, Range? Range);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record ReferenceContext(bool IncludeDeclaration);

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

internal sealed record CodeActionContext(IReadOnlyList<Diagnostic>? Diagnostics);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

internal sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

/// <summary>Kinds from the protocol's CompletionItemKind.</summary>
internal static class CompletionItemKind
{
    public const int Field = 5;
    public const int Value = 12;
    public const int EnumMember = 20;
    public const int Reference = 18;
}

internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, string? InsertText, string? FilterText, string? SortText);

internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

internal sealed record Hover(MarkupContent Contents, Range? Range);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic> Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(IReadOnlyList<Location>))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(IReadOnlyList<CodeAction>))]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(object))]
internal sealed partial class LspJson : JsonSerializerContext;
