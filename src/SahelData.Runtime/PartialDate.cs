using System;
using System.ComponentModel;
using System.Globalization;

namespace SahelData;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year, e.g. <c>2021</c>.</summary>
    Year,

    /// <summary>The year and month, e.g. <c>2022-03</c>.</summary>
    Month,

    /// <summary>The full date, e.g. <c>2024-07-27</c>.</summary>
    Day,
}

/// <summary>
/// A date known to the year, the month or the day, written <c>2024</c>, <c>2024-07</c> or <c>2024-07-27</c>
/// (Wikidata's and ACLED's time precision). Orders chronologically, a less precise date first.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>, IComparable
{
    private readonly int packed;

    /// <summary>Creates a date; <paramref name="month"/> and <paramref name="day"/> are 0 when unknown.</summary>
    public PartialDate(int year, int month = 0, int day = 0)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        }

        if (month is < 0 or > 12 || (month == 0 && day != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12, or 0 when only the year is known.");
        }

        if (day < 0 || (day > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month.");
        }

        packed = (year * 10000) + (month * 100) + day;
    }

    private PartialDate(int packed, bool trusted) => this.packed = trusted ? packed : 0;

    /// <summary>The year.</summary>
    public int Year => packed / 10000;

    /// <summary>The month, when known.</summary>
    public int? Month => packed / 100 % 100 is var month and > 0 ? month : null;

    /// <summary>The day, when known.</summary>
    public int? Day => packed % 100 is var day and > 0 ? day : null;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>Whether the day <paramref name="date"/> falls within this date.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Rebuilds a date the generator checked and packed as <c>year*10000 + month*100 + day</c>. For generated code only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static PartialDate FromPacked(int packed) => new(packed, trusted: true);

    /// <summary>Like <see cref="FromPacked"/>, with 0 standing for no date. For generated code only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static PartialDate? FromPackedOrNull(int packed) => packed == 0 ? null : new PartialDate(packed, trusted: true);

    /// <summary>Reads <c>2024</c>, <c>2024-07</c> or <c>2024-07-27</c>.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException(WhyNotADate(text));

    // A date written in the right shape but naming a day that does not exist deserves the reason, as the build gives it.
    private static string WhyNotADate(string? text)
    {
        if (text is { Length: 10 } && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            var days = DateTime.DaysInMonth(year, month);
            return string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a date: {monthName} {year} has {days} days.");
        }

        return $"'{text}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD.";
    }

    /// <summary>Reads <c>2024</c>, <c>2024-07</c> or <c>2024-07-27</c>; false when the text is not such a date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || text.Length is not (4 or 7 or 10))
        {
            return false;
        }

        var parts = text.Split('-');
        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length != (i == 0 ? 4 : 2) || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        try
        {
            date = new PartialDate(numbers[0], numbers[1], numbers[2]);
            return parts.Length == 1 || numbers[1] > 0 && (parts.Length == 2 || numbers[2] > 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public int CompareTo(PartialDate other) => packed.CompareTo(other.packed);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj is PartialDate other ? CompareTo(other) : throw new ArgumentException("Not a PartialDate.", nameof(obj));

    /// <summary>The date as written in data files: <c>2024</c>, <c>2024-07</c> or <c>2024-07-27</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>Compares chronologically.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Compares chronologically.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Compares chronologically.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares chronologically.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
