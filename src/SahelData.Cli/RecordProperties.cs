using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;

namespace SahelData.Cli;

/// <summary>
/// The public properties of a dataset record, in declaration order, for the commands that print or export any record
/// alike. Trimming and NativeAOT keep them because the tool roots the SahelData assembly (TrimmerRootAssembly in
/// SahelData.Cli.csproj); the NativeAOT tool tests compare its output with the JIT tool's.
/// </summary>
internal static class RecordProperties
{
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Records come from the SahelData assembly, which the tool roots whole.")]
    public static PropertyInfo[] Of(object record) => record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static object? Value(object record, string name) => Of(record).FirstOrDefault(p => p.Name == name)?.GetValue(record);
}
