using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SahelData.Generators.Model;

/// <summary>
/// Where something is, kept as plain values so that specs stay equatable; a <see cref="Location"/>
/// is rebuilt only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location location)
    {
        if (location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }
}
