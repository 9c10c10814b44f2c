using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using SahelData.Compiler.Diagnostics;
using SahelData.Compiler.Model;
using SahelData.Compiler.Names;
using SahelData.Compiler.Schema;
using SahelData.Generators.Reporting;

namespace SahelData.Generators.Parsing;

/// <summary>The collections compiled into referenced assemblies, and the problems reading their schemas.</summary>
internal sealed record ReferencedSchema(EquatableArray<CollectionSpec> Collections, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly ReferencedSchema None = new(EquatableArray<CollectionSpec>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>Reads a record that carries the collection attribute into a symbol-free <see cref="CollectionSpec"/>.</summary>
internal static class SchemaReader
{
    public const string CollectionAttributeName = "SahelData.CollectionAttribute";
    public const string ReverseIndexAttributeName = "SahelData.ReverseIndexAttribute";
    public const string AcyclicAttributeName = "SahelData.AcyclicAttribute";
    public const string ValueRangeAttributeName = "SahelData.ValueRangeAttribute";
    public const string PartialDateTypeName = "SahelData.PartialDate";

    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public const string CompiledCollectionAttributeName = "SahelData.Runtime.CompiledCollectionAttribute";

    public static SchemaResult Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        context.TargetSymbol is INamedTypeSymbol record
            ? Read(record, context.Attributes[0].ConstructorArguments.FirstOrDefault().Value as string, isReferenced: false, cancellationToken) is var read && read.Collection is not null
                ? read with { Collection = read.Collection with { NamedMembers = NamedMembersSwitch(context.Attributes[0]) } }
                : read
            : new SchemaResult(null, null, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>The collection's own <c>NamedMembers</c> switch, or null where the attribute leaves it to the entry limit.</summary>
    private static bool? NamedMembersSwitch(AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "NamedMembers" && named.Value.Value is bool value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The collections compiled into the assemblies this compilation references, as the generator recorded them there
    /// (the schema description the tools read too; assemblies built before it existed are read from their symbols):
    /// what a test project needs to generate integrity tests for a dataset it does not compile itself. A description
    /// this generator cannot read (another format version) is a diagnostic that names the assembly, never a crash.
    /// </summary>
    public static ReferencedSchema ReadReferenced(Compilation compilation, CancellationToken cancellationToken)
    {
        var collections = new List<CollectionSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            foreach (var attribute in assembly.GetAttributes())
            {
                var arguments = attribute.ConstructorArguments;
                if (attribute.AttributeClass?.ToDisplayString() != CompiledCollectionAttributeName)
                {
                    continue;
                }

                if (arguments.Length >= 3 && arguments[2].Value is string description)
                {
                    var name = assembly.Identity.Name;
                    var read = Stage.Guard($"reading the schema compiled into {name}", () => ReadDescription(name, description), error => (null, error));
                    if (read.Collection is not null)
                    {
                        collections.Add(read.Collection);
                    }

                    if (read.Problem is not null)
                    {
                        diagnostics.Add(read.Problem);
                    }
                }
                else if (arguments.Length == 2
                    && arguments[0].Value is INamedTypeSymbol record
                    && arguments[1].Value is string folder
                    && Read(record, folder, isReferenced: true, cancellationToken).Collection is { } collection)
                {
                    collections.Add(collection);
                }
            }
        }

        return new ReferencedSchema(collections.OrderBy(c => c.Folder, StringComparer.Ordinal).ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Reads one compiled schema description. One this generator cannot read (another format version, or damaged) is
    /// the referenced assembly's problem, and the fix is to rebuild it.
    /// </summary>
    private static (CollectionSpec? Collection, DiagnosticInfo? Problem) ReadDescription(string assembly, string description)
    {
        try
        {
            return (SchemaDescription.Read(description), null);
        }
        catch (FormatException)
        {
            var format = description.Split('|')[0];
            var written = format == SchemaDescription.Version ? $"a damaged schema in the format '{format}'" : $"a dataset schema in the format '{format}'";
            return (null, DiagnosticInfo.Create(
                DiagnosticCatalog.InvalidCollection,
                null,
                $"The referenced assembly '{assembly}' holds {written}, and this generator reads '{SchemaDescription.Version}'; rebuild '{assembly}' with this version of the generator"));
        }
    }

    private static SchemaResult Read(INamedTypeSymbol record, string? folder, bool isReferenced, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var location = LocationOf(record);
        try
        {
            if (folder is null || !Naming.IsValidId(folder))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.InvalidCollection,
                    location,
                    $"The collection folder '{folder}' of '{record.Name}' must be a lower-case folder name such as 'entries'"));
                return new SchemaResult(null, location, diagnostics.ToEquatableArray());
            }

            if (!record.IsRecord)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.InvalidCollection,
                    location,
                    $"'{record.Name}' must be declared as a 'record' so that its entries compare by value"));
            }

            var fields = ReadFields(record, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default) { record }, diagnostics, cancellationToken);
            var idTypeName = record.Name + "Id";
            var id = fields.FirstOrDefault(f => f.PropertyName == "Id");
            if (id is null || id.Type.Kind != FieldKind.Reference || id.Type.TypeName != idTypeName || id.Type.IsNullable)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.InvalidCollection,
                    location,
                    $"'{record.Name}' needs a property 'public required {idTypeName} Id {{ get; init; }}': the generator creates the type {idTypeName}"));
                return new SchemaResult(null, location, diagnostics.ToEquatableArray());
            }

            // An entry's id is a reference to the entry itself; curators must always write it.
            var idField = id with { IsRequired = true };
            var spec = new CollectionSpec(
                folder,
                record.ContainingNamespace.IsGlobalNamespace ? string.Empty : record.ContainingNamespace.ToDisplayString(),
                record.Name,
                record.ToDisplayString(FullyQualified),
                Naming.ToPascalCase(folder),
                idTypeName,
                IsPublic(record),
                fields.Select(f => f.PropertyName == "Id" ? idField : f).ToEquatableArray(),
                isReferenced);
            return new SchemaResult(spec, location, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InternalError, location, $"reading the record '{record.Name}'", exception.ToString()));
            return new SchemaResult(null, location, diagnostics.ToEquatableArray());
        }
    }

    private static List<FieldSpec> ReadFields(
        INamedTypeSymbol type,
        HashSet<ITypeSymbol> enclosing,
        ImmutableArray<DiagnosticInfo>.Builder diagnostics,
        CancellationToken cancellationToken)
    {
        var fields = new List<FieldSpec>();
        foreach (var property in MappedProperties(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fieldType = Classify(property, property.Type, enclosing, diagnostics, cancellationToken);
            if (fieldType is null)
            {
                continue;
            }

            fieldType = WithRange(property, fieldType, diagnostics);
            fields.Add(new FieldSpec(
                property.Name,
                Naming.ToSnakeCase(property.Name),
                fieldType,
                property.IsRequired,
                ReverseIndexName(property),
                property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AcyclicAttributeName),
                Summary(property)));
        }

        return fields;
    }

    /// <summary>Public settable or init-only instance properties, base types first, in declaration order.</summary>
    private static IEnumerable<IPropertySymbol> MappedProperties(INamedTypeSymbol type)
    {
        var chain = new Stack<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Push(current);
        }

        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public
                    && property.SetMethod is not null && !property.IsOverride)
                {
                    yield return property;
                }
            }
        }
    }

    private static TypeSpec? Classify(
        IPropertySymbol property,
        ITypeSymbol type,
        HashSet<ITypeSymbol> enclosing,
        ImmutableArray<DiagnosticInfo>.Builder diagnostics,
        CancellationToken cancellationToken)
    {
        var isNullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableValue)
        {
            type = nullableValue.TypeArguments[0];
            isNullable = true;
        }
        else if (type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            isNullable = true;
        }

        var typeName = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullyQualified);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return TypeSpec.Scalar(FieldKind.String, "string", isNullable);
            case SpecialType.System_Boolean:
                return TypeSpec.Scalar(FieldKind.Boolean, "bool", isNullable);
            case SpecialType.System_Int32:
                return TypeSpec.Scalar(FieldKind.Int32, "int", isNullable);
            case SpecialType.System_Int64:
                return TypeSpec.Scalar(FieldKind.Int64, "long", isNullable);
            case SpecialType.System_Decimal:
                return TypeSpec.Scalar(FieldKind.Decimal, "decimal", isNullable);
            case SpecialType.System_Double:
                return TypeSpec.Scalar(FieldKind.Double, "double", isNullable);
        }

        // Id types do not exist yet when the generator reads a record in source (it creates them); in a referenced
        // assembly they are the record structs it created there.
        var isIdType = type.Name.EndsWith("Id", StringComparison.Ordinal) && type.Name.Length > 2
            && (type.TypeKind == TypeKind.Error || (type.IsValueType && !type.Locations.Any(l => l.IsInSource) && type.GetMembers("Resolve").Any()));
        if (isIdType)
        {
            return TypeSpec.Scalar(FieldKind.Reference, type.Name, isNullable);
        }

        if (type.TypeKind == TypeKind.Error)
        {
            return Unsupported(property, type, "the type is unknown; a reference to another collection is written with its id type, the target record's name followed by Id", diagnostics);
        }

        if (type is not INamedTypeSymbol named)
        {
            return Unsupported(property, type, "use text, a number, true/false, an enum, PartialDate, a record, an id type or ImmutableArray<T> of these", diagnostics);
        }

        if (named.TypeKind == TypeKind.Enum)
        {
            return ClassifyEnum(property, named, typeName, isNullable, diagnostics);
        }

        if (named.ToDisplayString() == PartialDateTypeName)
        {
            return TypeSpec.Scalar(FieldKind.Date, typeName, isNullable);
        }

        if (named.IsGenericType && named.OriginalDefinition.ToDisplayString() == "System.Collections.Immutable.ImmutableArray<T>")
        {
            var element = Classify(property, named.TypeArguments[0], enclosing, diagnostics, cancellationToken);
            return element is null ? null : new TypeSpec(FieldKind.List, typeName, isNullable, element, EquatableArray<FieldSpec>.Empty, EquatableArray<EnumMemberSpec>.Empty);
        }

        if (named.IsGenericType || named.SpecialType != SpecialType.None || named.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || !enclosing.Any(e => SymbolEqualityComparer.Default.Equals(e.ContainingAssembly, named.ContainingAssembly)))
        {
            var hint = named.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                ? "lists are declared as ImmutableArray<T> so that entries cannot be changed"
                : "use text, a number, true/false, an enum, PartialDate, a record, an id type or ImmutableArray<T> of these";
            return Unsupported(property, type, hint, diagnostics);
        }

        if (!enclosing.Add(named))
        {
            return Unsupported(property, type, "a record cannot contain itself; refer to another entry by its id instead", diagnostics);
        }

        var fields = ReadFields(named, enclosing, diagnostics, cancellationToken);
        enclosing.Remove(named);
        return new TypeSpec(FieldKind.Record, typeName, isNullable, null, fields.ToEquatableArray(), EquatableArray<EnumMemberSpec>.Empty);
    }

    private static TypeSpec? ClassifyEnum(
        IPropertySymbol property,
        INamedTypeSymbol type,
        string typeName,
        bool isNullable,
        ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var members = new List<EnumMemberSpec>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue)
            {
                continue;
            }

            var value = Convert.ToInt64(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture);
            if (value is < int.MinValue or > int.MaxValue)
            {
                return Unsupported(property, type, $"enum member {field.Name} does not fit in an int", diagnostics);
            }

            members.Add(new EnumMemberSpec(field.Name, Naming.ToKebabCase(field.Name), value, Summary(field)));
        }

        return new TypeSpec(FieldKind.Enum, typeName, isNullable, null, EquatableArray<FieldSpec>.Empty, members.ToEquatableArray());
    }

    private static TypeSpec? Unsupported(IPropertySymbol property, ITypeSymbol type, string hint, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.UnsupportedProperty, LocationOf(property), property.Name, type.ToDisplayString(), hint));
        return null;
    }

    /// <summary>The property's type with the bounds of its range attribute, if it has one, on the number (or date) it holds.</summary>
    private static TypeSpec WithRange(IPropertySymbol property, TypeSpec type, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ValueRangeAttributeName);
        if (attribute is null)
        {
            return type;
        }

        if (type.Kind == FieldKind.List && type.Element is not null)
        {
            return type with { Element = WithRange(property, type.Element, diagnostics) };
        }

        double? minimum = null, maximum = null;
        if (attribute.ConstructorArguments.Length == 2)
        {
            minimum = Convert.ToDouble(attribute.ConstructorArguments[0].Value, System.Globalization.CultureInfo.InvariantCulture);
            maximum = Convert.ToDouble(attribute.ConstructorArguments[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var named in attribute.NamedArguments)
        {
            var bound = Convert.ToDouble(named.Value.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (named.Key == "Minimum")
            {
                minimum = bound;
            }
            else if (named.Key == "Maximum")
            {
                maximum = bound;
            }
        }

        string? problem = type.Kind is not (FieldKind.Int32 or FieldKind.Int64 or FieldKind.Decimal or FieldKind.Double or FieldKind.Date)
            ? "[ValueRange] applies only to numbers, to dates (their year) and to lists of them"
            : minimum is { } low && maximum is { } high && low > high
                ? "its minimum is larger than its maximum"
                : new[] { minimum, maximum }.Any(b => b is { } value && (double.IsNaN(value) || Math.Abs(value) > 7.9e27))
                    ? "a bound is not a number a data file can hold"
                    : null;
        if (problem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticCatalog.InvalidCollection,
                attribute.ApplicationSyntaxReference is { } syntax ? RoslynDiagnostics.FromLocation(syntax.GetSyntax().GetLocation()) : LocationOf(property),
                $"The range of '{property.Name}' cannot be used: {problem}."));
            return type;
        }

        return minimum is null && maximum is null
            ? type
            : type with { Range = new NumberRange(Bound(minimum), Bound(maximum)) };
    }

    private static decimal? Bound(double? value) => value is { } bound && !double.IsInfinity(bound) ? (decimal)bound : null;

    private static string? ReverseIndexName(IPropertySymbol property)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ReverseIndexAttributeName);
        return attribute?.ConstructorArguments.FirstOrDefault().Value as string;
    }

    private static string? Summary(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            var summary = XDocument.Parse(xml).Descendants("summary").FirstOrDefault();
            return summary is null ? null : Regex.Replace(summary.Value, @"\s+", " ").Trim();
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static bool IsPublic(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static LocationInfo? LocationOf(ISymbol symbol) =>
        symbol.Locations.FirstOrDefault(l => l.IsInSource) is { } location ? RoslynDiagnostics.FromLocation(location) : null;
}
