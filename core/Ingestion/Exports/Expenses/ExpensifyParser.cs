using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Expenses;

/// <summary>
/// Expensify-style expense exports (Timestamp, Merchant, Amount, Category, Tag, Comment, Reimbursable, Report ID). The tag is
/// the project; a "Customer: X" or "Client: X" tag tags the customer instead.
/// </summary>
internal sealed class ExpensifyParser(IOptions<IngestionOptions> options) : RowExportParser(options)
{
    private static readonly ExportColumn Date = new("Timestamp", "Timestamp", "Date", "Created");
    private static readonly ExportColumn Merchant = new("Merchant", "Merchant");
    private static readonly ExportColumn Amount = new("Amount", "Amount", "Converted Amount");
    private static readonly ExportColumn Currency = new("Currency", "Currency", "Report Currency");
    private static readonly ExportColumn Category = new("Category", "Category");
    private static readonly ExportColumn Tag = new("Tag", "Tag", "Tags");
    private static readonly ExportColumn Comment = new("Comment", "Comment", "Description");
    private static readonly ExportColumn Reimbursable = new("Reimbursable", "Reimbursable");
    private static readonly ExportColumn ReportId = new("Report ID", "Report ID", "Report");
    private static readonly ExportColumn Employee = new("Employee", "Employee", "Submitter", "Report Submitter", "Email");
    private static readonly ExportColumn Reimbursed = new("Reimbursed", "Reimbursed", "Reimbursed date", "Reimbursed Date");

    public override FileFormat Format => FileFormat.ExpenseExport;

    protected override IReadOnlyList<ExportColumn> DateColumns => [Date, Reimbursed];

    protected override int Score(ExportColumns columns) =>
        columns.HasAll(Date, Merchant, Amount, Category) && columns.CountOf(Reimbursable, ReportId, Tag) > 0 ? 85 : 0;

    protected override IEnumerable<ParsedRecord> Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        var date = reader.RequiredDate(Date, context.DateOrder);
        var amount = reader.RequiredAmount(Amount);
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
            Employee = row[Employee],
            Merchant = row[Merchant],
            Category = row[Category],
            Tags = TagOf(row[Tag]),
            Description = row[Comment],
            Status = ReimbursableStatus(row[Reimbursable]),
            ReimbursedOn = reimbursed,
            ClaimId = row[ReportId],
        }.ToTransaction();
    }

    /// <summary>"Customer: Acme" names its category; a bare tag is a project.</summary>
    private static TrackingTags TagOf(string? tag)
    {
        var colon = tag?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0
            ? TrackingTags.From((tag![..colon].Trim(), tag[(colon + 1)..].Trim()))
            : TrackingTags.From((null, tag));
    }

    private static string? ReimbursableStatus(string? text) => text?.ToUpperInvariant() switch
    {
        "YES" or "TRUE" or "Y" or "1" => "Reimbursable",
        "NO" or "FALSE" or "N" or "0" => "Non-reimbursable",
        _ => null,
    };
}
