using System.Globalization;
using System.Xml.Linq;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Camt;

/// <summary>CAMT's amount, sign and date notations.</summary>
internal static class CamtValues
{
    /// <summary>Reads <c>&lt;Amt Ccy="EUR"&gt;12.34&lt;/Amt&gt;</c> (unsigned; the sign is in CdtDbtInd).</summary>
    public static bool TryReadAmount(XElement? amt, out Money money)
    {
        money = default;
        if (amt is null
            || !CurrencyCode.TryParse(amt.Attribute("Ccy")?.Value, out var currency)
            || !decimal.TryParse(amt.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        money = new Money(amount, currency);
        return true;
    }

    /// <summary>+1 for CRDT, -1 for DBIT, 0 when absent or unknown.</summary>
    public static int Sign(string? creditDebit) => creditDebit switch
    {
        "CRDT" => 1,
        "DBIT" => -1,
        _ => 0,
    };

    /// <summary>The calendar date of a <c>Dt</c> or <c>DtTm</c> child, as written (no time-zone shift).</summary>
    public static DateOnly? Date(XElement? dateChoice)
    {
        var text = dateChoice.Text("Dt") ?? dateChoice.Text("DtTm") ?? DateOf(dateChoice);
        return text is { Length: >= 10 }
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
    }

    // A bare CreDtTm/ToDtTm element holds its date-time as text.
    private static string? DateOf(XElement? element) =>
        element is not null && !element.HasElements && !string.IsNullOrWhiteSpace(element.Value) ? element.Value.Trim() : null;
}
