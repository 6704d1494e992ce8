using ProfitPipeline.Ingestion.Exports.Reading;

namespace ProfitPipeline.Ingestion.Exports.Documents;

/// <summary>
/// QuickBooks Online report and list exports (Invoice List, Transaction List, Sales by Customer Detail, Bill List): a title
/// above the header, group headings (a customer's name alone in the first cell) and "Total for ..." rows, which are skipped.
/// With a Product/Service column each row is a line of the document its Num names; otherwise a row is a whole document.
/// </summary>
internal sealed class QuickBooksDocumentSchema : IDocumentSchema
{
    private static readonly ExportColumn Date = new("Date", "Date", "Transaction date", "Invoice date", "Txn date");
    private static readonly ExportColumn Type = new("Transaction type", "Transaction type", "Type", "Txn type");
    private static readonly ExportColumn Number = new("Num", "Num", "No.", "Ref no.", "Invoice no.");
    private static readonly ExportColumn Customer = new("Customer", "Customer", "Customer full name", "Customer name");
    private static readonly ExportColumn Vendor = new("Vendor", "Vendor", "Supplier", "Vendor name", "Supplier name", "Payee");
    private static readonly ExportColumn Name = new("Name", "Name");
    private static readonly ExportColumn Memo = new("Memo/Description", "Memo/Description", "Memo", "Description", "Product/Service description");
    private static readonly ExportColumn DueDate = new("Due date", "Due date");
    private static readonly ExportColumn Amount = new("Amount", "Amount", "Total", "Total amount");
    private static readonly ExportColumn Tax = new("Tax amount", "Tax amount", "Sales tax", "Taxes");
    private static readonly ExportColumn OpenBalance = new("Open balance", "Open balance");
    private static readonly ExportColumn Product = new("Product/Service", "Product/Service", "Item");
    private static readonly ExportColumn Class = new("Class", "Class");
    private static readonly ExportColumn Location = new("Location", "Location", "Department");
    private static readonly ExportColumn Account = new("Account", "Account", "Category", "Expense account");
    private static readonly ExportColumn Status = new("Status", "Status");
    private static readonly ExportColumn Currency = new("Currency", "Currency");
    private static readonly ExportColumn AppliedTo = new("Applied to", "Applied to");

    // Columns only QuickBooks writes: one of them tells its exports from a plain table with a date and an amount.
    private static readonly ExportColumn[] Distinctive =
        [Number, new("Transaction type", "Transaction type"), OpenBalance, new("Memo/Description", "Memo/Description"), Product];

    public static readonly QuickBooksDocumentSchema Instance = new();

    public ExportColumn NumberColumn => Number;

    public IReadOnlyList<ExportColumn> DateColumns => [Date, DueDate];

    public int Score(ExportColumns columns) =>
        columns.HasAll(Date, Amount) && columns.CountOf(Distinctive) > 0 && columns.CountOf(Type, Customer, Vendor, Name) > 0 ? 85 : 0;

    public DocumentType? TypeOf(ExportRow row) =>
        row.Columns.Has(Type) ? ParseType(row[Type]) : row[Date] is null ? null : Untyped(row.Columns, 0m);

    public FileFormat DefaultFormat(ExportColumns columns) => Untyped(columns, 0m).Format();

    public DocumentRow? Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        if (IsStructure(row, context))
        {
            return null;
        }

        var issued = reader.RequiredDate(Date, context.DateOrder);
        var amount = reader.RequiredAmount(Amount);
        var tax = reader.Amount(Tax);
        var due = reader.Date(DueDate, context.DateOrder);
        var currency = reader.Currency(Currency, context.DefaultCurrency);
        DocumentType? type = row.Columns.Has(Type) ? ParseType(row[Type]) : Untyped(row.Columns, amount);
        if (reader.Failed)
        {
            return null;
        }

        if (type is not { } documentType)
        {
            context.Skip(row[Type] ?? "(no type)");
            return null;
        }

        var bill = documentType is DocumentType.Bill or DocumentType.SupplierCredit;
        var party = (bill ? row[Vendor] : row[Customer]) ?? row[Name] ?? context.Group;
        var lines = row.Columns.Has(Product);
        return new DocumentRow
        {
            Line = row.Line,
            Type = documentType,
            Number = row[Number],
            Counterparty = party,
            CustomerReference = bill ? row[Customer] : party,
            IssueDate = issued,
            DueDate = due,
            Currency = currency,
            Total = lines ? null : amount,
            Tax = lines ? null : tax,
            LineAmount = lines ? amount : null,
            LineTax = lines ? tax : null,
            Description = row[Memo] ?? row[Product],
            Category = row[Product] ?? row[Account],
            Project = row[Class],
            Segment = row[Location],
            Status = row[Status] ?? (row.Columns.Has(OpenBalance) ? OpenStatus(reader) : null),
            RelatedInvoice = documentType is DocumentType.Payment or DocumentType.CreditNote ? row[AppliedTo] : null,
        };
    }

    /// <summary>
    /// A heading (text in the first cell only) names the group below it. Report exports leave their first column unnamed
    /// and empty on data rows, so text there is layout: headings, totals, the basis-and-time footer.
    /// </summary>
    private static bool IsStructure(ExportRow row, ExportReadContext context)
    {
        var fields = row.Record.Fields;
        var first = fields.Count > 0 ? fields[0] : string.Empty;
        var total = first.StartsWith("Total", StringComparison.OrdinalIgnoreCase);
        if (first.Length > 0 && fields.Skip(1).All(f => f.Length == 0))
        {
            context.Group = total ? null : first;
            return true;
        }

        var reportLayout = row.Columns.Headers[0].Length == 0 && first.Length > 0;
        return reportLayout || (total && row[Date] is null);
    }

    private static string? OpenStatus(ExportRowReader reader) => reader.Amount(OpenBalance) switch
    {
        0m => "Paid",
        { } => "Open",
        null => null,
    };

    /// <summary>Lists without a type column hold one kind: bills when they name a vendor, else invoices; negative ones credit.</summary>
    private static DocumentType Untyped(ExportColumns columns, decimal amount) => (columns.Has(Vendor), amount < 0) switch
    {
        (true, false) => DocumentType.Bill,
        (true, true) => DocumentType.SupplierCredit,
        (false, false) => DocumentType.Invoice,
        (false, true) => DocumentType.CreditNote,
    };

    private static DocumentType? ParseType(string? text) => ExportColumns.Normalize(text ?? string.Empty) switch
    {
        "invoice" or "salesreceipt" => DocumentType.Invoice,
        "creditmemo" or "refundreceipt" or "creditnote" => DocumentType.CreditNote,
        "bill" => DocumentType.Bill,
        "vendorcredit" or "suppliercredit" => DocumentType.SupplierCredit,
        "payment" or "receivepayment" => DocumentType.Payment,
        _ => null,
    };
}
