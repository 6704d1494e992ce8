using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>
/// Reports read one computation of the ledger, kept until an import completes or it is a minute old (re-tags and reviews
/// show within that minute), so a report request costs a render, not a recomputation of the whole ledger.
/// </summary>
internal sealed class ReportDataCache(ProfitabilityRun run, CustomerStore customers, TimeProvider time) : IImportCompletedHandler, IDisposable
{
    public int Order => ImportFollowUpOrder.Reports;

    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (ReportData Data, long At)? _cached;

    public async Task<ReportData> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && time.GetElapsedTime(fresh.At) < MaxAge)
        {
            return fresh.Data;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && time.GetElapsedTime(again.At) < MaxAge)
            {
                return again.Data;
            }

            var data = new ReportData(await run.ComputeAsync(onlyPeriods: null, cancellationToken), await customers.ReadAllAsync(cancellationToken));
            _cached = (data, time.GetTimestamp());
            return data;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose() => _gate.Dispose();

    public Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken)
    {
        Invalidate();
        return Task.CompletedTask;
    }
}
