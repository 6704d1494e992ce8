using BlobPaths = ProfitPipeline.Pipeline.PipelineCatalog.BlobPaths;
using Names = ProfitPipeline.Pipeline.PipelineCatalog.Names;
using Routes = ProfitPipeline.Pipeline.PipelineCatalog.Routes;
using Schedules = ProfitPipeline.Pipeline.PipelineCatalog.Schedules;

namespace ProfitPipeline.Pipeline;

/// <summary>
/// Every job the Functions app declares, handler or not. <see cref="PipelineCatalog.Jobs"/> holds only the jobs whose handler
/// has landed; an entry moves there when it does. A test checks the Functions app's triggers against this list exactly.
/// </summary>
internal static class PlannedJobs
{
    public static IReadOnlyList<PipelineJob> All { get; } =
    [
        new(Names.IngestUpload, new BlobTrigger(BlobPaths.Uploads), "Parse, normalise, de-duplicate and store a dropped file."),
        new(Names.NightlySnapshot, new TimerTrigger(Schedules.SnapshotSetting, Schedules.SnapshotDefault), "Recompute profitability snapshots."),
        new(Names.WeeklyDigest, new TimerTrigger(Schedules.DigestSetting, Schedules.DigestDefault), "Write and send the weekly digest."),
        new(Names.WeeklyRetrain, new TimerTrigger(Schedules.RetrainSetting, Schedules.RetrainDefault), "Retrain the tagging model from labels."),
        new(Names.Health, Get(Routes.Health, EndpointAccess.Anonymous), "Liveness: storage answers."),
        new(Names.OpenApi, Get(Routes.OpenApi, EndpointAccess.Anonymous), "The API's OpenAPI document."),
        new(Names.ReportCustomers, Get(Routes.ReportCustomers), "Profitability per customer."),
        new(Names.ReportCustomerHistory, Get(Routes.ReportCustomerHistory), "One customer's profitability over time."),
        new(Names.ReportSegments, Get(Routes.ReportSegments), "Profitability per segment of a dimension."),
        new(Names.ReportFlags, Get(Routes.ReportFlags), "Customers flagged as unprofitable or at risk."),
        new(Names.ReportPayments, Get(Routes.ReportPayments), "Payment behaviour per customer."),
        new(Names.ReportRestatements, Get(Routes.ReportRestatements), "Periods restated by late data."),
        new(Names.ListImports, Get(Routes.Imports), "Imported files and their outcome."),
        new(Names.ImportReport, Get(Routes.ImportReport), "One import's diagnostics."),
        new(Names.ReviewQueue, Get(Routes.Review), "Transactions whose tags need a person."),
        new(Names.SubmitReview, Post(Routes.Review), "Confirm or correct tags; the answers become labels."),
        new(Names.ListRules, Get(Routes.Rules), "Tagging rules."),
        new(Names.SaveRule, Post(Routes.Rules), "Create or replace a tagging rule."),
        new(Names.DeleteRule, Delete(Routes.Rule), "Delete a tagging rule."),
        new(Names.CreateShare, Post(Routes.Shares), "Create a read-only share link to a report."),
        new(Names.ListShares, Get(Routes.Shares), "Share links and their state."),
        new(Names.RevokeShare, Delete(Routes.Share), "Revoke a share link."),
        new(Names.OpenShare, Get(Routes.OpenShare, EndpointAccess.Anonymous), "Open a shared report; the token is the credential."),
        new(Names.LatestDigest, Get(Routes.LatestDigest), "The latest weekly digest."),
    ];

    private static HttpTrigger Get(string route, EndpointAccess access = EndpointAccess.Function) => new("GET", route, access);

    private static HttpTrigger Post(string route) => new("POST", route, EndpointAccess.Function);

    private static HttpTrigger Delete(string route) => new("DELETE", route, EndpointAccess.Function);
}
