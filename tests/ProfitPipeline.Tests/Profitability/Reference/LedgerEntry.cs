using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Tests.Profitability.Reference;

internal enum EntryRole
{
    Revenue,
    DirectCost,
    Overhead,
}

/// <summary>
/// How one transaction (or one part of it: a payment's fee, a receipt's allocation) counts: revenue or cost (positive = cost),
/// for whom, on which day. <see cref="Hash"/> fingerprints all of that, for digests and restatement diffs.
/// </summary>
internal sealed record LedgerEntry(
    TransactionId Id, TransactionKind Kind, EntryRole Role, string? Customer, string? Project, string Category, decimal Amount, DateOnly Date, ulong Hash);
