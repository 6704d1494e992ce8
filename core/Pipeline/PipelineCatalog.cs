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
        public const string ListRules = "ListRules";
        public const string SaveRule = "SaveRule";
        public const string DeleteRule = "DeleteRule";
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
        public const string Rules = "rules";
        public const string Rule = "rules/{ruleId}";
        public const string Shares = "shares";
        public const string Share = "shares/{linkId}";
        public const string OpenShare = "s/{token}";
        public const string LatestDigest = "digests/latest";
    }

    /// <summary>
    /// The jobs both hosts run. <see cref="PlannedJobs"/> lists every job the Functions app declares; a job joins this list
    /// when its handler lands in core.
    /// </summary>
    public static IReadOnlyList<PipelineJob> Jobs { get; } = PlannedJobs.All.Where(j => Landed.Contains(j.Name)).ToList();

    private static HashSet<string> Landed => new(StringComparer.Ordinal)
    {
        Names.IngestUpload,
        Names.NightlySnapshot,
        Names.WeeklyRetrain,
        Names.Health,
        Names.ListImports,
        Names.ImportReport,
        Names.ReviewQueue,
        Names.SubmitReview,
        Names.ListRules,
        Names.SaveRule,
        Names.DeleteRule,
    };
}
