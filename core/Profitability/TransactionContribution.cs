using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>
/// A transaction in a snapshot, with a fingerprint of how it counted there (role, customer, project, category, amount), so a
/// restatement can tell a re-tagged or amended transaction from an added or removed one.
/// </summary>
public sealed record TransactionContribution(TransactionId Id, string Fingerprint);
