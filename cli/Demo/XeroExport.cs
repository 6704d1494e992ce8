namespace ProfitPipeline.Cli.Demo;

/// <summary>Xero's invoice/bill export: one row per line, the document's header repeated on each.</summary>
internal static class XeroExport
{
    public static readonly string[] Header =
    [
        "ContactName", "InvoiceNumber", "Reference", "InvoiceDate", "DueDate", "Total", "TaxTotal", "InvoiceAmountPaid", "InvoiceAmountDue",
        "Description", "Quantity", "UnitAmount", "LineAmount", "AccountCode", "TaxType", "TaxAmount", "TrackingName1", "TrackingOption1",
        "Currency", "Type", "Status",
    ];

    /// <summary>Writes the documents with what had been paid by the as-of day; <paramref name="settledByCredit"/> are cancelled by a credit note.</summary>
    public static byte[] Write(IEnumerable<XeroDocument> documents, IReadOnlyList<Settlement> settlements, IReadOnlySet<string> settledByCredit) =>
        DemoCsv.Write(Header, documents.SelectMany(d => Rows(d, settlements, settledByCredit)));

    private static IEnumerable<string[]> Rows(XeroDocument document, IReadOnlyList<Settlement> settlements, IReadOnlySet<string> settledByCredit)
    {
        // Credit notes print negative so that summing Total over the file gives net sales.
        var sign = document.Type == XeroDocument.SalesCreditNote ? -1m : 1m;
        var paid = settlements.Where(s => s.DocumentNumber == document.Number).Sum(s => s.Amount);
        var due = document.Type == XeroDocument.SalesCreditNote || settledByCredit.Contains(document.Number) ? 0m : document.Total - paid;
        var status = due == 0m ? "Paid" : "Awaiting Payment";
        return document.Lines.Select(line => new[]
        {
            document.Contact, document.Number, document.Reference, DemoAmount.Text(document.Date), DemoAmount.Text(document.DueDate),
            DemoAmount.Text(sign * document.Total), DemoAmount.Text(sign * document.TaxTotal), DemoAmount.Text(paid), DemoAmount.Text(due),
            line.Description, DemoAmount.Text(line.Quantity), DemoAmount.Text(sign * line.UnitAmount), DemoAmount.Text(sign * line.LineAmount),
            line.AccountCode, line.TaxType, DemoAmount.Text(sign * line.TaxAmount), line.Project.Length > 0 ? "Project" : "", line.Project,
            DemoCompany.HomeCurrency, document.Type, status,
        });
    }
}
