using System;
using System.CommandLine;
using System.IO;
using SahelData.Cli.Lsp;

namespace SahelData.Cli.Commands;

/// <summary>
/// <c>sahel lsp</c>: the language server for the data files, over standard input and output, for editors (see
/// docs/editors.md). It finds the data folder from the editor's workspace unless <c>--data</c> names it.
/// </summary>
internal static class LspCommand
{
    public static Command Create(ToolContext context)
    {
        var data = new Option<string?>("--data")
        {
            Description = "The data folder (default: the data/ folder of the editor's workspace, or of the current folder).",
        };

        // Editors' generic clients often pass --stdio; standard input and output are the only transport anyway.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport)." };
        var command = new Command("lsp", "Run the language server for the data files over standard input and output: the build's diagnostics as you type, completion of ids, keys and words, hover, go to definition, references, rename and fixes.")
        {
            data, stdio,
        };
        command.SetAction(result =>
        {
            var folder = result.GetValue(data) is { } given ? Path.GetFullPath(given) : null;
            if (folder is not null && !Directory.Exists(folder))
            {
                context.Error.WriteLine($"sahel: the data folder '{folder}' does not exist");
                return 2;
            }

            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return LanguageServer.RunAsync(input, output, folder).GetAwaiter().GetResult();
        });
        return command;
    }
}
