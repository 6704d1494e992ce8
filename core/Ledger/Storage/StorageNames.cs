namespace ProfitPipeline.Ledger.Storage;

/// <summary>The pipeline's containers and tables. Names are fixed so that both hosts and the infrastructure agree.</summary>
public static class StorageNames
{
    public static class Containers
    {
        public const string Uploads = "uploads";
        public const string Quarantine = "quarantine";
        public const string Processed = "processed";
        public const string Models = "models";
        public const string Reports = "reports";
        public const string Digests = "digests";
        public const string KeyRing = "keyring";

        /// <summary>One blob per retrain asked for over HTTP, the trigger of the job that runs it; removed once it has run.</summary>
        public const string RetrainRequests = "retrain-requests";

        /// <summary>Each requested retrain's state and outcome, kept for its requester to read.</summary>
        public const string Retrains = "retrains";

        public static IReadOnlyList<string> All { get; } = [Uploads, Quarantine, Processed, Models, Reports, Digests, KeyRing, RetrainRequests, Retrains];
    }

    public static class Tables
    {
        public const string Imports = "imports";
        public const string Transactions = "transactions";
        public const string Customers = "customers";
        public const string Rules = "rules";
        public const string Labels = "labels";
        public const string Snapshots = "snapshots";
        public const string Restatements = "restatements";
        public const string ShareLinks = "sharelinks";
        public const string ShareAudit = "shareaudit";
        public const string JobRuns = "jobruns";
        public const string TextSketches = "textsketches";

        public static IReadOnlyList<string> All { get; } =
            [Imports, Transactions, Customers, Rules, Labels, Snapshots, Restatements, ShareLinks, ShareAudit, JobRuns, TextSketches];
    }
}
