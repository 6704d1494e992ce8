using ProfitPipeline.Classification;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Digest;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>
/// Composes a week's margin digest: top movers (customers whose fully-loaded margin moved most between the last two periods),
/// new flags, customers whose invoices fell overdue that week, a segment summary, tags waiting for review, and whether spot
/// checks stopped the tagging model's acceptance. A week in which no import completed says so instead of repeating last
/// week's news.
/// </summary>
internal sealed class DigestComposer(ReportDataCache cache, ImportStore imports, ReviewQueue review, ModelStore models)
{
    private const int Movers = 5;

    public async Task<MarginDigest> ComposeAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var start = week.Monday;
        var end = start.AddDays(7);
        var importedThisWeek = (await imports.ListAsync(cancellationToken))
            .Any(i => i.Status == ImportRecord.Complete && i.CompletedAt is { } done && DateOnly.FromDateTime(done.UtcDateTime) >= start && DateOnly.FromDateTime(done.UtcDateTime) < end);
        // The pointer alone says whether spot checks stopped the model; its metrics and answers are not needed here.
        var modelStopped = (await models.GetCurrentAsync(cancellationToken))?.SpotChecksFailed;
        if (!importedThisWeek)
        {
            // A stopped model is news even in a quiet week: every tag it proposed now waits for a person.
            return MarginDigest.NoNewData(week) with { TaggingModelStopped = modelStopped };
        }

        var data = await cache.GetAsync(cancellationToken);
        var result = data.Result;
        // The latest period up to that week with any revenue: a month that has only just begun says nothing yet.
        var current = result.Rows(Dimensions.Total)
            .Where(s => s.Period.Start < end && s.Revenue.Amount != 0m)
            .Select(s => s.Period)
            .DefaultIfEmpty(result.Periods.Where(p => p.Start < end).DefaultIfEmpty().Max())
            .Max();
        var previous = current.Previous();
        var customers = result.Rows(Dimensions.Customer).ToList();
        var movers = customers.Where(s => s.Period == current && s.FullyLoadedMarginPercent is not null)
            .Select(s => (Now: s, Before: customers.FirstOrDefault(p => p.Period == previous && p.Member == s.Member)))
            .Where(p => p.Before?.FullyLoadedMarginPercent is not null)
            .Select(p => new DigestMover(data.CustomerName(p.Now.Member), p.Before!.FullyLoadedMarginPercent!.Value / 100m, p.Now.FullyLoadedMarginPercent!.Value / 100m))
            .OrderByDescending(m => Math.Abs(m.Change))
            .Take(Movers)
            .ToList();
        var flags = result.Flags
            .Where(f => f.Period == current)
            .Select(f => new ReportFlag($"{f.Kind} · {(f.Dimension == Dimensions.Customer ? data.CustomerName(f.Member) : f.Member)}: {f.Detail}", [.. f.DrivingTransactions.Select(t => t.Value)]))
            .ToList();
        var latePayers = result.Reconciliation.Invoices
            .Where(i => i.IsOverdue(result.AsOf) && i.DueDate >= start && i.DueDate < end && i.Customer is not null)
            .GroupBy(i => i.Customer!.Value.Value, StringComparer.Ordinal)
            .Select(g => new DigestLatePayer(data.CustomerName(g.Key), g.Max(i => i.DaysLate), g.Select(i => i.Outstanding).Aggregate((a, b) => a + b)))
            .ToList();
        var segmentDimension = data.Customers.SelectMany(c => c.Dimensions.Keys).Select(k => k.ToLowerInvariant()).FirstOrDefault();
        var segments = segmentDimension is null
            ? []
            : result.Rows(segmentDimension).Where(s => s.Period == current)
                .Select(s => new DigestSegmentLine(s.Member, s.Revenue, (s.FullyLoadedMarginPercent ?? 0m) / 100m))
                .ToList();
        var payees = await review.PayeesAsync(cancellationToken);
        return new MarginDigest(week)
        {
            TopMovers = movers,
            NewFlags = flags,
            NewLatePayers = latePayers,
            SegmentSummary = segments,
            TagsAwaitingReview = payees.Sum(p => p.Waiting),
            PayeesAwaitingReview = payees.Count(p => p.Payee.Length > 0),
            UntaggedRows = await review.UntaggedCountAsync(cancellationToken),
            TaggingModelStopped = modelStopped,
        };
    }
}
