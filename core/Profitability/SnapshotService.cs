using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

internal sealed class SnapshotService(ProfitabilityRun run) : ISnapshotService
{
    public Task<SnapshotRunSummary> SnapshotAsync(string? periodKey, CancellationToken cancellationToken) =>
        run.SnapshotAsync(periodKey is null ? null : new HashSet<Period> { Period.Parse(periodKey) }, cancellationToken);

    public async Task<ReconciliationSummary> ReconcileAsync(CancellationToken cancellationToken)
    {
        var result = await run.ComputeAsync(onlyPeriods: null, cancellationToken);
        var invoices = result.Reconciliation.Invoices;
        return new ReconciliationSummary(
            result.AsOf,
            invoices.Count,
            invoices.Count(i => i.Status == SettlementStatus.Paid),
            invoices.Count(i => i.Status == SettlementStatus.Open),
            invoices.Count(i => i.IsOverdue(result.AsOf)),
            invoices,
            result.Unmatched,
            result.Reconciliation.FromNoCustomer);
    }
}
