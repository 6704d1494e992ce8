using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// What the model sees of a transaction: its free text, signed amount, kind and date. Amounts are features, so double is fine
/// here. The counterparty is not a feature of its own (it is in the text): it says whether the model has met it before.
/// </summary>
internal sealed record ClassificationExample(string Text, double? Amount = null, string? Kind = null, DateOnly? Date = null, string? Counterparty = null)
{
    public static ClassificationExample From(ParsedTransaction transaction) =>
        new(
            string.Join(' ', new[] { transaction.Counterparty, transaction.Description }.Where(s => !string.IsNullOrWhiteSpace(s))),
            (double)transaction.Amount.Amount,
            transaction.Kind.ToString(),
            transaction.BookingDate,
            transaction.Counterparty);
}

/// <summary>An example with its true label.</summary>
internal sealed record LabelledExample(ClassificationExample Example, string Label)
{
    /// <summary>
    /// The example's counterparty, empty when it has none: for grouped splits, the per-counterparty anchor and the counterparties
    /// a model learned from. Read from the example, so that what a model learned and what it is asked about name payees alike.
    /// </summary>
    public string Counterparty => Example.Counterparty ?? string.Empty;
}
