using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace SahelData.Tests.LanguageServer;

/// <summary>Debian's Neovim, the LSP client the language server tests drive; installed by build/install-neovim.sh when absent.</summary>
internal static class Neovim
{
    public const string Path = "/usr/bin/nvim";

    /// <summary>Installs Neovim when it is missing, so that the test command passes on a fresh machine.</summary>
    public static void Ensure()
    {
        if (File.Exists(Path))
        {
            return;
        }

        var script = System.IO.Path.Combine(RepositoryRoot(), "build", "install-neovim.sh");
        var install = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = install.StandardOutput.ReadToEndAsync();
        var error = install.StandardError.ReadToEndAsync();
        install.WaitForExit();
        Assert.True(install.ExitCode == 0 && File.Exists(Path), $"Could not install Neovim ({script} exited {install.ExitCode}); install it with 'apt-get install -y neovim'.\n{output.Result}\n{error.Result}");
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "..", "..", ".."));
}
