using System.Linq;
using System.Reflection;

namespace SahelData.Cli.Exports.Tables;

/// <summary>What every analysts' export says about itself: the dataset's name, version, licences and how to cite it (as CITATION.cff and DATA-LICENSE say).</summary>
internal static class DatasetMetadata
{
    public const string Name = "sahel-data";

    public const string Title = "SahelData: events, actors, places and claims around the 2024 rupture between the Sahel juntas and Ukraine, and Russia's rise in Mali";

    public const string Description = "A curated, sourced dataset of the events, actors, places and claims around the 2024 rupture between the Sahel juntas (Mali, Niger, Burkina Faso) and Ukraine after the Tinzaouaten ambush, and Russia's rise in Mali at France's expense. Every fact cites the documents it comes from; where sources disagree, every version is recorded.";

    public const string Authors = "SahelData contributors";

    public const string DataLicense = "CC-BY-4.0";

    public const string DataLicenseTitle = "Creative Commons Attribution 4.0 International";

    public const string DataLicenseUrl = "https://creativecommons.org/licenses/by/4.0/";

    public const string CodeLicense = "MIT";

    public const string LicenseNote = "The data is CC BY 4.0 (cite \"SahelData contributors\"); quotes remain their authors'; the code that builds it is MIT.";

    /// <summary>The version of the dataset library the tool carries (its informational version, without build metadata).</summary>
    public static string Version { get; } =
        (typeof(SahelData.Model.Actors).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+').First();

    /// <summary>How to cite the dataset, as CITATION.cff asks.</summary>
    public static string Citation => $"{Authors}. {Title}. Version {Version}. Licence {DataLicense}.";
}
