using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SahelData.Cli.Lsp;

/// <summary>
/// Re-checks the workspace a moment after the last edit, off the message loop, and publishes the build's diagnostics
/// for every file whose diagnostics changed: a keystroke only records the text, and a burst of keystrokes costs one
/// check. A check overtaken by a newer edit is cancelled between files; a stale result is never published.
/// </summary>
internal sealed class DiagnosticsPublisher : IDisposable
{
    private readonly Workspace workspace;
    private readonly Func<PublishDiagnosticsParams, Task> publish;
    private readonly Func<IEnumerable<string>> openFiles;
    private readonly TimeSpan delay;
    private readonly object gate = new();
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly TaskCompletionSource<WorkspaceSnapshot> first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HashSet<string> published = new(StringComparer.Ordinal);
    private CancellationTokenSource? pending;
    private WorkspaceSnapshot? latest;

    public DiagnosticsPublisher(Workspace workspace, Func<PublishDiagnosticsParams, Task> publish, Func<IEnumerable<string>> openFiles, TimeSpan delay)
    {
        this.workspace = workspace;
        this.publish = publish;
        this.openFiles = openFiles;
        this.delay = delay;
    }

    /// <summary>The newest finished analysis, perhaps a keystroke behind: what completion reads, so that it never waits.</summary>
    public Task<WorkspaceSnapshot> Latest() => Volatile.Read(ref latest) is { } snapshot ? Task.FromResult(snapshot) : first.Task;

    /// <summary>An analysis of the texts as they are now: the newest one when no edit came after it, else a new one.</summary>
    public async Task<WorkspaceSnapshot> Current(CancellationToken cancellationToken)
    {
        var snapshot = await Latest().ConfigureAwait(false);
        if (snapshot.Version == workspace.Version)
        {
            return snapshot;
        }

        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Keep(workspace.Analyze(cancellationToken));
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Checks again after the debounce delay, cancelling a check that has not finished.</summary>
    public void Schedule()
    {
        CancellationToken token;
        lock (gate)
        {
            pending?.Cancel();
            pending?.Dispose();
            pending = new CancellationTokenSource();
            token = pending.Token;
        }

        _ = Task.Run(() => RunAsync(token), CancellationToken.None);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
            WorkspaceSnapshot snapshot;
            try
            {
                snapshot = Keep(workspace.Analyze(cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
                await PublishAsync(snapshot).ConfigureAwait(false);
            }
            finally
            {
                oneAtATime.Release();
            }

            // The entries, for the completion that usually follows an edit, once the diagnostics are out; a newer
            // edit does not wait for them.
            if (!cancellationToken.IsCancellationRequested)
            {
                _ = snapshot.Entries;
            }
        }
        catch (OperationCanceledException)
        {
            // A newer edit scheduled its own check.
        }
    }

    private WorkspaceSnapshot Keep(WorkspaceSnapshot snapshot)
    {
        if (Volatile.Read(ref latest) is not { } previous || previous.Version <= snapshot.Version)
        {
            Volatile.Write(ref latest, snapshot);
        }

        first.TrySetResult(snapshot);
        return snapshot;
    }

    /// <summary>Publishes every file that has diagnostics now, had some before (to clear them) or is open.</summary>
    private async Task PublishAsync(WorkspaceSnapshot snapshot)
    {
        var now = snapshot.Diagnostics.Where(d => d.Location is not null).Select(d => d.Location!.FilePath).ToHashSet(StringComparer.Ordinal);
        var files = now.Union(published).Union(openFiles()).OrderBy(p => p, StringComparer.Ordinal).ToList();
        published = now;
        foreach (var file in files)
        {
            var diagnostics = snapshot.DiagnosticsOf(file).Select(Conversions.ToDiagnostic).ToList();
            await publish(new PublishDiagnosticsParams(Conversions.ToUri(file), null, diagnostics)).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            pending?.Cancel();
            pending?.Dispose();
            pending = null;
        }

        oneAtATime.Dispose();
    }
}
