using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>A transaction left out of the figures, and why (another currency; a fee already counted on its payment).</summary>
public sealed record ExcludedTransaction(TransactionId Id, string Reason);
