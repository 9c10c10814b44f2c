using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SahelData.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SahelData.Benchmarks;

/// <summary>The whole dataset as a developer would load it at start-up instead of compiling it.</summary>
internal sealed record LoadedDataset(Source[] Sources, Actor[] Actors, Place[] Places, Event[] Events, Claim[] Claims);

/// <summary>
/// What a developer would otherwise write: load the YAML (YamlDotNet) or the same data as JSON (System.Text.Json with a
/// source-generated context) into the same records at start-up, then index them. Each probe runs in a fresh process.
/// </summary>
internal static class RuntimeLoaders
{
    public static LoadedDataset LoadYaml(string dataRoot)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithTypeConverter(new YamlScalarConverter())
            .WithNodeDeserializer(new ImmutableArrayDeserializer(), where => where.OnTop())
            .Build();
        T[] Load<T>(string folder) => Directory.GetFiles(Path.Combine(dataRoot, folder), "*.yaml").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => deserializer.Deserialize<List<T>>(File.ReadAllText(f)) ?? new List<T>()).ToArray();
        return new LoadedDataset(Load<Source>("sources"), Load<Actor>("actors"), Load<Place>("places"), Load<Event>("events"), Load<Claim>("claims"));
    }

    public static LoadedDataset LoadJson(string file)
    {
        using var stream = File.OpenRead(file);
        var dataset = JsonSerializer.Deserialize(stream, DatasetJsonContext.Default.JsonDataset)!;
        return new LoadedDataset(dataset.Sources, dataset.Actors, dataset.Places, dataset.Events, dataset.Claims);
    }

    /// <summary>Loads, indexes as a developer would (frozen dictionaries by id and by name, a reverse index), then measures.</summary>
    public static string Probe(Func<LoadedDataset> load)
    {
        var fromMain = Stopwatch.StartNew();
        var data = load();
        var byId = data.Actors.ToFrozenDictionary(a => a.Id.Value, StringComparer.Ordinal);
        var byName = data.Actors.SelectMany(a => a.Aliases.Prepend(a.Name).Select(n => (n, a))).GroupBy(p => p.n, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First().a, StringComparer.OrdinalIgnoreCase);
        var involving = data.Events.SelectMany(e => e.Participants.Select(p => (p.Actor.Value, e))).GroupBy(p => p.Value)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.e).Distinct().ToArray(), StringComparer.Ordinal);
        var first = byId["actor-000001"];
        var firstFromMain = fromMain.Elapsed.TotalMilliseconds;
        var coldStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

        var random = new Random(7);
        var ids = Enumerable.Range(0, 100_000).Select(_ => "actor-" + random.Next(data.Actors.Length).ToString("000000")).ToArray();
        var names = ids.Select(id => byId[id].Name).ToArray();
        double PerCall(Func<int, object?> call)
        {
            // Half a second of calls first, so that tiered compilation has optimised the code being measured.
            var warm = Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 500)
            {
                for (var i = 0; i < ids.Length; i++)
                {
                    call(i);
                }
            }

            var best = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < ids.Length; i++)
                {
                    call(i);
                }

                best = Math.Min(best, watch.Elapsed.TotalNanoseconds / ids.Length);
            }

            return best;
        }

        var byIdNs = PerCall(i => byId[ids[i]]);
        var byAliasNs = PerCall(i => byName[names[i]]);
        var reverseNs = PerCall(i => involving.TryGetValue(ids[i], out var events) ? events : null);
        GC.Collect();
        return $"{{\"coldStartMs\":{coldStart:F1},\"fromMainMs\":{firstFromMain:F2},\"enumerateMs\":0,\"entries\":{data.Sources.Length + data.Actors.Length + data.Places.Length + data.Events.Length + data.Claims.Length},\"byIdNs\":{byIdNs:F1},\"byAliasNs\":{byAliasNs:F1},\"frozenNs\":{byIdNs:F1},\"reverseNs\":{reverseNs:F1},\"workingSetMb\":{Environment.WorkingSet / 1048576.0:F1},\"first\":\"{first.Id}\"}}";
    }

    /// <summary>Reads ImmutableArray&lt;T&gt;, which YamlDotNet does not know, through a List&lt;T&gt;.</summary>
    private sealed class ImmutableArrayDeserializer : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            if (!expectedType.IsGenericType || expectedType.GetGenericTypeDefinition() != typeof(System.Collections.Immutable.ImmutableArray<>))
            {
                value = null;
                return false;
            }

            var element = expectedType.GetGenericArguments()[0];
            var list = nestedObjectDeserializer(reader, typeof(List<>).MakeGenericType(element));
            value = typeof(System.Collections.Immutable.ImmutableArray).GetMethods()
                .Single(m => m.Name == "CreateRange" && m.GetParameters().Length == 1 && m.GetParameters()[0].ParameterType.IsGenericType && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .MakeGenericMethod(element)
                .Invoke(null, new[] { list });
            return true;
        }
    }

    /// <summary>Ids, partial dates and kebab-case enums, as the data files write them.</summary>
    private sealed class YamlScalarConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => Scalars.Handles(Nullable.GetUnderlyingType(type) ?? type);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            var text = parser.Consume<Scalar>().Value;
            return Scalars.Parse(Nullable.GetUnderlyingType(type) ?? type, text);
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) => throw new NotSupportedException();
    }
}

/// <summary>Reads the scalar types of the model from their data-file spelling.</summary>
internal static class Scalars
{
    public static bool Handles(Type type) => type == typeof(PartialDate) || type.IsEnum || type.Name.EndsWith("Id", StringComparison.Ordinal) && type.IsValueType;

    public static object Parse(Type type, string text) =>
        type == typeof(PartialDate) ? PartialDate.Parse(text)
        : type.IsEnum ? Enum.Parse(type, text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true)
        : Activator.CreateInstance(type, text)!;
}

/// <summary>The same scalars for System.Text.Json.</summary>
internal sealed class ScalarJsonConverter<T> : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (T)Scalars.Parse(typeof(T), reader.TokenType == JsonTokenType.Number ? reader.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value!.ToString());
}

internal sealed record JsonDataset(Source[] Sources, Actor[] Actors, Place[] Places, Event[] Events, Claim[] Claims);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = new[]
    {
        typeof(ScalarJsonConverter<SourceId>), typeof(ScalarJsonConverter<ActorId>), typeof(ScalarJsonConverter<PlaceId>),
        typeof(ScalarJsonConverter<EventId>), typeof(ScalarJsonConverter<ClaimId>), typeof(ScalarJsonConverter<PartialDate>),
        typeof(ScalarJsonConverter<ActorKind>), typeof(ScalarJsonConverter<PlaceKind>), typeof(ScalarJsonConverter<EventKind>),
        typeof(ScalarJsonConverter<SourceKind>), typeof(ScalarJsonConverter<ParticipantRole>), typeof(ScalarJsonConverter<Qualifier>),
        typeof(ScalarJsonConverter<Stance>),
    })]
[JsonSerializable(typeof(JsonDataset))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
}
