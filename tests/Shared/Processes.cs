using System;
using System.Diagnostics;

namespace SahelData.Testing;

/// <summary>Runs a command to completion and returns its exit code with everything it printed.</summary>
internal static class Processes
{
    public static (int Code, string Output) Run(string fileName, string arguments, string directory, TimeSpan? timeout = null) =>
        Run(fileName, arguments, directory, Array.Empty<(string, string)>(), timeout);

    public static (int Code, string Output) Run(string fileName, string arguments, string directory, (string Name, string Value)[] environment, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        // No lingering MSBuild nodes: each build starts and ends with its process.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{fileName} {arguments} did not finish in time\n{output.Result}{error.Result}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
