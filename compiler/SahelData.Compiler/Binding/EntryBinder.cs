using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Names;

namespace SahelData.Compiler.Binding;

/// <summary>
/// Binds one parsed file against the collection its folder names: every key must be known, every value of the
/// declared kind. A rejected value becomes <see cref="AbsentValue"/> with a diagnostic, so one mistake is reported once.
/// </summary>
internal sealed class EntryBinder
{
    private static readonly Regex DatePattern = new(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", RegexOptions.CultureInvariant);
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private readonly ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
    private readonly List<BoundEntry> entries = new();
    private readonly List<EntryLocations> locations = new();
    private readonly List<LocationInfo> referenceLocations = new();
    private readonly List<ValueLocation>? valueLocations;
    private readonly CancellationToken cancellationToken;

    private EntryBinder(bool locateValues, CancellationToken cancellationToken)
    {
        valueLocations = locateValues ? new List<ValueLocation>() : null;
        this.cancellationToken = cancellationToken;
    }

    /// <param name="file">The parsed file.</param>
    /// <param name="schema">The collections.</param>
    /// <param name="dataRoot">The data folder, which decides the file's collection.</param>
    /// <param name="cancellationToken">Stops between entries.</param>
    /// <param name="locateValues">Whether to record where every value stands (<see cref="EntryLocations.Values"/>), for
    /// tools that show each value where it stands; the build locates only ids and references.</param>
    public static BoundFile Bind(ParsedFile file, EquatableArray<CollectionSpec> schema, string? dataRoot, CancellationToken cancellationToken, bool locateValues = false)
    {
        var binder = new EntryBinder(locateValues, cancellationToken);
        var folder = DataFolders.FolderOf(file.Path, dataRoot);
        return Stage.Guard(
            $"reading the entries of {file.Path}",
            () =>
            {
                var collection = schema.FirstOrDefault(c => c.Folder == folder);
                if (collection is null)
                {
                    if (file.Root is not null)
                    {
                        binder.diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticCatalog.UnknownFolder,
                            file.Root.Location,
                            folder ?? "the data folder itself",
                            schema.Count == 0 ? "none: no record declares a collection with [Collection(\"folder\")]" : string.Join(", ", schema.Select(c => c.Folder + "/"))));
                    }

                    return new BoundFile(file.Path, null, EquatableArray<BoundEntry>.Empty, EquatableArray<EntryLocations>.Empty, binder.diagnostics.ToEquatableArray());
                }

                binder.BindEntries(file.Root, collection);
                var unreadable = file.Root is null && file.Diagnostics.Count > 0;
                return new BoundFile(file.Path, collection.Folder, binder.entries.ToEquatableArray(), binder.locations.ToEquatableArray(), binder.diagnostics.ToEquatableArray(), unreadable);
            },
            error =>
            {
                binder.diagnostics.Add(error with { Location = file.Root?.Location });
                return new BoundFile(file.Path, null, EquatableArray<BoundEntry>.Empty, EquatableArray<EntryLocations>.Empty, binder.diagnostics.ToEquatableArray());
            });
    }

    private void BindEntries(YamlNode? root, CollectionSpec collection)
    {
        if (root is null || root.Kind == YamlNodeKind.Invalid || root.IsNull)
        {
            return;
        }

        if (root.Kind != YamlNodeKind.Sequence)
        {
            var hint = root.Kind == YamlNodeKind.Mapping ? " Start each entry with '- ' (a dash and a space) before its first key." : string.Empty;
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticCatalog.FileShape,
                root.Location,
                $"A file in {collection.Folder}/ must be a list of entries, each starting with '- id: …'.{hint}"));
            return;
        }

        var what = Article(collection.RecordName.ToLowerInvariant());
        foreach (var item in root.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Kind == YamlNodeKind.Invalid)
            {
                continue;
            }

            if (item.Kind != YamlNodeKind.Mapping)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.FileShape,
                    item.Location,
                    $"Each item of this list must be {what} written as keys and values ('id: …' on the first line, then one key per line), not {DescribeNode(item)}."));
                continue;
            }

            referenceLocations.Clear();
            valueLocations?.Clear();
            Locate(string.Empty, item);
            var value = BindRecord(item, collection.Fields, what, string.Empty);
            var idValue = value.Fields[collection.IdFieldIndex] as ReferenceValue;
            var idNode = IdNode(item);

            // The entry stands where its id does; a bound id is a reference whose location is already made, and shared.
            var entryLocation = idNode is null ? item.Location : idValue is not null ? referenceLocations[idValue.Slot] : idNode.Location;
            entries.Add(new BoundEntry(idValue?.Id ?? idNode?.Value ?? string.Empty, idValue is not null, value));
            locations.Add(new EntryLocations(entryLocation, referenceLocations.ToEquatableArray(), valueLocations?.ToEquatableArray() ?? EquatableArray<ValueLocation>.Empty));
        }
    }

    private static YamlNode? IdNode(YamlNode entry)
    {
        foreach (var pair in entry.Pairs)
        {
            if (pair.Key.Value == "id")
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Records where the value at <paramref name="path"/> stands, when values are located; returns the location made, if any.</summary>
    private LocationInfo? Locate(string path, YamlNode node)
    {
        if (valueLocations is null)
        {
            return null;
        }

        var location = node.Location;
        valueLocations.Add(new ValueLocation(path, location));
        return location;
    }

    private RecordValue BindRecord(YamlNode mapping, EquatableArray<FieldSpec> fields, string what, string path)
    {
        var values = new BoundValue[fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = AbsentValue.Instance;
        }

        var seen = new bool[fields.Count];
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in mapping.Pairs)
        {
            var key = pair.Key.Value ?? string.Empty;
            var index = IndexOfKey(fields, key);
            if (index < 0)
            {
                var closest = Suggestions.Closest(key, fields.Select(f => f.Key));
                if (closest is not null)
                {
                    misspelt.Add(closest);
                }

                var hint = closest is not null
                    ? $"Did you mean '{closest}'?"
                    : $"The keys of {what} are: {string.Join(", ", fields.Select(f => f.Key))}.";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.UnknownKey, pair.Key.Location, key, what, hint));
                continue;
            }

            seen[index] = true;
            var field = fields[index];
            if (pair.Value.IsNull && (field.Type.IsNullable || !field.IsRequired))
            {
                continue;
            }

            values[index] = BindValue(pair.Value, field.Key, field.Type, ValueLocation.Child(path, field.Key));
        }

        for (var i = 0; i < fields.Count; i++)
        {
            // A misspelt key is the cause; its "did you mean" already names the missing key, so it is not reported twice.
            if (fields[i].IsRequired && !seen[i] && !misspelt.Contains(fields[i].Key))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.MissingKey, mapping.Location, what.Substring(what.IndexOf(' ') + 1), fields[i].Key, fields[i].Type.Example(), fields[i].Type.Describe()));
            }
        }

        return new RecordValue(values.ToEquatableArray());
    }

    private BoundValue BindValue(YamlNode node, string key, TypeSpec type, string path)
    {
        var located = Locate(path, node);
        if (node.Kind == YamlNodeKind.Invalid)
        {
            return AbsentValue.Instance;
        }

        switch (type.Kind)
        {
            case FieldKind.Record when node.Kind == YamlNodeKind.Mapping:
                return BindRecord(node, type.Fields, Article(SimpleName(type.TypeName).ToLowerInvariant()), path);
            case FieldKind.List when node.Kind == YamlNodeKind.Sequence:
                var items = ImmutableArray.CreateBuilder<BoundValue>(node.Items.Count);
                for (var i = 0; i < node.Items.Count; i++)
                {
                    items.Add(BindValue(node.Items[i], key, type.Element!, ValueLocation.Item(path, i)));
                }

                return new ListValue(items.ToEquatableArray());
            case FieldKind.Record or FieldKind.List:
                return WrongType(node, key, type, type.Kind == FieldKind.List ? $"Write it as a list:  {key}: [first, second], or one '- item' per line." : string.Empty);
        }

        if (node.Kind != YamlNodeKind.Scalar || node.Value is null)
        {
            return WrongType(node, key, type, string.Empty);
        }

        var text = node.Value;
        if (node.IsNull && type.Kind != FieldKind.String)
        {
            return WrongType(node, key, type, "Write a value, or remove the key.");
        }

        switch (type.Kind)
        {
            case FieldKind.String:
                return node.IsNull ? WrongType(node, key, type, "Write the text, in quotes if it starts with a special character.") : new StringValue(text);
            case FieldKind.Boolean:
                return text switch
                {
                    "true" or "True" or "TRUE" when node.IsPlain => new BooleanValue(true),
                    "false" or "False" or "FALSE" when node.IsPlain => new BooleanValue(false),
                    _ => WrongType(node, key, type, "Write true or false, without quotes."),
                };
            case FieldKind.Int32 or FieldKind.Int64:
                return BindInteger(node, key, type);
            case FieldKind.Decimal:
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? InRange(node, key, type, number, new DecimalValue(number))
                    : NumberError(node, key, type);
            case FieldKind.Double:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && !double.IsInfinity(real) && !double.IsNaN(real)
                    ? InRange(node, key, type, real is > (double)decimal.MaxValue or < (double)decimal.MinValue ? (decimal?)null : (decimal)real, new DoubleValue(real))
                    : NumberError(node, key, type);
            case FieldKind.Enum:
                var member = type.Members.FirstOrDefault(m => m.YamlName == text);
                if (member is null)
                {
                    var closest = type.Members.FirstOrDefault(m => string.Equals(m.YamlName, text, StringComparison.OrdinalIgnoreCase))?.YamlName
                        ?? Suggestions.Closest(text.ToLowerInvariant(), type.Members.Select(m => m.YamlName));
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticCatalog.EnumValue,
                        node.Location,
                        text,
                        key,
                        closest is null ? string.Empty : $"Did you mean '{closest}'? ",
                        string.Join(", ", type.Members.Select(m => m.YamlName))));
                    return AbsentValue.Instance;
                }

                return new EnumValue(member.Value);
            case FieldKind.Date:
                return BindDate(node, key, type);
            case FieldKind.Reference:
                if (!Naming.IsValidId(text))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidId, node.Location, text, IdProblem(text), Naming.SuggestId(text)));
                    return AbsentValue.Instance;
                }

                referenceLocations.Add(located ?? node.Location);
                return new ReferenceValue(type.TypeName, text, referenceLocations.Count - 1);
            default:
                return WrongType(node, key, type, string.Empty);
        }
    }

    private BoundValue BindInteger(YamlNode node, string key, TypeSpec type)
    {
        var text = node.Value!;
        if (!Regex.IsMatch(text, @"^[-+]?[0-9]+$", RegexOptions.CultureInvariant))
        {
            return WrongType(node, key, type, "Write the number with digits only, e.g. 84 (no spaces, commas or words).");
        }

        var (min, max) = type.Kind == FieldKind.Int32 ? (int.MinValue, int.MaxValue) : (long.MinValue, long.MaxValue);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticCatalog.NumberOutOfRange,
                node.Location,
                text,
                key,
                string.Format(CultureInfo.InvariantCulture, "a whole number from {0} to {1}", min, max)));
            return AbsentValue.Instance;
        }

        return InRange(node, key, type, value, new IntegerValue(value));
    }

    /// <summary>The value if it lies within the range its property declares; otherwise a diagnostic at the value.</summary>
    private BoundValue InRange(YamlNode node, string key, TypeSpec type, decimal? number, BoundValue value)
    {
        if (type.Range is not { } range || (number is { } n && range.Contains(n)))
        {
            return value;
        }

        var what = type.Kind switch
        {
            FieldKind.Int32 or FieldKind.Int64 => "a whole number",
            FieldKind.Date => "a date with a year",
            _ => "a number",
        };
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NumberOutOfRange, node.Location, node.Value ?? string.Empty, key, range.Describe(what)));
        return AbsentValue.Instance;
    }

    private BoundValue NumberError(YamlNode node, string key, TypeSpec type) =>
        WrongType(node, key, type, "Write the number with digits and a point for decimals, e.g. 2.5.");

    private BoundValue BindDate(YamlNode node, string key, TypeSpec type)
    {
        var text = node.Value!;
        var match = DatePattern.Match(text);
        string? problem = null;
        int year = 0, month = 0, day = 0;
        if (!match.Success)
        {
            problem = "it is not written as digits in the form YYYY-MM-DD";
        }
        else
        {
            year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            if (year < 1)
            {
                problem = "there is no year 0";
            }
            else if (match.Groups[2].Success && month is < 1 or > 12)
            {
                problem = $"there is no month {month:00}";
            }
            else if (match.Groups[3].Success && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                problem = $"{MonthNames[month - 1]} {year} has {DateTime.DaysInMonth(year, month)} days";
            }
        }

        if (problem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidDate, node.Location, text, key, problem));
            return AbsentValue.Instance;
        }

        return InRange(node, key, type, year, new DateValue(year, month, day));
    }

    private AbsentValue WrongType(YamlNode node, string key, TypeSpec type, string hint)
    {
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.WrongType, node.Location, key, type.Describe(), DescribeNode(node), hint));
        return AbsentValue.Instance;
    }

    private static string IdProblem(string id)
    {
        if (id.Length == 0)
        {
            return "it is empty";
        }

        if (id.Any(char.IsUpper))
        {
            return "it contains capital letters";
        }

        if (id[0] is < 'a' or > 'z')
        {
            return "it must start with a letter";
        }

        if (id.Contains("--") || id.EndsWith("-", StringComparison.Ordinal))
        {
            return "hyphens must stand between letters or digits, one at a time";
        }

        return "it contains characters other than a-z, 0-9 and '-'";
    }

    private static int IndexOfKey(EquatableArray<FieldSpec> fields, string key)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static string DescribeNode(YamlNode node) => node.Kind switch
    {
        YamlNodeKind.Sequence => "a list",
        YamlNodeKind.Mapping => "a group of keys",
        _ when node.IsNull => "empty",
        _ => $"'{Shorten(node.Value ?? string.Empty)}'",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    private static string SimpleName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    private static string Article(string noun) => (noun.Length > 0 && "aeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;
}
