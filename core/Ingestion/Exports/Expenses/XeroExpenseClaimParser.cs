using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Expenses;

/// <summary>Xero expense claims (receipts) exports: one row per receipt line, with the claimant and a reimbursed date once paid.</summary>
internal sealed class XeroExpenseClaimParser(IOptions<IngestionOptions> options) : RowExportParser(options)
{
    private static readonly ExportColumn Employee = new("Employee", "Employee", "User", "Claimant", "Spent by");
    private static readonly ExportColumn Date = new("Date", "Date", "Receipt date", "Spent date");
    private static readonly ExportColumn Merchant = new("Contact", "Contact", "Contact name", "Supplier", "Paid to");
    private static readonly ExportColumn Description = new("Description", "Description");
    private static readonly ExportColumn Amount = new("Amount", "Amount", "Total", "Line amount");
    private static readonly ExportColumn Tax = new("Tax amount", "Tax amount", "Tax");
    private static readonly ExportColumn Account = new("Account", "Account", "Account code", "Account name");
    private static readonly ExportColumn Tracking = new("Tracking", "Tracking", "Tracking option", "TrackingOption1");
    private static readonly ExportColumn TrackingName = new("TrackingName1", "TrackingName1", "Tracking name");
    private static readonly ExportColumn Tracking2 = new("TrackingOption2", "TrackingOption2");
    private static readonly ExportColumn TrackingName2 = new("TrackingName2", "TrackingName2");
    private static readonly ExportColumn Reimbursed = new("Reimbursed date", "Reimbursed date", "Reimbursed", "Payment date", "Paid date");
    private static readonly ExportColumn Receipt = new("Receipt", "Receipt", "Receipt number", "Claim", "Claim number");
    private static readonly ExportColumn Currency = new("Currency", "Currency");
    private static readonly ExportColumn Status = new("Status", "Status");

    public override FileFormat Format => FileFormat.ExpenseExport;

    protected override IReadOnlyList<ExportColumn> DateColumns => [Date, Reimbursed];

    protected override int Score(ExportColumns columns) =>
        columns.HasAll(Employee, Date, Amount, Account) && columns.CountOf(Reimbursed, Tracking, Receipt) > 0 ? 85 : 0;

    protected override IEnumerable<ParsedRecord> Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        var date = reader.RequiredDate(Date, context.DateOrder);
        var amount = reader.RequiredAmount(Amount);
        var tax = reader.Amount(Tax);
        var reimbursed = reader.Date(Reimbursed, context.DateOrder);
        var currency = reader.Currency(Currency, context.DefaultCurrency);
        if (reader.Failed)
        {
            yield break;
        }

        yield return new ExpenseClaimLine
        {
            Line = row.Line,
            Date = date,
            Spent = new Money(amount, currency),
            Tax = tax is { } t ? new Money(t, currency) : null,
            Employee = row[Employee],
            Merchant = row[Merchant],
            Category = row[Account],
            Tags = TrackingTags.From((row[TrackingName], row[Tracking]), (row[TrackingName2], row[Tracking2])),
            Description = row[Description],
            Status = row[Status],
            ReimbursedOn = reimbursed,
            ClaimId = row[Receipt],
        }.ToTransaction();
    }
}
