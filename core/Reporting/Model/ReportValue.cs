using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reporting.Model;

/// <summary>
/// One cell: text, a decimal number (money carries its currency), a date, or empty. A struct, so a 5,000-row table is not
/// 5,000 × columns allocations.
/// </summary>
internal readonly record struct ReportValue
{
    private ReportValue(string? text, decimal number, CurrencyCode? currency, DateOnly? date, bool hasNumber)
    {
        Text = text;
        Number = number;
        Currency = currency;
        Date = date;
        HasNumber = hasNumber;
    }

    public static ReportValue Empty { get; }

    public string? Text { get; }

    public decimal Number { get; }

    public CurrencyCode? Currency { get; }

    public DateOnly? Date { get; }

    public bool HasNumber { get; }

    public bool IsEmpty => Text is null && !HasNumber && Date is null;

    public static ReportValue Of(string? text) => new(text, 0m, null, null, false);

    public static ReportValue Of(decimal number) => new(null, number, null, null, true);

    public static ReportValue Of(Money money) => new(null, money.Amount, money.Currency, null, true);

    public static ReportValue Of(DateOnly date) => new(null, 0m, null, date, false);

    public static ReportValue Of(decimal? number) => number is { } n ? Of(n) : Empty;

    public static ReportValue Of(DateOnly? date) => date is { } d ? Of(d) : Empty;

    public static implicit operator ReportValue(string? text) => Of(text);

    public static implicit operator ReportValue(decimal number) => Of(number);

    public static implicit operator ReportValue(int number) => Of(number);

    public static implicit operator ReportValue(Money money) => Of(money);

    public static implicit operator ReportValue(DateOnly date) => Of(date);

    /// <summary>Orders by kind: empty first, then numbers, dates, text (ordinal, case-insensitive).</summary>
    public static int Compare(ReportValue left, ReportValue right)
    {
        if (left.HasNumber && right.HasNumber)
        {
            return left.Number.CompareTo(right.Number);
        }

        if (left.Date is { } a && right.Date is { } b)
        {
            return a.CompareTo(b);
        }

        if (left.Text is not null && right.Text is not null)
        {
            return string.Compare(left.Text, right.Text, StringComparison.OrdinalIgnoreCase);
        }

        return Rank(left).CompareTo(Rank(right));
    }

    private static int Rank(ReportValue v) => v.IsEmpty ? 0 : v.HasNumber ? 1 : v.Date is not null ? 2 : 3;
}
