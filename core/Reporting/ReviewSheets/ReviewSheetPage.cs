using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.ReviewSheets;

/// <summary>
/// The rows to answer as a report page: what a person reads before answering, in a browser, with the same columns the sheet
/// has (the answers themselves go through the sheet, <c>profit review</c> or <c>POST /api/review</c>).
/// </summary>
internal static class ReviewSheetPage
{
    public static ReportDocument Of(IReadOnlyList<ReviewItem> rows)
    {
        var table = new ReportTable(
            "review",
            "Rows to answer",
            [
                ReportColumn.Date("date", "Date"),
                ReportColumn.Text("kind", "Kind"),
                ReportColumn.Money("amount", "Amount"),
                ReportColumn.Text("counterparty", "Counterparty"),
                ReportColumn.Text("description", "Description"),
                ReportColumn.Text("proposed", "Proposed category"),
                ReportColumn.Percent("confidence", "Confidence"),
                ReportColumn.Text("read", "The model read"),
                ReportColumn.Text("why", "Why it waits"),
                ReportColumn.Text("id", "Transaction"),
            ],
            rows.Select(r => (IReadOnlyList<ReportValue>)
            [
                r.BookingDate,
                r.Kind,
                ReportValue.Of(new Money(r.Amount, CurrencyCode.Parse(r.Currency))),
                r.Counterparty,
                r.Description,
                r.Tags.Category is { } category ? (category.Value.Length == 0 ? ReviewSheet.None : category.Value) : "(nothing proposed)",
                ReportValue.Of(r.Tags.Category?.Confidence),
                string.Join("; ", r.Because ?? []),
                r.Tags.Category is { } tag ? ModelTagDetail.WaitsBecause(tag) : null,
                r.TransactionId,
            ]).ToList());
        return new ReportDocument("Review", [table])
        {
            Subtitle = "Rows waiting for a person, or tagged by nothing yet, oldest first. Answer them in the sheet (this address without "
                + "format=html downloads it as CSV; fill category, customer, project and remember, then POST it back or run profit review import), "
                + "one by one with profit review correct, or a payee at a time with profit review payees.",
            FileName = "review",
        };
    }
}
