using SahelData.Compiler.Model;
using SahelData.Compiler.Resolving;

namespace SahelData.Generators.Emission;

/// <summary>
/// Writes the named members of a collection (<c>public static Author ChinuaAchebe => At(1);</c>) in the form that
/// costs the compiler least per member, since a large dataset has one per entry: the summary is the entry's title
/// alone (its description is on the record), and the members sit in a region without nullable warnings, so the
/// compiler and analyzers skip nullable flow analysis of their bodies. The annotations stay on: a consumer sees the
/// same non-nullable record type.
/// </summary>
internal static class NamedMemberWriter
{
    public static void Write(SourceWriter writer, string recordType, EquatableArray<NamedMember> members)
    {
        if (members.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Line("#nullable disable warnings");
        foreach (var member in members)
        {
            writer.Line();
            writer.Line($"/// <summary>{Literals.Doc(member.Title)}</summary>");
            writer.Line($"public static {recordType} {member.Name} => At({member.Index});");
        }

        writer.Line();
        writer.Line("#nullable enable warnings");
    }
}
