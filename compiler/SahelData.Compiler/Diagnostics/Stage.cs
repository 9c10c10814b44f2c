using System;

namespace SahelData.Compiler.Diagnostics;

/// <summary>
/// The one guard every transform of the pipeline runs behind: an exception that escapes a stage is a bug of the
/// compiler, never of the data, and it becomes a <see cref="DiagnosticCatalog.InternalError"/> that says what was
/// being done, so a host (the build, a tool, an editor) always gets an answer instead of a crash.
/// </summary>
internal static class Stage
{
    /// <summary>Runs <paramref name="transform"/>; on failure returns what <paramref name="failed"/> makes of the internal error.</summary>
    /// <param name="doing">What the stage was doing, e.g. <c>linking data/books/a.yaml</c>: completes "failed while …".</param>
    /// <param name="transform">The stage's work.</param>
    /// <param name="failed">The stage's result when it failed, made from the internal error.</param>
    public static T Guard<T>(string doing, Func<T> transform, Func<DiagnosticInfo, T> failed)
    {
        try
        {
            return transform();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return failed(DiagnosticInfo.Create(DiagnosticCatalog.InternalError, null, doing, exception.ToString()));
        }
    }

    /// <summary>Runs a stage that reports problems; on failure its only problem is the internal error.</summary>
    public static Model.EquatableArray<DiagnosticInfo> Guard(string doing, Func<Model.EquatableArray<DiagnosticInfo>> transform) =>
        Guard(doing, transform, error => Model.EquatableArray.ToEquatableArray(new[] { error }));
}
