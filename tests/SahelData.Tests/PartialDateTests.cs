using System;
using Xunit;

namespace SahelData.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2024-07-27", DatePrecision.Day, "2024-07-27", "2024-07-27")]
    public void Parses_each_precision_and_spans_the_right_days(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13")]
    [InlineData("24-07-27")]
    [InlineData("2024-7-27")]
    [InlineData("0000")]
    [InlineData("")]
    public void Rejects_impossible_or_malformed_dates(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2024-02-30", "'2024-02-30' is not a date: February 2024 has 29 days.")]
    [InlineData("2023-02-29", "'2023-02-29' is not a date: February 2023 has 28 days.")]
    [InlineData("2024-04-31", "'2024-04-31' is not a date: April 2024 has 30 days.")]
    [InlineData("05/08/2024", "'05/08/2024' is not a date written YYYY, YYYY-MM or YYYY-MM-DD.")]
    [InlineData("2024-13-01", "'2024-13-01' is not a date written YYYY, YYYY-MM or YYYY-MM-DD.")]
    public void Parse_says_why_a_text_is_not_a_date(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => PartialDate.Parse(text)).Message);
    }

    [Fact]
    public void Orders_chronologically_with_the_less_precise_first()
    {
        Assert.True(PartialDate.Parse("2024") < PartialDate.Parse("2024-07"));
        Assert.True(PartialDate.Parse("2024-07") < PartialDate.Parse("2024-07-26"));
        Assert.True(PartialDate.Parse("2024-07-27") < PartialDate.Parse("2024-08"));
    }
}
