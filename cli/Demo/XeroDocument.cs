namespace ProfitPipeline.Cli.Demo;

/// <summary>One line of a Xero invoice or bill; amounts are net, tax is computed per line as Xero does.</summary>
internal sealed record XeroLine(string Description, decimal Quantity, decimal UnitAmount, string AccountCode, string TaxType, decimal TaxRate, string Project)
{
    public decimal LineAmount => DemoAmount.Round(Quantity * UnitAmount);

    public decimal TaxAmount => DemoAmount.Round(LineAmount * TaxRate);
}

/// <summary>A Xero sales invoice, sales credit note or bill, before payments are known.</summary>
internal sealed record XeroDocument(string Contact, string Number, string Reference, DateOnly Date, DateOnly DueDate, string Type, IReadOnlyList<XeroLine> Lines)
{
    public const string SalesInvoice = "Sales invoice";
    public const string SalesCreditNote = "Sales credit note";
    public const string Bill = "Bill";

    public decimal Net => Lines.Sum(l => l.LineAmount);

    public decimal TaxTotal => Lines.Sum(l => l.TaxAmount);

    public decimal Total => Net + TaxTotal;
}

/// <summary>Money received or paid against a document (by number), on a day.</summary>
internal sealed record Settlement(string DocumentNumber, DateOnly Date, decimal Amount);
