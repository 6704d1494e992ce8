using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Expenses;

/// <summary>
/// ProfitPipeline's own expense schema (docs/import-formats.md, "Generic expenses"): type expense or reimbursement,
/// yyyy-MM-dd dates, amounts written positive.
/// </summary>
internal sealed class GenericExpenseParser(IOptions<IngestionOptions> options) : RowExportParser(options)
{
    private static readonly ExportColumn Type = new("type", "type");
    private static readonly ExportColumn Date = new("date", "date");
    private static readonly ExportColumn Employee = new("employee", "employee");
    private static readonly ExportColumn Merchant = new("merchant", "merchant");
    private static readonly ExportColumn Amount = new("amount", "amount");
    private static readonly ExportColumn Tax = new("tax", "tax");
    private static readonly ExportColumn Currency = new("currency", "currency");
    private static readonly ExportColumn Category = new("category", "category");
    private static readonly ExportColumn Project = new("project", "project");
    private static readonly ExportColumn Customer = new("customer", "customer");
    private static readonly ExportColumn Segment = new("segment", "segment");
    private static readonly ExportColumn Description = new("description", "description");
    private static readonly ExportColumn ClaimId = new("claim_id", "claim_id");
    private static readonly ExportColumn ReimbursedDate = new("reimbursed_date", "reimbursed_date");

    public override FileFormat Format => FileFormat.ExpenseExport;

    protected override int Score(ExportColumns columns) => columns.HasAll(Type, Date, Employee, Amount, Merchant) ? 95 : 0;

    protected override IEnumerable<ParsedRecord> Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        TransactionKind? kind = row[Type]?.ToUpperInvariant() switch
        {
            "EXPENSE" => TransactionKind.Expense,
            "REIMBURSEMENT" => TransactionKind.Reimbursement,
            _ => null,
        };
        if (kind is null)
        {
            reader.Reject(Type, "type is not expense or reimbursement");
        }

        var date = reader.IsoDate(Date);
        if (date is null)
        {
            reader.Reject(Date, "date is empty");
        }

        var amount = reader.RequiredAmount(Amount);
        var tax = reader.Amount(Tax);
        var reimbursed = reader.IsoDate(ReimbursedDate);
        var currency = reader.Currency(Currency, context.DefaultCurrency);
        if (reader.Failed)
        {
            yield break;
        }

        yield return new ExpenseClaimLine
        {
            Line = row.Line,
            Date = date!.Value,
            Spent = new Money(amount, currency),
            Tax = tax is { } t ? new Money(t, currency) : null,
            Employee = row[Employee],
            Merchant = row[Merchant],
            Category = row[Category],
            Tags = new TrackingTags(row[Project], row[Customer], row[Segment]),
            Description = row[Description],
            ReimbursedOn = reimbursed,
            ClaimId = row[ClaimId],
        }.ToTransaction(kind!.Value);
    }
}
