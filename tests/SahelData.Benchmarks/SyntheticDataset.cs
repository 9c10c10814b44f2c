using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SahelData.Benchmarks;

/// <summary>
/// Writes a dataset of N entries across the five collections with the real shapes (events with participants,
/// fatalities and sources; claims with several positions; actors with aliases and parents; references that
/// resolve), as YAML files under data/ and as one JSON document. Deterministic for a given N and seed.
/// </summary>
internal sealed class SyntheticDataset
{
    private const int EntriesPerFile = 1000;
    private static readonly string[] Syllables = { "ka", "lo", "mi", "su", "ta", "ne", "ri", "do", "ba", "ye", "ou", "za", "ga", "fi", "mo", "ke" };
    private static readonly string[] ActorKinds = { "state", "government-body", "armed-forces", "armed-group", "private-military-company", "media-outlet", "person" };
    private static readonly string[] EventKinds = { "armed-clash", "attack", "statement", "diplomatic-break", "meeting", "visit", "arms-delivery", "report" };
    private static readonly string[] Roles = { "attacker", "target", "initiator", "recipient", "speaker", "host" };
    private static readonly string[] Stances = { "asserts", "implies", "reports", "denies", "disputes" };

    private readonly Random random;

    public SyntheticDataset(int size, int seed = 20240727)
    {
        random = new Random(seed);
        Sources = Math.Max(1, size / 100);
        Actors = Math.Max(2, size / 5);
        Places = Math.Max(1, size / 10);
        Claims = Math.Max(1, size / 5);
        Events = Math.Max(1, size - Sources - Actors - Places - Claims);
    }

    public int Sources { get; }

    public int Actors { get; }

    public int Places { get; }

    public int Events { get; }

    public int Claims { get; }

    public int Total => Sources + Actors + Places + Events + Claims;

    public static string ActorId(int i) => $"actor-{i:000000}";

    public static string ActorName(int i) => "Actor " + Word(i);

    public static string EventId(int i) => $"event-{i:000000}";

    /// <summary>Writes data/&lt;collection&gt;/*.yaml and dataset.json under <paramref name="root"/>.</summary>
    public void Write(string root)
    {
        var collections = new (string Folder, int Count, Func<int, Dictionary<string, object?>> Entry)[]
        {
            ("sources", Sources, Source),
            ("actors", Actors, Actor),
            ("places", Places, Place),
            ("events", Events, Event),
            ("claims", Claims, Claim),
        };
        var json = new Dictionary<string, List<Dictionary<string, object?>>>();
        foreach (var (folder, count, entry) in collections)
        {
            var directory = Path.Combine(root, "data", folder);
            Directory.CreateDirectory(directory);
            var entries = Enumerable.Range(0, count).Select(entry).ToList();
            json[folder] = entries;
            for (var start = 0; start < count; start += EntriesPerFile)
            {
                var yaml = new StringBuilder();
                foreach (var item in entries.Skip(start).Take(EntriesPerFile))
                {
                    WriteYaml(yaml, item);
                }

                File.WriteAllText(Path.Combine(directory, $"{folder}-{start / EntriesPerFile:0000}.yaml"), yaml.ToString());
            }
        }

        File.WriteAllText(Path.Combine(root, "dataset.json"), JsonSerializer.Serialize(json));
    }

    private Dictionary<string, object?> Source(int i) => new()
    {
        ["id"] = $"source-{i:000000}",
        ["title"] = "Report " + Word(i),
        ["document"] = $"doc-{i}.txt",
        ["kind"] = "news-article",
        ["published"] = Date(),
    };

    private Dictionary<string, object?> Actor(int i)
    {
        var kind = i < 50 ? "state" : ActorKinds[random.Next(ActorKinds.Length)];
        var entry = new Dictionary<string, object?>
        {
            ["id"] = ActorId(i),
            ["name"] = ActorName(i),
            ["aliases"] = Enumerable.Range(0, random.Next(4)).Select(a => (object)$"{Word(i)} {Syllables[a]}").ToList(),
            ["kind"] = kind,
            ["country"] = ActorId(random.Next(Math.Min(50, Actors))),
            ["part_of"] = i > 50 && random.Next(3) == 0 ? ActorId(random.Next(50, i)) : null,
            ["description"] = $"Synthetic actor {i} with a description of a typical length for the dataset.",
            ["sources"] = SourceIds(1 + random.Next(2)),
        };
        if (kind == "person")
        {
            entry["roles"] = new List<object> { new Dictionary<string, object?> { ["title"] = "spokesman", ["organization"] = ActorId(random.Next(Actors)), ["from"] = Date(), ["sources"] = SourceIds(1) } };
        }

        return entry;
    }

