using System.Collections.Generic;
using System.Threading.Tasks;
using PolyType;
using StreamJsonRpc;

namespace SahelData.Cli.Lsp;

/// <summary>
/// The requests and notifications the server answers, by their protocol names. Every one takes the message's
/// params object whole (LSP sends named params); StreamJsonRpc dispatches them in the order they arrive, so a
/// change is always applied before a request that follows it. The shape generated for it lets StreamJsonRpc
/// dispatch to these methods without reflection (the tool also publishes as NativeAOT).
/// </summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ILanguageServer
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    InitializeResult Initialize(InitializeParams parameters);

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    void Initialized(System.Text.Json.JsonElement parameters);

    [JsonRpcMethod("shutdown")]
    object? Shutdown();

    [JsonRpcMethod("exit")]
    void Exit();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    void DidOpen(DidOpenTextDocumentParams parameters);

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    void DidChange(DidChangeTextDocumentParams parameters);

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    void DidSave(DidSaveTextDocumentParams parameters);

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    void DidClose(DidCloseTextDocumentParams parameters);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    Task<CompletionList> Completion(TextDocumentPositionParams parameters);

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    Task<Hover?> Hover(TextDocumentPositionParams parameters);

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    Task<IReadOnlyList<Location>> Definition(TextDocumentPositionParams parameters);

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    Task<IReadOnlyList<Location>> References(ReferenceParams parameters);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    Task<WorkspaceEdit> Rename(RenameParams parameters);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    Task<IReadOnlyList<CodeAction>> CodeAction(CodeActionParams parameters);
}
