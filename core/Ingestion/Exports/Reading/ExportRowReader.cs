using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>
/// Reads typed values from one row. The first bad value rejects the row (line, column, reason; never the value) and
/// <see cref="Failed"/> turns true; later reads then return defaults without rejecting again.
/// </summary>
internal sealed class ExportRowReader(ExportRow row, ParseDiagnostics diagnostics)
{
    public ExportRow Row => row;

    public bool Failed { get; private set; }

    public string? Text(ExportColumn column) => row[column];

    public string RequiredText(ExportColumn column)
    {
        var value = row[column];
        if (value is null)
        {
            Reject(column, $"{column.Name} is empty");
        }

        return value ?? string.Empty;
    }

    public decimal? Amount(ExportColumn column)
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (ExportAmounts.TryParse(text, out var amount))
        {
            return amount;
        }

        Reject(column, $"{column.Name} is not an amount");
        return null;
    }

    public decimal RequiredAmount(ExportColumn column)
    {
        if (row[column] is null)
        {
            Reject(column, $"{column.Name} is empty");
            return 0m;
        }

        return Amount(column) ?? 0m;
    }

    public DateOnly? Date(ExportColumn column, DateOrder? order)
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (ExportDates.TryParse(text, order, out var date))
        {
            return date;
        }

        Reject(column, $"{column.Name} is not a date");
        return null;
    }

    /// <summary>A yyyy-MM-dd date (a time after it is ignored), for the generic schemas, which allow no other form.</summary>
    public DateOnly? IsoDate(ExportColumn column)
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (text.Length >= 10 && text[4] == '-' && text[7] == '-' && ExportDates.TryParse(text, null, out var date))
        {
            return date;
        }

        Reject(column, $"{column.Name} is not a yyyy-MM-dd date");
        return null;
    }

    public DateOnly RequiredDate(ExportColumn column, DateOrder? order)
    {
        if (row[column] is null)
        {
            Reject(column, $"{column.Name} is empty");
            return default;
        }

        return Date(column, order) ?? default;
    }

    /// <summary>The row's currency, or <paramref name="fallback"/> when the column is absent or empty.</summary>
    public CurrencyCode Currency(ExportColumn column, CurrencyCode fallback)
    {
        var text = row[column];
        if (text is null)
        {
            return fallback;
        }

        if (CurrencyCode.TryParse(text, out var currency))
        {
            return currency;
        }

        Reject(column, $"{column.Name} is not an ISO 4217 code");
        return fallback;
    }

    /// <summary>Rejects the row once, at <paramref name="column"/> when the header has it.</summary>
    public void Reject(ExportColumn? column, string reason)
    {
        if (Failed)
        {
            return;
        }

        Failed = true;
        diagnostics.Reject(row.Line, column is null ? null : row.ColumnNumber(column), reason);
    }
}
