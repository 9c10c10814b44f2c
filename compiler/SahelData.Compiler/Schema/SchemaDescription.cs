using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SahelData.Compiler.Model;

namespace SahelData.Compiler.Schema;

/// <summary>
/// A compact text form of a <see cref="CollectionSpec"/>. The generator writes it into the compiled assembly
/// (on <c>SahelData.Runtime.CompiledCollectionAttribute</c>), so that tools read the very schema the build used,
/// without Roslyn and without a second description to keep in step. Tokens are separated by '|'; '\' escapes
/// '|' and '\' inside a token, and a lone '\0' token stands for null.
/// </summary>
public static class SchemaDescription
{
    /// <summary>The version of the format; a reader refuses any other.</summary>
    public const string Version = "sahel-schema-2";

    private const char Separator = '|';
    private const char Escape = '\\';
    private const string NullToken = "\\0";

    /// <summary>Writes <paramref name="collection"/> in the compact form.</summary>
    internal static string Write(CollectionSpec collection)
    {
        var tokens = new List<string?>
        {
            Version,
            collection.Folder,
            collection.Namespace,
            collection.RecordName,
            collection.RecordTypeName,
            collection.ClassName,
            collection.IdTypeName,
            Flag(collection.IsPublic),
        };
        WriteFields(collection.Fields, tokens);
        return string.Join(Separator.ToString(), tokens.Select(Encode));
    }

    /// <summary>Reads a collection written by <see cref="Write"/>; throws <see cref="FormatException"/> on anything else.</summary>
    internal static CollectionSpec Read(string description)
    {
        var reader = new TokenReader(Decode(description));
        if (reader.Next() != Version)
        {
            throw new FormatException($"not a {Version} schema description");
        }

        var collection = new CollectionSpec(
            reader.Text(),
            reader.Text(),
            reader.Text(),
            reader.Text(),
            reader.Text(),
            reader.Text(),
            reader.Flag(),
            ReadFields(reader),
            IsReferenced: true);
        reader.End();
        return collection;
    }

    private static void WriteFields(EquatableArray<FieldSpec> fields, List<string?> tokens)
    {
        tokens.Add(fields.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var field in fields)
        {
            tokens.Add(field.PropertyName);
            tokens.Add(field.Key);
            tokens.Add(Flag(field.IsRequired));
            tokens.Add(field.ReverseIndexName);
            tokens.Add(Flag(field.IsAcyclic));
            tokens.Add(field.Description);
            WriteType(field.Type, tokens);
        }
    }

    private static void WriteType(TypeSpec type, List<string?> tokens)
    {
        tokens.Add(type.Kind.ToString());
        tokens.Add(type.TypeName);
        tokens.Add(Flag(type.IsNullable));
        tokens.Add(Flag(type.Element is not null));
        if (type.Element is not null)
        {
            WriteType(type.Element, tokens);
        }

        WriteFields(type.Fields, tokens);
        tokens.Add(type.Members.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var member in type.Members)
        {
            tokens.Add(member.Name);
            tokens.Add(member.YamlName);
            tokens.Add(member.Value.ToString(CultureInfo.InvariantCulture));
            tokens.Add(member.Description);
        }

        tokens.Add(type.Range?.Minimum is { } minimum ? NumberRange.Format(minimum) : null);
        tokens.Add(type.Range?.Maximum is { } maximum ? NumberRange.Format(maximum) : null);
    }

    private static EquatableArray<FieldSpec> ReadFields(TokenReader reader)
    {
        var count = reader.Count();
        var fields = new List<FieldSpec>(count);
        for (var i = 0; i < count; i++)
        {
            var propertyName = reader.Text();
            var key = reader.Text();
            var isRequired = reader.Flag();
            var reverseIndexName = reader.Next();
            var isAcyclic = reader.Flag();
            var description = reader.Next();
            fields.Add(new FieldSpec(propertyName, key, ReadType(reader), isRequired, reverseIndexName, isAcyclic, description));
        }

        return fields.ToEquatableArray();
    }

    private static TypeSpec ReadType(TokenReader reader)
    {
        var kindText = reader.Text();
        if (!Enum.TryParse<FieldKind>(kindText, out var kind) || !Enum.IsDefined(typeof(FieldKind), kind))
        {
            throw new FormatException($"unknown value kind '{kindText}'");
        }

        var typeName = reader.Text();
        var isNullable = reader.Flag();
        var element = reader.Flag() ? ReadType(reader) : null;
        var fields = ReadFields(reader);
        var count = reader.Count();
        var members = new List<EnumMemberSpec>(count);
        for (var i = 0; i < count; i++)
        {
            members.Add(new EnumMemberSpec(reader.Text(), reader.Text(), long.Parse(reader.Text(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), reader.Next()));
        }

        var minimum = reader.Number();
        var maximum = reader.Number();
        var range = minimum is null && maximum is null ? null : new NumberRange(minimum, maximum);
        return new TypeSpec(kind, typeName, isNullable, element, fields, members.ToEquatableArray(), range);
    }

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Encode(string? token)
    {
        if (token is null)
        {
            return NullToken;
        }

        var encoded = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (c is Separator or Escape)
            {
                encoded.Append(Escape);
            }

            encoded.Append(c);
        }

        return encoded.ToString();
    }

    private static List<string?> Decode(string description)
    {
        var tokens = new List<string?>();
        var current = new StringBuilder();
        var isNull = false;
        for (var i = 0; i < description.Length; i++)
        {
            var c = description[i];
            if (c == Escape)
            {
                if (i + 1 >= description.Length)
                {
                    throw new FormatException("the description ends inside an escape");
                }

                var next = description[++i];
                if (next == '0' && current.Length == 0)
                {
                    isNull = true;
                }
                else
                {
                    current.Append(next);
                }
            }
            else if (c == Separator)
            {
                tokens.Add(isNull ? null : current.ToString());
                current.Clear();
                isNull = false;
            }
            else
            {
                current.Append(c);
            }
        }

        tokens.Add(isNull ? null : current.ToString());
        return tokens;
    }

    private sealed class TokenReader
    {
        private readonly List<string?> tokens;
        private int position;

        public TokenReader(List<string?> tokens) => this.tokens = tokens;

        public string? Next() => position < tokens.Count ? tokens[position++] : throw new FormatException("the description ends too early");

        public string Text() => Next() ?? throw new FormatException($"token {position} may not be null");

        public bool Flag() => Text() switch
        {
            "1" => true,
            "0" => false,
            var other => throw new FormatException($"'{other}' is not a flag"),
        };

        public int Count() => int.TryParse(Text(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new FormatException($"token {position} is not a count");

        public decimal? Number() => Next() is not { } text
            ? null
            : decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new FormatException($"'{text}' is not a number");

        public void End()
        {
            if (position != tokens.Count)
            {
                throw new FormatException("the description has tokens left over");
            }
        }
    }
}
