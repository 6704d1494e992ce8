using ProfitPipeline.Ledger;
using ProfitPipeline.Pipeline;
using Names = ProfitPipeline.Pipeline.PipelineCatalog.Names;
using Routes = ProfitPipeline.Pipeline.PipelineCatalog.Routes;

namespace ProfitPipeline.Reporting.OpenApi;

/// <summary>
/// The catalog's HTTP operations. Jobs already in <see cref="PipelineCatalog.Jobs"/> are taken from there (method, route and
/// access are the catalog's); the others are the planned endpoints of the catalog's route and name constants, until their
/// stage adds the job.
/// </summary>
internal static class ApiOperations
{
    private static readonly ApiOperation[] Planned =
    [
        new(Names.Health, "GET", Routes.Health, EndpointAccess.Anonymous, ApiResponseKind.Json, "Liveness: storage answers."),
        new(Names.OpenApi, "GET", Routes.OpenApi, EndpointAccess.Anonymous, ApiResponseKind.Json, "This OpenAPI description."),
        new(Names.ReportCustomers, "GET", Routes.ReportCustomers, EndpointAccess.Function, ApiResponseKind.Report, "Profitability per customer, with the whale curve."),
        new(Names.ReportCustomerHistory, "GET", Routes.ReportCustomerHistory, EndpointAccess.Function, ApiResponseKind.Report, "One customer's margins over time."),
        new(Names.ReportSegments, "GET", Routes.ReportSegments, EndpointAccess.Function, ApiResponseKind.Report, "Profitability per member of a dimension (segment, region...)."),
        new(Names.ReportFlags, "GET", Routes.ReportFlags, EndpointAccess.Function, ApiResponseKind.Report, "Flags raised on the data, with the transactions behind them."),
        new(Names.ReportPayments, "GET", Routes.ReportPayments, EndpointAccess.Function, ApiResponseKind.Report, "Days to pay and late payers."),
        new(Names.ReportRestatements, "GET", Routes.ReportRestatements, EndpointAccess.Function, ApiResponseKind.Report, "Restated past periods and why."),
        new(Names.ListImports, "GET", Routes.Imports, EndpointAccess.Function, ApiResponseKind.Json, "Imported files and their outcome."),
        new(Names.ImportReport, "GET", Routes.ImportReport, EndpointAccess.Function, ApiResponseKind.Json, "One import's report: counts, rejected rows and reasons."),
        new(Names.ReviewQueue, "GET", Routes.Review, EndpointAccess.Function, ApiResponseKind.Json, "Tags waiting for review, oldest first, a page at a time.")
        {
            Query =
            [
                new("limit", "Rows per page (default 200, at most 5000)."),
                new("after", "Where the previous page ended: from its Link header."),
            ],
            Paged = true,
        },
        new(Names.SubmitReview, "POST", Routes.Review, EndpointAccess.Function, ApiResponseKind.JsonCommand, "Confirm or correct tags."),
        new(Names.ReviewPayees, "GET", Routes.ReviewPayees, EndpointAccess.Function, ApiResponseKind.Json, "The waiting rows by payee and kind (by text, numbers aside, for rows without a payee), most rows first, each with the row to answer: answered with remember, it clears the rest."),
        new(Names.ExportReviewSheet, "GET", Routes.ReviewSheet, EndpointAccess.Function, ApiResponseKind.CsvFile, "Every row to answer (waiting for review, or tagged by nothing) as a CSV sheet (review.csv) with what was proposed and empty category, customer, project and remember columns to answer in a spreadsheet; with format=html a page to read.")
        {
            Query = [new("format", "csv (the sheet, by default), html (a page to read) or json (the page's table).", ["csv", "html", "json"])],
        },
        new(Names.ImportReviewSheet, "POST", Routes.ReviewSheet, EndpointAccess.Function, ApiResponseKind.CsvCommand, "Apply an answered review sheet (the body, any delimiter or encoding): answers applied, rows left blank, and each row not applied with its line and why."),
        new(Names.ListTransactions, "GET", Routes.Transactions, EndpointAccess.Function, ApiResponseKind.Json, "Ledger rows with their tags, newest first, a page at a time.")
        {
            Query =
            [
                new("text", "Contained in the counterparty or description, ignoring case."),
                new("category", "Category tag: the chart's id, name or alias; none for rows without a category tag."),
                new("source", "Where the category tag came from.", Enum.GetNames<TagSource>()),
                new("kind", "Row kind.", Enum.GetNames<TransactionKind>()),
                new("from", "First booking date (yyyy-MM-dd)."),
                new("to", "Last booking date (yyyy-MM-dd)."),
                new("limit", "Rows per page (default 200, at most 5000)."),
                new("after", "Where the previous page ended: from its Link header."),
            ],
            Paged = true,
        },
        new(Names.ListRules, "GET", Routes.Rules, EndpointAccess.Function, ApiResponseKind.Json, "Tagging rules."),
        new(Names.SaveRule, "POST", Routes.Rules, EndpointAccess.Function, ApiResponseKind.JsonCommand, "Create or replace a tagging rule."),
        new(Names.PreviewRule, "POST", Routes.RulePreview, EndpointAccess.Function, ApiResponseKind.JsonCommand, "What the rule in the body would change in the ledger if saved now: rows it matches, how many change and why the others stay, and the changing rows newest first. Nothing is saved.")
        {
            Query = [new("limit", "Changing rows listed (default 20, at most 5000); the counts cover all of them.")],
        },
        new(Names.DeleteRule, "DELETE", Routes.Rule, EndpointAccess.Function, ApiResponseKind.NoContent, "Delete a tagging rule."),
        new(Names.RetrainModel, "POST", Routes.RetrainModel, EndpointAccess.Function, ApiResponseKind.Accepted, "Retrain the tagging model now. It runs beside the request (training can take minutes): 202 with the request's state (queued) and its Location."),
        new(Names.RetrainStatus, "GET", Routes.RetrainStatus, EndpointAccess.Function, ApiResponseKind.Json, "A requested retrain: queued, running, done (with the outcome: the new version's holdout metrics and whether it was promoted) or failed, and why."),
        new(Names.CurrentModel, "GET", Routes.CurrentModel, EndpointAccess.Function, ApiResponseKind.Json, "The current tagging model: its version and holdout metrics, what people's answers on its spot checks showed, and whether they stopped its acceptance (404 before the first model).")
        {
            NotFoundBeforeFirst = true,
        },
        new(Names.CreateShare, "POST", Routes.Shares, EndpointAccess.Function, ApiResponseKind.JsonCommand, "Create a share link (at most 30 days)."),
        new(Names.ListShares, "GET", Routes.Shares, EndpointAccess.Function, ApiResponseKind.Json, "Share links, newest first."),
        new(Names.RevokeShare, "DELETE", Routes.Share, EndpointAccess.Function, ApiResponseKind.NoContent, "Revoke one share link."),
        new(Names.OpenShare, "GET", Routes.OpenShare, EndpointAccess.Anonymous, ApiResponseKind.Report, "Open a shared report; the token is the credential. Every failure is the same 404."),
        new(Names.LatestDigest, "GET", Routes.LatestDigest, EndpointAccess.Function, ApiResponseKind.Document, "The latest weekly margin digest (HTML, or text with ?format=text)."),
    ];

    public static IReadOnlyList<ApiOperation> All()
    {
        var operations = Planned.ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var job in PipelineCatalog.Jobs)
        {
            if (job.Trigger is HttpTrigger http)
            {
                // The catalog decides method, route, access and summary; the planned entry keeps the rest (kind, query, paging...).
                operations[job.Name] = operations.TryGetValue(job.Name, out var planned)
                    ? planned with { Method = http.Method, Route = http.Route, Access = http.Access, Summary = job.Description }
                    : new ApiOperation(job.Name, http.Method, http.Route, http.Access, ApiResponseKind.Json, job.Description);
            }
        }

        return operations.Values.ToList();
    }
}
