using System.Diagnostics;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Benchmarks.Ingestion;

/// <summary>Wraps one registered import-completed handler (tagging, snapshots, report cache) and adds up its time by name.</summary>
internal sealed class TimedImportHandler(IImportCompletedHandler inner, IDictionary<string, TimeSpan> timings) : IImportCompletedHandler
{
    public int Order => inner.Order;

    public async Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await inner.OnImportCompletedAsync(report, newTransactions, cancellationToken);
        var name = inner.GetType().Name;
        timings[name] = (timings.TryGetValue(name, out var before) ? before : TimeSpan.Zero) + watch.Elapsed;
    }
}
