using System.Text;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>Everything needed to read a bank CSV's rows: dialect, where data starts, which column is what, and formats.</summary>
internal sealed record BankCsvLayout
{
    public required char Delimiter { get; init; }

    /// <summary>The header's (or last preamble line's) physical line; data starts after it.</summary>
    public required int LastNonDataLine { get; init; }

    public required int FieldCount { get; init; }

    public required int DateColumn { get; init; }

    public int? ValueDateColumn { get; init; }

    /// <summary>The date formats still possible; more than one only while the day/month order is undecided.</summary>
    public required IReadOnlyList<DateFormat> DateFormats { get; init; }

    public DateFormat DateFormat => DateFormats[0];

    public int? AmountColumn { get; init; }

    public int? DebitColumn { get; init; }

    public int? CreditColumn { get; init; }

    public int? MarkerColumn { get; init; }

    public IReadOnlyList<int> DescriptionColumns { get; init; } = [];

    public int? CounterpartyColumn { get; init; }

    public int? CounterpartyAccountColumn { get; init; }

    public int? IdColumn { get; init; }

    public int? CurrencyColumn { get; init; }

    public int? AccountColumn { get; init; }

    public int? CategoryColumn { get; init; }

    public required AmountFormat AmountFormat { get; init; }

    /// <summary>Card exports that show purchases as positive numbers.</summary>
    public bool InvertSign { get; init; }

    public required CurrencyCode Currency { get; init; }

    public string? ProfileName { get; init; }

    /// <summary>Set by the parser from the bytes; not part of what sniffing the text decides.</summary>
    public Encoding? Encoding { get; init; }

    public int BomLength { get; init; }

    /// <summary>Spaces or tabs next to a quote in the head (<c>a; "b"</c>): the reader must trim around quoted fields.</summary>
    public bool PaddedQuotes { get; init; }

    public bool DayMonthOrderUndecided => DateFormats.Any(f => f.Order == DateOrder.DayMonthYear) && DateFormats.Any(f => f.Order == DateOrder.MonthDayYear);

    /// <summary>The highest column index a data row needs.</summary>
    public int LastUsedColumn =>
        new[] { DateColumn, AmountColumn ?? -1, DebitColumn ?? -1, CreditColumn ?? -1 }.Max();
}
