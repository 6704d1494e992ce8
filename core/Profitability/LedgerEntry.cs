using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

internal enum EntryRole
{
    Revenue,
    DirectCost,
    Overhead,
}

/// <summary>
/// How one transaction (or one part of it: a payment's fee, a receipt's allocation) counts: revenue or cost (positive = cost),
/// for whom, on which day. <see cref="Hash"/> fingerprints all of that, for digests and restatement diffs. <see cref="Ordinal"/>
/// is the transaction's position in the engine's input (ordered by id), so ordering by it is ordering by id.
/// </summary>
internal sealed record LedgerEntry(
    TransactionId Id, int Ordinal, TransactionKind Kind, EntryRole Role, string? Customer, string? Project, string Category, decimal Amount, DateOnly Date, ulong Hash);
