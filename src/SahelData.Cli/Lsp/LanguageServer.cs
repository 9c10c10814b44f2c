using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SahelData.Cli.Curation;
using StreamJsonRpc;

namespace SahelData.Cli.Lsp;

/// <summary>
/// <c>sahel lsp</c>: a Language Server Protocol server over standard input and output for the data files, on
/// StreamJsonRpc. Diagnostics are the build's own; completion, hover, definition, references, rename and fixes read
/// the same analysis.
/// </summary>
internal sealed class LanguageServer : ILanguageServer, IDisposable
{
    /// <summary>How long the server waits after an edit before checking: one check for a burst of keystrokes.</summary>
    public static readonly TimeSpan DebounceDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>The protocol's "request failed" error code, for a rename the server refuses.</summary>
    private const int RequestFailed = -32803;

    private readonly string? dataDirectoryOption;
    private readonly ConcurrentDictionary<string, byte> open = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? rpc;
    private Workspace? workspace;
    private DiagnosticsPublisher? publisher;

    private LanguageServer(string? dataDirectoryOption)
    {
        this.dataDirectoryOption = dataDirectoryOption;
    }

    /// <summary>Serves one client over the two streams until it exits or disconnects; 0 after an orderly shutdown.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, string? dataDirectory)
    {
        using var server = new LanguageServer(dataDirectory);
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, CreateFormatter()));
        server.rpc = rpc;
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape<ILanguageServer>(), server, null);
        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, server.exited.Task).ConfigureAwait(false);
        return server.exited.Task.IsCompleted ? 0 : 1;
    }

    // The formatter reads and writes every message type through the source-generated LspJson context, so the native
    // tool needs no reflection for them; StreamJsonRpc marks the formatter as needing it because of what it cannot
    // see (types of arbitrary user objects), which this server never passes.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every payload type is in the source-generated LspJson context.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every payload type is in the source-generated LspJson context.")]
    private static SystemTextJsonFormatter CreateFormatter() => new()
    {
        JsonSerializerOptions = new JsonSerializerOptions(LspJson.Default.Options),
    };

    public InitializeResult Initialize(InitializeParams parameters)
    {
        var root = dataDirectoryOption
            ?? FindData(parameters.WorkspaceFolders?.Select(f => Conversions.ToPath(f.Uri)))
            ?? FindData(parameters.RootUri is { } uri ? [Conversions.ToPath(uri)] : null)
            ?? FindData(parameters.RootPath is { } rootPath ? [rootPath] : null)
            ?? FindData([Directory.GetCurrentDirectory()])
            ?? Path.Combine(Directory.GetCurrentDirectory(), "data");
        workspace = new Workspace(root, DataFolder.Schema);
        publisher = new DiagnosticsPublisher(workspace, PublishAsync, () => open.Keys, DebounceDelay);
        publisher.Schedule();
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: 1),
                new CompletionOptions([":", " ", "[", ",", "-"]),
                HoverProvider: true,
                DefinitionProvider: true,
                ReferencesProvider: true,
                new RenameOptions(PrepareProvider: false),
                new CodeActionOptions(["quickfix"])),
            new ServerInfo("sahel", typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion));
    }

    private static string? FindData(IEnumerable<string>? folders) =>
        folders?.Select(DataFolder.Find).FirstOrDefault(f => f is not null);

    public void Initialized(JsonElement parameters)
    {
    }

    public object? Shutdown() => null;

    public void Exit() => exited.TrySetResult();

    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var path = Conversions.ToPath(parameters.TextDocument.Uri);
        open[path] = 0;
        Edited(path, parameters.TextDocument.Text);
    }

    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        // Full synchronization: the last change holds the whole text.
        if (parameters.ContentChanges.Count > 0)
        {
            Edited(Conversions.ToPath(parameters.TextDocument.Uri), parameters.ContentChanges[^1].Text);
        }
    }

    public void DidSave(DidSaveTextDocumentParams parameters)
    {
    }

    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        var path = Conversions.ToPath(parameters.TextDocument.Uri);
        open.TryRemove(path, out _);
        Ready.Workspace.CloseBuffer(path);
        Ready.Publisher.Schedule();
    }

    private void Edited(string path, string text)
    {
        Ready.Workspace.SetBuffer(path, text);
        Ready.Publisher.Schedule();
    }

    public async Task<CompletionList> Completion(TextDocumentPositionParams parameters)
    {
        var (workspace, publisher) = Ready;
        var path = Conversions.ToPath(parameters.TextDocument.Uri);

        // The cursor's context comes from the text as it is now; the ids from the newest check, without waiting for another.
        var snapshot = await publisher.Latest().ConfigureAwait(false);
        var text = workspace.TextOf(path) ?? string.Empty;
        return DataFeatures.Complete(workspace, snapshot, path, text, parameters.Position);
    }

    public async Task<Hover?> Hover(TextDocumentPositionParams parameters)
    {
        var (workspace, publisher) = Ready;
        var path = Conversions.ToPath(parameters.TextDocument.Uri);
        var snapshot = await publisher.Current(CancellationToken.None).ConfigureAwait(false);
        return DataFeatures.HoverAt(workspace, snapshot, path, snapshot.Texts.TryGetValue(path, out var text) ? text : string.Empty, parameters.Position);
    }

    public async Task<IReadOnlyList<Location>> Definition(TextDocumentPositionParams parameters)
    {
        var snapshot = await Ready.Publisher.Current(CancellationToken.None).ConfigureAwait(false);
        return DataFeatures.Definition(snapshot, Conversions.ToPath(parameters.TextDocument.Uri), parameters.Position);
    }

    public async Task<IReadOnlyList<Location>> References(ReferenceParams parameters)
    {
        var snapshot = await Ready.Publisher.Current(CancellationToken.None).ConfigureAwait(false);
        return DataFeatures.References(snapshot, Conversions.ToPath(parameters.TextDocument.Uri), parameters.Position, parameters.Context?.IncludeDeclaration ?? true);
    }

    public async Task<WorkspaceEdit> Rename(RenameParams parameters)
    {
        var snapshot = await Ready.Publisher.Current(CancellationToken.None).ConfigureAwait(false);
        var (edit, refusal) = DataFeatures.Rename(snapshot, Conversions.ToPath(parameters.TextDocument.Uri), parameters.Position, parameters.NewName);
        return edit ?? throw new LocalRpcException(refusal) { ErrorCode = RequestFailed };
    }

    public Task<IReadOnlyList<CodeAction>> CodeAction(CodeActionParams parameters)
    {
        var path = Conversions.ToPath(parameters.TextDocument.Uri);
        var text = Ready.Workspace.TextOf(path) ?? string.Empty;
        return Task.FromResult(DataFeatures.Fixes(parameters.TextDocument.Uri, text, parameters.Context?.Diagnostics ?? []));
    }

    private (Workspace Workspace, DiagnosticsPublisher Publisher) Ready =>
        workspace is not null && publisher is not null
            ? (workspace, publisher)
            : throw new LocalRpcException("The server is not initialized yet: send initialize first.") { ErrorCode = -32002 };

    private Task PublishAsync(PublishDiagnosticsParams parameters) =>
        rpc!.NotifyWithParameterObjectAsync(
            "textDocument/publishDiagnostics",
            new Dictionary<string, object?> { ["uri"] = parameters.Uri, ["diagnostics"] = parameters.Diagnostics },
            new Dictionary<string, Type> { ["uri"] = typeof(string), ["diagnostics"] = typeof(IReadOnlyList<Diagnostic>) });

    public void Dispose() => publisher?.Dispose();
}