    private Dictionary<string, object?> Place(int i) => new()
    {
        ["id"] = $"place-{i:000000}",
        ["name"] = "Place " + Word(i),
        ["aliases"] = new List<object> { "Town " + Word(i) },
        ["kind"] = i < 20 ? "region" : "town",
        ["country"] = ActorId(random.Next(Math.Min(50, Actors))),
        ["within"] = i >= 20 ? $"place-{random.Next(Math.Min(20, i)):000000}" : null,
        ["sources"] = SourceIds(1),
    };

    private Dictionary<string, object?> Event(int i) => new()
    {
        ["id"] = EventId(i),
        ["title"] = $"Event {Word(i)} between two parties",
        ["kind"] = EventKinds[random.Next(EventKinds.Length)],
        ["date"] = Date(),
        ["place"] = $"place-{random.Next(Places):000000}",
        ["participants"] = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => (object)new Dictionary<string, object?> { ["actor"] = ActorId(random.Next(Actors)), ["role"] = Roles[random.Next(Roles.Length)] }).ToList(),
        ["fatalities"] = Enumerable.Range(0, random.Next(3)).Select(_ => (object)new Dictionary<string, object?> { ["actor"] = ActorId(random.Next(Actors)), ["count"] = random.Next(1, 200), ["qualifier"] = "at-least", ["sources"] = SourceIds(1) }).ToList(),
        ["caused_by"] = i > 0 && random.Next(3) == 0 ? new List<object> { EventId(random.Next(i)) } : new List<object>(),
        ["description"] = $"Synthetic event {i}: who did what to whom, where and when, in the curators' own words.",
        ["sources"] = SourceIds(1 + random.Next(3)),
    };

    private Dictionary<string, object?> Claim(int i) => new()
    {
        ["id"] = $"claim-{i:000000}",
        ["statement"] = $"Party {Word(i)} did something that others deny.",
        ["about"] = new List<object> { EventId(random.Next(Events)) },
        ["concerns"] = new List<object> { ActorId(random.Next(Actors)) },
        ["positions"] = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => (object)new Dictionary<string, object?>
        {
            ["actor"] = ActorId(random.Next(Actors)),
            ["stance"] = Stances[random.Next(Stances.Length)],
            ["date"] = Date(),
            ["quote"] = random.Next(2) == 0 ? "words that were said" : null,
            ["sources"] = SourceIds(1),
        }).ToList(),
    };

    private List<object> SourceIds(int count) => Enumerable.Range(0, count).Select(_ => (object)$"source-{random.Next(Sources):000000}").Distinct().ToList();

    private string Date() => random.Next(3) switch
    {
        0 => (2000 + random.Next(25)).ToString(CultureInfo.InvariantCulture),
        1 => $"{2000 + random.Next(25)}-{1 + random.Next(12):00}",
        _ => $"{2000 + random.Next(25)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}",
    };

    private static string Word(int i)
    {
        var word = new StringBuilder();
        do
        {
            word.Append(Syllables[i % Syllables.Length]);
            i /= Syllables.Length;
        }
        while (i > 0);
        return char.ToUpperInvariant(word[0]) + word.ToString(1, word.Length - 1);
    }

    private static void WriteYaml(StringBuilder yaml, Dictionary<string, object?> entry, int indent = 0)
    {
        var first = true;
        foreach (var (key, value) in entry)
        {
            if (value is null || value is List<object> { Count: 0 })
            {
                continue;
            }

            yaml.Append(first && indent == 0 ? "- " : new string(' ', indent + 2)).Append(key).Append(':');
            first = false;
            switch (value)
            {
                case List<object> list when list[0] is Dictionary<string, object?>:
                    yaml.Append('\n');
                    foreach (Dictionary<string, object?> item in list)
                    {
                        var nested = new StringBuilder();
                        WriteYaml(nested, item, indent + 4);
                        var text = nested.ToString();
                        yaml.Append(new string(' ', indent + 4)).Append("- ").Append(text.TrimStart());
                    }

                    break;
                case List<object> list:
                    yaml.Append(" [").Append(string.Join(", ", list.Select(Scalar))).Append("]\n");
                    break;
                default:
                    yaml.Append(' ').Append(Scalar(value)).Append('\n');
                    break;
            }
        }
    }

    private static string Scalar(object value) => value switch
    {
        int number => number.ToString(CultureInfo.InvariantCulture),
        string text when text.Contains(':') || text.Contains(',') => "\"" + text + "\"",
        _ => value.ToString()!,
    };
}
