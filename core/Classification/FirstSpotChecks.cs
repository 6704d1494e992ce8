namespace ProfitPipeline.Classification;

/// <summary>
/// A promoted model's own first spot checks, kept on the model pointer: how many of the ledger's rows it accepted as it was
/// promoted, and which of them wait for a person anyway (<see cref="SpotChecks.FirstOf"/>).
/// </summary>
/// <param name="Accepted">Rows no person, rule or export had tagged that the model accepted at promotion.</param>
/// <param name="TransactionIds">The sample of them that waits as its spot checks.</param>
public sealed record FirstSpotChecks(int Accepted, IReadOnlyList<string> TransactionIds)
{
    public static FirstSpotChecks None { get; } = new(0, []);
}
