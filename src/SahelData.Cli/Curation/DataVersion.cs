using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;
using System.Linq;
using System.Text;
using SahelData.Compiler.Checking;
using SahelData.Compiler.Compilation;
using SahelData.Compiler.Diagnostics;

namespace SahelData.Cli.Curation;

/// <summary>
/// One side of a diff: a data folder on disk, the working tree (<c>WORKTREE</c>), or a git revision read with
/// <c>git archive</c> without checking anything out.
/// </summary>
internal sealed record DataVersion(string Label, string Root, DataSnapshot Snapshot, IReadOnlyList<DiagnosticInfo> Errors)
{
    public const string WorkingTree = "WORKTREE";

    /// <summary>Reads <paramref name="spec"/>; throws <see cref="IOException"/> with a one-line reason when it cannot.</summary>
    public static DataVersion Read(string spec, string currentDirectory)
    {
        if (spec == WorkingTree)
        {
            var data = DataFolder.Find(currentDirectory) ?? throw new IOException(DataFolder.NotFound);
            return FromFolder(spec, data);
        }

        var folder = Path.GetFullPath(spec, currentDirectory);
        if (Directory.Exists(folder))
        {
            // A repository root (or any folder with a data/ inside) stands for its data folder.
            return FromFolder(spec, !DataFolder.IsDataFolder(folder) && DataFolder.IsDataFolder(Path.Combine(folder, "data")) ? Path.Combine(folder, "data") : folder);
        }

        return FromRevision(spec, currentDirectory);
    }

    private static DataVersion FromFolder(string label, string folder) =>
        Compile(label, folder, DataFolder.Files(folder).Select(f => new KeyValuePair<string, string>(f, DataReader.ReadText(f))).ToList());

    /// <summary>
    /// Reads the entries, and checks the files with every rule of the build, with the limits the build reads: a side
    /// with errors is not compared, since what it would drop or misread is no change anyone made.
    /// </summary>
    private static DataVersion Compile(string label, string data, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        var compilation = DataCompilation.FromTexts(data, files, DataFolder.Schema, BuildLimits.Read(data));
        var errors = compilation.Diagnostics.Where(d => d.IsError).ToList();
        return new DataVersion(label, data, DataSnapshot.Of(compilation), errors);
    }

    private static DataVersion FromRevision(string revision, string currentDirectory)
    {
        var top = Git(currentDirectory, ["rev-parse", "--show-toplevel"], $"'{revision}' is neither a folder nor a git revision (not inside a git repository)").Trim();
        var data = DataFolder.Find(currentDirectory) ?? Path.Combine(top, "data");
        var relative = Path.GetRelativePath(top, data).Replace('\\', '/');
        Git(top, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], $"'{revision}' is neither a folder nor a git revision");
        var archive = GitBytes(top, ["archive", "--format=tar", revision, "--", relative], $"'{revision}' has no folder '{relative}'");

        var files = new List<KeyValuePair<string, string>>();
        using var reader = new TarReader(new MemoryStream(archive));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.DataStream is { } stream)
            {
                using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                files.Add(new(Path.GetFullPath(Path.Combine(top, entry.Name)), text.ReadToEnd()));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return Compile(revision, data, files);
    }

    private static string Git(string directory, string[] arguments, string failure) =>
        Encoding.UTF8.GetString(GitBytes(directory, arguments, failure));

    private static byte[] GitBytes(string directory, string[] arguments, string failure)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new IOException("git could not be started");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new IOException(failure + " (git is not installed)");
        }

        using (process)
        {
            using var output = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 ? output.ToArray() : throw new IOException(failure);
        }
    }
}
