using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using SahelData.Compiler.Checking;

namespace SahelData.Benchmarks;

/// <summary>
/// <c>sahel lsp</c> as an editor feels it: the built server in its own process, a client on its standard streams,
/// and the wall time from sending a change (a reference broken, then mended, in turn) to receiving the diagnostics
/// of that file that reflect it. The server waits <c>LanguageServer.DebounceDelay</c> (100 ms) after the last change
/// before checking, so a figure is that wait plus one check of the whole workspace plus the messages.
/// </summary>
internal static class LspTimings
{
    public static string Measure(IReadOnlyList<(string Name, string Data)> datasets, int changes)
    {
        var rows = new StringBuilder("| data | entries | change → diagnostics, median (ms) | max (ms) | first diagnostics after open (ms) |\n|---|---:|---:|---:|---:|\n");
        var schema = DatasetSchema.Of(typeof(SahelData.Model.Actors).Assembly);
        foreach (var (name, data) in datasets)
        {
            var entries = DataReader.Read(data, schema).Entries;
            var (file, line, column) = AReference(entries);
            using var server = new Client(data);
            var uri = new Uri(file).AbsoluteUri;
            var text = File.ReadAllText(file);
            server.Request("initialize", new JsonObject { ["rootUri"] = new Uri(data).AbsoluteUri, ["capabilities"] = new JsonObject() });
            server.Notify("initialized", new JsonObject());
            var opened = Stopwatch.StartNew();
            server.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text } });
            server.WaitForDiagnostics(uri, broken: false);
            var first = opened.Elapsed.TotalMilliseconds;

            var broken = Insert(text, line, column, "x");
            var times = new List<double>();
            for (var i = 1; i <= changes; i++)
            {
                var breaking = i % 2 == 1;
                var watch = Stopwatch.StartNew();
                server.Notify("textDocument/didChange", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = i + 1 },
                    ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = breaking ? broken : text }),
                });
                server.WaitForDiagnostics(uri, breaking);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            server.Request("shutdown", null);
            server.Notify("exit", null);
            var row = string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N0} | {2:F0} | {3:F0} | {4:F0} |", name, entries.Count, Measurements.Median(times), times.Max(), first);
            Console.WriteLine(row);
            rows.AppendLine(row);
        }

        return rows.ToString();
    }

    /// <summary>A reference written on one line in an events file, where inserting a letter breaks it.</summary>
    private static (string File, int Line, int Column) AReference(IReadOnlyList<DataEntry> entries)
    {
        foreach (var entry in entries.Where(e => e.Folder == "events"))
        {
            foreach (var field in entry.Fields.Where(f => f.Key != "id"))
            {
                var values = field.Value is DataList list ? list.Items : [field.Value];
                foreach (var value in values.SelectMany(v => v is DataRecord r ? r.Fields.Select(f => f.Value) : [v]))
                {
                    if (value is DataReference { Location: { } location } && location.StartLine == location.EndLine)
                    {
                        return (location.FilePath, location.StartLine, location.StartColumn);
                    }
                }
            }
        }

        throw new InvalidOperationException("no reference in an events file");
    }

    private static string Insert(string text, int line, int column, string inserted)
    {
        var lines = text.Split('\n');
        lines[line] = lines[line].Insert(column, inserted);
        return string.Join('\n', lines);
    }

    /// <summary>A bare LSP client: Content-Length framing over the server's standard streams.</summary>
    private sealed class Client : IDisposable
    {
        private readonly Process process;
        private readonly Stream input;
        private readonly Stream output;
        private int nextId = 1;

        public Client(string data)
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sahel.dll"), "lsp", "--data", data])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = false,
            };
            process = Process.Start(start)!;
            input = process.StandardInput.BaseStream;
            output = process.StandardOutput.BaseStream;
        }

        public void Notify(string method, JsonNode? parameters) =>
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        public JsonNode? Request(string method, JsonNode? parameters)
        {
            var id = nextId++;
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            while (true)
            {
                var message = Receive();
                if ((int?)message["id"] == id)
                {
                    return message["result"];
                }
            }
        }

        /// <summary>Reads messages until the diagnostics of <paramref name="uri"/> say it is broken (or clean).</summary>
        public void WaitForDiagnostics(string uri, bool broken)
        {
            while (true)
            {
                var message = Receive();
                if ((string?)message["method"] == "textDocument/publishDiagnostics"
                    && (string?)message["params"]!["uri"] == uri
                    && message["params"]!["diagnostics"]!.AsArray().Count > 0 == broken)
                {
                    return;
                }
            }
        }

        private void Send(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            input.Write(body);
            input.Flush();
        }

        private JsonNode Receive()
        {
            var length = 0;
            while (ReadLine() is { Length: > 0 } header)
            {
                if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(header.AsSpan("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
                }
            }

            var body = new byte[length];
            output.ReadExactly(body);
            return JsonNode.Parse(body)!;
        }

        private string ReadLine()
        {
            var line = new StringBuilder();
            int b;
            while ((b = output.ReadByte()) >= 0 && b != '\n')
            {
                if (b != '\r')
                {
                    line.Append((char)b);
                }
            }

            if (b < 0)
            {
                throw new EndOfStreamException("the server closed its output");
            }

            return line.ToString();
        }

        public void Dispose()
        {
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }
    }
}
