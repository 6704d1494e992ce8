using ProfitPipeline.Ledger;
using ProfitPipeline.Reporting.Digest;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Tests.Reporting.Digest;

internal static class DigestSamples
{
    public static MarginDigest Busy() => new(new IsoWeek(2026, 47))
    {
        TopMovers = [new DigestMover("Acme <b>Ltd</b>", 0.30m, 0.18m), new DigestMover("Beta\nFAKE LINE", 0.10m, 0.15m)],
        NewFlags = [new ReportFlag("Refunds doubled", ["tx-1", "tx-2"]) { Severity = "critical" }],
        NewLatePayers = [new DigestLatePayer("Gamma & Co", 45, new Money(1250.50m, CurrencyCode.Eur))],
        SegmentSummary = [new DigestSegmentLine("Retail", new Money(10000m, CurrencyCode.Eur), 0.22m)],
        TagsAwaitingReview = 7,
        PayeesAwaitingReview = 3,
    };
}
