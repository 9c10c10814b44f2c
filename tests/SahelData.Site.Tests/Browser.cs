using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace SahelData.Site.Tests;

/// <summary>
/// The site, generated once by the real <c>sahel site</c> process, and Debian's chromium driven by Playwright. Playwright
/// cannot download its own browser here, so the fixture installs the <c>chromium</c> package when it is missing.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    /// <summary>The generated site's folder.</summary>
    public string SiteFolder { get; } = Path.Combine(AppContext.BaseDirectory, "site");

    /// <summary>Where screenshots are saved as test artifacts.</summary>
    public string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public IBrowser Browser { get; private set; } = null!;

    public TimeSpan GenerationTime { get; private set; }

    public async ValueTask InitializeAsync()
    {
        EnsureChromium();
        if (Directory.Exists(SiteFolder))
        {
            Directory.Delete(SiteFolder, recursive: true);
        }

        Directory.CreateDirectory(Artifacts);
        var clock = Stopwatch.StartNew();
        var (code, _, error) = Sahel.Run("site", "-o", SiteFolder);
        GenerationTime = clock.Elapsed;
        Assert.True(code == 0, error);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>The file:// address of a page, given by its path from the site's root.</summary>
    public string Url(string path) => new Uri(Path.Combine(SiteFolder, path)).AbsoluteUri;

    /// <summary>A fresh page that records console errors, uncaught exceptions, failed requests and any request that leaves the file system.</summary>
    public async Task<WatchedPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return new WatchedPage(await context.NewPageAsync());
    }

    /// <summary>Saves a full-page screenshot as an artifact, and into docs/screenshots when SAHEL_UPDATE_SCREENSHOTS=1.</summary>
    public async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var file = Path.Combine(Artifacts, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
        Assert.True(new FileInfo(file).Length > 10_000, name + " is a real picture");
        if (Environment.GetEnvironmentVariable("SAHEL_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(file, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }

    public static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));

    /// <summary>Installs Debian's chromium when it is absent (build/install-chromium.sh): the test command must pass on a fresh machine.</summary>
    private static void EnsureChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var script = Path.Combine(RepositoryRoot(), "build", "install-chromium.sh");
        Console.Error.WriteLine($"{ChromiumPath} is missing: running {script}");
        var install = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = install.StandardOutput.ReadToEndAsync();
        var error = install.StandardError.ReadToEndAsync();
        install.WaitForExit();
        Assert.True(install.ExitCode == 0 && File.Exists(ChromiumPath), $"Could not install chromium ({script} exited {install.ExitCode}); install it with 'apt-get install -y chromium'.\n{output.Result}\n{error.Result}");
    }
}

/// <summary>A browser page with every problem it reported.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    public WatchedPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add("uncaught: " + error);
        page.RequestFailed += (_, request) => Problems.Add($"failed request: {request.Url} ({request.Failure})");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file://", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                Problems.Add("external request: " + request.Url);
            }
        };
    }

    public IPage Page { get; }

    public System.Collections.Concurrent.ConcurrentBag<string> Problems { get; } = new();

    public async ValueTask DisposeAsync() => await Page.Context.DisposeAsync();
}

/// <summary>The real <c>sahel</c> tool, run as a process from the test's output folder.</summary>
internal static class Sahel
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sahel.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
