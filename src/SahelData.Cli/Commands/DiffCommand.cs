using System.CommandLine;
using System.IO;
using SahelData.Cli.Curation;

namespace SahelData.Cli.Commands;

/// <summary>
/// <c>sahel diff BASE HEAD</c>: what changed in the data between two folders or git revisions, by meaning.
/// Only data that compiles is compared: when either side has errors, they are printed, located, instead of a change
/// list. Exit 0 with or without changes, 1 when a side does not compile, 2 on usage, git or I/O errors.
/// </summary>
internal static class DiffCommand
{
    public const string Name = "diff";

    public static Command Create(ToolContext context)
    {
        var before = new Argument<string>("base") { Description = "A data folder, a git revision (main, HEAD~3, a commit) or WORKTREE." };
        var after = new Argument<string>("head") { Description = "The same, for the newer side." };
        var format = new Option<string>("--format")
        {
            Description = "text, markdown (for a pull request's job summary) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command(Name, "Show what changed in the data between two folders or git revisions: entries added, removed, changed field by field, moved. Exit 1, with the errors, when a side does not compile.")
        {
            before, after, format,
        };
        command.SetAction(result =>
        {
            DataVersion baseVersion, headVersion;
            try
            {
                var here = Directory.GetCurrentDirectory();
                baseVersion = DataVersion.Read(result.GetValue(before)!, here);
                headVersion = DataVersion.Read(result.GetValue(after)!, here);
            }
            catch (IOException problem)
            {
                return context.FailIo(problem);
            }

            if (baseVersion.Errors.Count > 0 || headVersion.Errors.Count > 0)
            {
                DiffWriters.DoesNotCompile(baseVersion, headVersion, result.GetValue(format)!, context.Output);
                return 1;
            }

            var diff = DataDiff.Compare(baseVersion, headVersion);
            switch (result.GetValue(format))
            {
                case "markdown":
                    DiffWriters.Markdown(diff, context.Output);
                    break;
                case "json":
                    DiffWriters.Json(diff, context.Output);
                    break;
                default:
                    DiffWriters.Text(diff, context.Output);
                    break;
            }

            return 0;
        });
        return command;
    }
}
