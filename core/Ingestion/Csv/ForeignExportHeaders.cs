namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Header signatures of exports that have dates and amounts but are not bank statements (accounting, processor,
/// expense and customer exports). Other parsers claim those; the bank CSV parser must not compete for them.
/// </summary>
internal static class ForeignExportHeaders
{
    /// <summary>Whether the header names, normalised by <see cref="HeaderText.Normalize"/> (so "reporting_category" reads "reporting category"), are those of an accounting, processor, expense or customer export.</summary>
    public static bool IsForeign(IReadOnlyCollection<string> headers)
    {
        bool Has(string name) => headers.Contains(name);
        bool Any(params string[] names) => names.Any(Has);

        var xero = Any("invoicenumber", "*invoicenumber", "*contactname", "contactname", "journalnumber", "taxcode");
        var quickBooks = Any("invoice no", "invoice no.", "invoice number", "invoice #", "bill no", "bill no.") || (Any("customer", "vendor", "supplier") && Any("due date", "duedate"));
        var stripe = Has("reporting category") || Has("balance transaction id")
            || (Has("id") && Has("amount") && Any("fee", "amount refunded", "seller message") && Any("created (utc)", "created", "created date (utc)"));
        var payPal = (Has("gross") && Has("fee") && Has("net")) || (Has("transaction id") && Has("gross"));
        var expense = Has("employee") || (Has("merchant") && Any("category", "receipt", "report", "expense type", "receipt url"));
        var customers = Any("customerid", "customer id", "customer number", "customer no") && Has("name")
            && !headers.Any(h => HeaderVocabulary.RoleOf(h) is ColumnRole.Amount or ColumnRole.Debit or ColumnRole.Credit);
        return xero || quickBooks || stripe || payPal || expense || customers;
    }
}
