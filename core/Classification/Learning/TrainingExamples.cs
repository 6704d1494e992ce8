using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Learning;

/// <summary>
/// Turns transactions into labelled examples: a confirmed label wins; without one, a tag the export itself carried (an invoice's
/// customer, a bill's stated category) is the cold-start label. Model and match guesses never train the model.
/// </summary>
internal static class TrainingExamples
{
    /// <summary>The customer model's label for rows a person said have no customer (a processor payout, a transfer), so it learns to say so too.</summary>
    public const string NoCustomer = "(no customer)";

    public static (List<LabelledExample> Category, List<LabelledExample> Customer) Build(
        IReadOnlyList<LedgerTransaction> transactions, IReadOnlyList<TransactionLabel> labels)
    {
        var confirmed = labels
            .GroupBy(l => l.TransactionId)
            .ToDictionary(g => g.Key, g => g.MaxBy(l => l.At)!);
        var category = new List<LabelledExample>();
        var customer = new List<LabelledExample>();
        foreach (var t in transactions)
        {
            confirmed.TryGetValue(t.Id, out var label);
            var example = ClassificationExample.From(t);
            if ((label?.Category ?? Trusted(t.Tags.Category)) is { } c)
            {
                category.Add(new LabelledExample(example, c));
            }

            if ((label?.Customer ?? Trusted(t.Tags.Customer)) is { } k)
            {
                customer.Add(new LabelledExample(example, k.Length == 0 ? NoCustomer : k));
            }
        }

        return (category, customer);
    }

    /// <summary>Whether the row is an example for a model: a tag the export stated, a rule set or a person confirmed.</summary>
    public static bool CanTeach(LedgerTransaction t) => Trusted(t.Tags.Category) is not null || Trusted(t.Tags.Customer) is not null;

    private static string? Trusted(Tag? tag) => tag is { Source: TagSource.Human or TagSource.Export or TagSource.Rule, Accepted: true } ? tag.Value : null;
}
