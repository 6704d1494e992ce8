namespace ProfitPipeline.Pipeline;

/// <summary>
/// The one list of the pipeline's jobs. <c>profit serve</c> wires itself from <see cref="Jobs"/>; the Functions app declares the
/// same names, paths, schedules and routes from these constants, and a test checks the two agree.
/// </summary>
public static class PipelineCatalog
{
    /// <summary>Function names.</summary>
    public static class Names
    {
        public const string IngestUpload = "IngestUpload";
        public const string NightlySnapshot = "NightlySnapshot";
        public const string WeeklyDigest = "WeeklyDigest";
        public const string WeeklyRetrain = "WeeklyRetrain";
        public const string Health = "Health";
        public const string OpenApi = "OpenApi";
        public const string ReportCustomers = "ReportCustomers";
        public const string ReportCustomerHistory = "ReportCustomerHistory";
        public const string ReportSegments = "ReportSegments";
        public const string ReportFlags = "ReportFlags";
        public const string ReportPayments = "ReportPayments";
        public const string ReportRestatements = "ReportRestatements";
        public const string ListImports = "ListImports";
        public const string ImportReport = "ImportReport";
        public const string ReviewQueue = "ReviewQueue";
        public const string SubmitReview = "SubmitReview";
        public const string ReviewPayees = "ReviewPayees";
        public const string ExportReviewSheet = "ExportReviewSheet";
        public const string ImportReviewSheet = "ImportReviewSheet";
        public const string ListTransactions = "ListTransactions";
        public const string ListRules = "ListRules";
        public const string SaveRule = "SaveRule";
        public const string PreviewRule = "PreviewRule";
        public const string DeleteRule = "DeleteRule";
        public const string RetrainModel = "RetrainModel";
        public const string RetrainStatus = "RetrainStatus";
        public const string RunRetrain = "RunRetrain";
        public const string CurrentModel = "CurrentModel";
        public const string CreateShare = "CreateShare";
        public const string ListShares = "ListShares";
        public const string RevokeShare = "RevokeShare";
        public const string OpenShare = "OpenShare";
        public const string LatestDigest = "LatestDigest";
    }

    /// <summary>Blob trigger paths.</summary>
    public static class BlobPaths
    {
        public const string Uploads = "uploads/{name}";
        public const string RetrainRequests = "retrain-requests/{name}";
    }

    /// <summary>App settings that hold six-field NCRONTAB schedules (UTC), and their defaults.</summary>
    public static class Schedules
    {
        public const string SnapshotSetting = "SnapshotSchedule";
        public const string SnapshotDefault = "0 30 2 * * *";
        public const string DigestSetting = "DigestSchedule";
        public const string DigestDefault = "0 0 7 * * 1";
        public const string RetrainSetting = "RetrainSchedule";
        public const string RetrainDefault = "0 0 4 * * 0";
    }

    /// <summary>HTTP routes, relative to <c>/api/</c>.</summary>
    public static class Routes
    {
        public const string Health = "health";
        public const string OpenApi = "openapi.json";
        public const string ReportCustomers = "reports/customers";
        public const string ReportCustomerHistory = "reports/customers/{customerId}";
        public const string ReportSegments = "reports/segments/{dimension}";
        public const string ReportFlags = "reports/flags";
        public const string ReportPayments = "reports/payments";
        public const string ReportRestatements = "reports/restatements";
        public const string Imports = "imports";
        public const string ImportReport = "imports/{importId}";
        public const string Review = "review";
        public const string ReviewPayees = "review/payees";
        public const string ReviewSheet = "review/sheet";
        public const string Transactions = "transactions";
        public const string Rules = "rules";
        public const string Rule = "rules/{ruleId}";
        public const string RulePreview = "rules/preview";
        public const string RetrainModel = "models/retrain";
        public const string RetrainStatus = "models/retrain/{requestId}";
        public const string CurrentModel = "models/current";
        public const string Shares = "shares";
        public const string Share = "shares/{linkId}";
        public const string OpenShare = "s/{token}";
        public const string LatestDigest = "digests/latest";
    }

    /// <summary>Every job both hosts run. The Functions app declares exactly these (a test reads its source to check).</summary>
    public static IReadOnlyList<PipelineJob> Jobs { get; } =
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
        new(Names.ReviewPayees, Get(Routes.ReviewPayees), "The review queue by payee: one remembered answer clears each."),
        new(Names.ExportReviewSheet, Get(Routes.ReviewSheet), "The review queue as a CSV sheet to answer in a spreadsheet."),
        new(Names.ImportReviewSheet, Post(Routes.ReviewSheet), "Apply the answers of a review sheet."),
        new(Names.ListTransactions, Get(Routes.Transactions), "Ledger rows with their tags, filtered, newest first."),
        new(Names.ListRules, Get(Routes.Rules), "Tagging rules."),
        new(Names.SaveRule, Post(Routes.Rules), "Create or replace a tagging rule."),
        new(Names.PreviewRule, Post(Routes.RulePreview), "What a tagging rule would change if saved now; nothing is saved."),
        new(Names.DeleteRule, Delete(Routes.Rule), "Delete a tagging rule."),
        new(Names.RunRetrain, new BlobTrigger(BlobPaths.RetrainRequests), "Run a requested retrain and record its outcome."),
        new(Names.RetrainModel, Post(Routes.RetrainModel), "Request a retrain of the tagging model now; the new one is promoted only if not worse."),
        new(Names.RetrainStatus, Get(Routes.RetrainStatus), "A requested retrain: queued, running, done with its outcome, or failed and why."),
        new(Names.CurrentModel, Get(Routes.CurrentModel), "The current tagging model: version, holdout metrics, spot checks, whether it accepts."),
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
