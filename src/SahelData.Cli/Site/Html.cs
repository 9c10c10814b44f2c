using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using SahelData.Model;

namespace SahelData.Cli.Site;

/// <summary>One page being written: its place in the site (for relative links) and its HTML.</summary>
internal sealed class Page
{
    private readonly StringBuilder html = new();

    public Page(string path) => Path = path;

    /// <summary>The page's path from the site's root, with '/' separators, e.g. <c>actors/mali.html</c>.</summary>
    public string Path { get; }

    /// <summary>The relative prefix from this page back to the site's root.</summary>
    public string Root => string.Concat(Enumerable.Repeat("../", Path.Count(c => c == '/')));

    public Page Raw(string text)
    {
        html.Append(text);
        return this;
    }

    public Page Text(string? text)
    {
        html.Append(Encode(text));
        return this;
    }

    /// <summary>A link to another page of the site, given by its path from the root.</summary>
    public Page Link(string target, string text, string? cssClass = null, string? title = null)
    {
        html.Append("<a href=\"").Append(Encode(Root + target)).Append('"');
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        if (title is not null)
        {
            html.Append(" title=\"").Append(Encode(title)).Append('"');
        }

        html.Append('>').Append(Encode(text)).Append("</a>");
        return this;
    }

    public Page ActorLink(ActorId id) => Link(SitePaths.Of(id), id.Resolve().Name);

    public Page EventLink(EventId id) => Link(SitePaths.Of(id), id.Resolve().Title);

    public Page PlaceLink(PlaceId id) => Link(SitePaths.Of(id), id.Resolve().Name);

    public Page ClaimLink(ClaimId id) => Link(SitePaths.Of(id), id.Resolve().Statement);

    /// <summary>The sources of a fact, each a link to its page, the document's title on hover.</summary>
    public Page Cites(IEnumerable<SourceId> sources)
    {
        var list = sources.ToList();
        if (list.Count == 0)
        {
            return this;
        }

        html.Append(" <span class=\"cites\">[");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                html.Append(", ");
            }

            Link(SitePaths.Of(list[i]), list[i].Value, "source", list[i].Resolve().Title);
        }

        html.Append("]</span>");
        return this;
    }

    public override string ToString() => html.ToString();

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A value as the data files spell it (<c>declines-to-confirm</c>), from the compiled registry.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => Exports.Tables.Spellings.Of(value);

    /// <summary>The site's class for a stance's side (not a value of the data files, so the site names it here).</summary>
    public static string Kebab(StanceSide side) => side switch
    {
        StanceSide.Holds => "holds",
        StanceSide.Rejects => "rejects",
        StanceSide.Neither => "neither",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "a side the site has no class for"),
    };

    /// <summary>The site's class for how precise a date is (not a value of the data files, so the site names it here).</summary>
    public static string Kebab(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        DatePrecision.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "a precision the site has no class for"),
    };

    /// <summary>A value written for readers: <c>declines-to-confirm</c> becomes "declines to confirm".</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value).Replace('-', ' ');

    /// <summary>A date as precise as it is known, in words: "27 July 2024", "July 2024 (day unknown)", "2024 (month unknown)".</summary>
    public static string DateWords(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture) + " (day unknown)",
        _ => date.Year.ToString(CultureInfo.InvariantCulture) + " (month unknown)",
    };
}

/// <summary>Where each entry's page lives, from the site's root.</summary>
internal static class SitePaths
{
    public static string Of(ActorId id) => $"actors/{id.Value}.html";

    public static string Of(EventId id) => $"events/{id.Value}.html";

    public static string Of(PlaceId id) => $"places/{id.Value}.html";

    public static string Of(ClaimId id) => $"claims/{id.Value}.html";

    public static string Of(SourceId id) => $"sources/{id.Value}.html";

    /// <summary>The page of an entry named by its folder and id, as reverse references give it.</summary>
    public static string Of(string folder, string id) => $"{folder}/{id}.html";
}
