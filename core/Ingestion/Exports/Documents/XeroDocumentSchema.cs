using ProfitPipeline.Ingestion.Exports.Reading;

namespace ProfitPipeline.Ingestion.Exports.Documents;

/// <summary>
/// Xero's invoice and bill exports and import templates: one row per line, the document's values repeated on each line,
/// "*" marking required template columns. Without a Type column (import templates) a row is a sales invoice, or a sales
/// credit note when its total is negative, as Xero's own import treats it.
/// </summary>
internal sealed class XeroDocumentSchema : IDocumentSchema
{
    private static readonly ExportColumn Contact = new("ContactName", "ContactName");
    private static readonly ExportColumn Number = new("InvoiceNumber", "InvoiceNumber", "CreditNoteNumber");
    private static readonly ExportColumn Reference = new("Reference", "Reference");
    private static readonly ExportColumn IssueDate = new("InvoiceDate", "InvoiceDate", "CreditNoteDate", "Date");
    private static readonly ExportColumn DueDate = new("DueDate", "DueDate");
    private static readonly ExportColumn Total = new("Total", "Total");
    private static readonly ExportColumn TaxTotal = new("TaxTotal", "TaxTotal");
    private static readonly ExportColumn Description = new("Description", "Description");
    private static readonly ExportColumn Quantity = new("Quantity", "Quantity");
    private static readonly ExportColumn UnitAmount = new("UnitAmount", "UnitAmount");
    private static readonly ExportColumn Discount = new("Discount", "Discount");
    private static readonly ExportColumn LineAmount = new("LineAmount", "LineAmount");
    private static readonly ExportColumn AccountCode = new("AccountCode", "AccountCode");
    private static readonly ExportColumn TaxType = new("TaxType", "TaxType");
    private static readonly ExportColumn TaxAmount = new("TaxAmount", "TaxAmount");
    private static readonly ExportColumn TrackingName1 = new("TrackingName1", "TrackingName1");
    private static readonly ExportColumn TrackingOption1 = new("TrackingOption1", "TrackingOption1");
    private static readonly ExportColumn TrackingName2 = new("TrackingName2", "TrackingName2");
    private static readonly ExportColumn TrackingOption2 = new("TrackingOption2", "TrackingOption2");
    private static readonly ExportColumn Currency = new("Currency", "Currency");
    private static readonly ExportColumn Type = new("Type", "Type");
    private static readonly ExportColumn Status = new("Status", "Status");

    // Declared after the columns: static fields initialise in order, and the instance reads them.
    public static readonly XeroDocumentSchema Instance = new();

    public ExportColumn NumberColumn => Number;

    public IReadOnlyList<ExportColumn> DateColumns { get; } = [IssueDate, DueDate];

    public int Score(ExportColumns columns) =>
        columns.HasAll(Contact, Number, IssueDate) && columns.CountOf(Total, UnitAmount, LineAmount) > 0
        && columns.CountOf(AccountCode, TaxType, UnitAmount, TrackingName1, TaxTotal) > 0 ? 90 : 0;

    public DocumentType? TypeOf(ExportRow row) => ParseType(row[Type]);

    public FileFormat DefaultFormat(ExportColumns columns) => FileFormat.InvoiceExport;

    public DocumentRow? Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        var number = reader.RequiredText(Number);
        var issued = reader.RequiredDate(IssueDate, context.DateOrder);
        var due = reader.Date(DueDate, context.DateOrder);
        var currency = reader.Currency(Currency, context.DefaultCurrency);
        var total = reader.Amount(Total);
        var taxTotal = reader.Amount(TaxTotal);
        var lineAmount = reader.Amount(LineAmount) ?? LineFromUnits(reader);
        var lineTax = reader.Amount(TaxAmount);
        var type = row.Columns.Has(Type) ? ParseType(row[Type]) : (total ?? lineAmount) < 0 ? DocumentType.CreditNote : DocumentType.Invoice;
        if (type is null)
        {
            reader.Reject(Type, "Type is not a Xero document type (sales invoice, sales credit note, bill, bill credit note)");
        }

        if (reader.Failed || type is not { } documentType)
        {
            return null;
        }

        var tracking = TrackingTags.From((row[TrackingName1], row[TrackingOption1]), (row[TrackingName2], row[TrackingOption2]));
        var sales = documentType is DocumentType.Invoice or DocumentType.CreditNote;
        return new DocumentRow
        {
            Line = row.Line,
            Type = documentType,
            Number = number,
            Counterparty = row[Contact],
            CustomerReference = sales ? row[Contact] : tracking.Customer,
            IssueDate = issued,
            DueDate = due,
            Currency = currency,
            Total = total,
            Tax = taxTotal,
            LineAmount = lineAmount,
            LineTax = lineTax,
            Description = row[Description],
            Category = row[AccountCode],
            Project = tracking.Project,
            Segment = tracking.Segment,
            Status = row[Status],
            RelatedInvoice = documentType is DocumentType.CreditNote or DocumentType.SupplierCredit ? row[Reference] : null,
        };
    }

    /// <summary>Import templates have no line amount: quantity times unit amount, less the discount percentage.</summary>
    private static decimal? LineFromUnits(ExportRowReader reader)
    {
        if (reader.Amount(UnitAmount) is not { } unit)
        {
            return null;
        }

        var quantity = reader.Amount(Quantity) ?? 1m;
        var discount = reader.Amount(Discount) ?? 0m;
        return Math.Round(quantity * unit * (1m - (discount / 100m)), 2, MidpointRounding.AwayFromZero);
    }

    private static DocumentType? ParseType(string? text) => ExportColumns.Normalize(text ?? string.Empty) switch
    {
        "salesinvoice" or "accrec" or "invoice" => DocumentType.Invoice,
        "salescreditnote" or "accreccredit" or "creditnote" => DocumentType.CreditNote,
        "bill" or "accpay" or "purchasebill" => DocumentType.Bill,
        "billcreditnote" or "accpaycredit" or "purchasecreditnote" => DocumentType.SupplierCredit,
        _ => null,
    };
}
