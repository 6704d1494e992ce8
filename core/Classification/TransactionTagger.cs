using System.Globalization;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>
/// Tags transactions after ingest. For each of category, customer and project: a user rule wins; then what the export states
/// or matching finds (a processor's payout is a transfer from no customer); then the model (for a customer, only on money
/// coming in), whose tag is accepted only above the threshold set on held-out data, and then still waits when the row is one of
/// the spot checks or spot checks showed the model's accepted tags less precise than the target. Without a model there is no
/// model tag: nothing is ever confidently guessed from nothing.
/// </summary>
public sealed class TransactionTagger(CategoryChart chart, PaymentProcessors processors, SpotChecks spotChecks)
{
    private readonly CategoryKeywords _keywords = CategoryKeywords.For(chart);

    public TransactionTagger(CategoryChart chart)
        : this(chart, PaymentProcessors.Default, SpotChecks.Off)
    {
    }

    /// <param name="transactions">The rows to tag.</param>
    /// <param name="customers">The customer master.</param>
    /// <param name="rules">User rules, in order.</param>
    /// <param name="model">The current model, if any.</param>
    /// <param name="evidence">Invoice numbers and payer accounts known from outside the batch.</param>
    /// <param name="storedDocuments">Invoices and bills outside the batch, with their stored tags: a payment quoting one's number is what it is.</param>
    public IReadOnlyList<TransactionTags> Tag(
        IReadOnlyList<LedgerTransaction> transactions,
        IReadOnlyList<CustomerRecord> customers,
        IReadOnlyList<TaggingRule> rules,
        TaggingModel? model,
        CustomerEvidence? evidence = null,
        IReadOnlyList<LedgerTransaction>? storedDocuments = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var engine = new RuleEngine(rules);
        var matcher = new CustomerMatcher(customers, (evidence ?? CustomerEvidence.None).Merge(InvoicesIn(transactions, customers)));
        var tags = transactions
            .Select(t =>
            {
                var byRule = engine.Apply(t);
                var customer = byRule.Customer ?? matcher.Match(t);
                var payout = customer is { Accepted: true } ? null : Payout(t);
                return new TransactionTags(
                    byRule.Category ?? payout?.Category ?? CategoryFromExport(t),
                    byRule.Customer ?? payout?.Customer ?? customer,
                    byRule.Project ?? ProjectFromExport(t));
            })
            .ToArray();
        AddDocumentCategories(transactions, tags, storedDocuments ?? []);
        AddCustomerReceiptCategories(transactions, tags);

        if (model is not null)
        {
            AddModelTags(transactions, tags, model);
        }

        return tags;
    }

    /// <summary>A payment without a category yet takes the category of the invoice or bill it quotes.</summary>
    private static void AddDocumentCategories(IReadOnlyList<LedgerTransaction> transactions, TransactionTags[] tags, IReadOnlyList<LedgerTransaction> storedDocuments)
    {
        var inBatch = transactions.Select(t => t.Id).ToHashSet();
        var documents = DocumentCategories.From(
            storedDocuments.Where(d => !inBatch.Contains(d.Id)).Select(d => (d, d.Tags.Category))
                .Concat(transactions.Select((t, i) => (t, tags[i].Category))));
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].Category is null && documents.Match(transactions[i]) is { } category)
            {
                tags[i] = tags[i] with { Category = category };
            }
        }
    }

    /// <summary>
    /// Money in from a customer that evidence names (the export, a match, a rule or a person) is a customer receipt: revenue,
    /// when nothing more specific said otherwise. The model could only guess it, and at cold start it has seen no bank row.
    /// </summary>
    private void AddCustomerReceiptCategories(IReadOnlyList<LedgerTransaction> transactions, TransactionTags[] tags)
    {
        if (chart.Find("revenue") is not { } revenue)
        {
            return;
        }

        for (var i = 0; i < tags.Length; i++)
        {
            var t = transactions[i];
            if (tags[i] is { Category: null, Customer: { Accepted: true, Value.Length: > 0 } customer }
                && t.Kind is TransactionKind.BankCredit or TransactionKind.Payment
                && t.Amount.Amount > 0m)
            {
                tags[i] = tags[i] with { Category = new Tag(revenue.Id, TagSource.Match, customer.Confidence, "money in from customer " + customer.Value) { Accepted = true } };
            }
        }
    }

    /// <summary>Open invoices in the same batch: their numbers point payments to the customer each invoice names.</summary>
    private static CustomerEvidence InvoicesIn(IReadOnlyList<LedgerTransaction> transactions, IReadOnlyList<CustomerRecord> customers)
    {
        var documents = new CustomerMatcher(customers, CustomerEvidence.None);
        var invoices = transactions
            .Where(t => t.Kind == TransactionKind.Invoice && !string.IsNullOrWhiteSpace(t.References.InvoiceNumber))
            .Select(t => (Number: t.References.InvoiceNumber!, Customer: documents.Match(t)))
            .Where(p => p.Customer is { Accepted: true })
            .Select(p => KeyValuePair.Create(p.Number, new CustomerId(p.Customer!.Value)));
        return CustomerEvidence.Create(invoices, []);
    }

    private Tag? CategoryFromExport(ParsedTransaction t)
    {
        if (chart.Find(t.SourceCategory) is { } stated)
        {
            return new Tag(stated.Id, TagSource.Export, 1m, "category on the export") { Accepted = true };
        }

        // Some kinds say what they are; the chart may lack the category, then the model decides.
        var byKind = t.Kind switch
        {
            TransactionKind.Invoice or TransactionKind.CreditNote => chart.Find("revenue"),
            TransactionKind.Fee => chart.Find("bank-fees"),
            TransactionKind.Reimbursement => chart.Find("reimbursements"),
            _ => null,
        };
        return byKind is null ? null : new Tag(byKind.Id, TagSource.Export, 1m, "transaction kind") { Accepted = true };
    }

    /// <summary>
    /// A processor's payout: "transfers" (when the chart has it) from no customer (an empty customer), both accepted. A
    /// customer that other evidence accepted wins: a processor can be a customer too, and then its invoices are quoted.
    /// </summary>
    private (Tag? Category, Tag Customer)? Payout(ParsedTransaction t)
    {
        if (processors.PayoutFrom(t) is not { } processor)
        {
            return null;
        }

        var detail = "payout from " + processor;
        var category = chart.Find("transfers") is { } transfers ? new Tag(transfers.Id, TagSource.Match, 0.99m, detail) { Accepted = true } : null;
        return (category, new Tag(string.Empty, TagSource.Match, 0.99m, detail) { Accepted = true });
    }

    private static Tag? ProjectFromExport(ParsedTransaction t) =>
        string.IsNullOrWhiteSpace(t.Project) ? null : new Tag(t.Project.Trim(), TagSource.Export, 1m, "project on the export") { Accepted = true };

    private void AddModelTags(IReadOnlyList<LedgerTransaction> transactions, TransactionTags[] tags, TaggingModel model)
    {
        var needCategory = Enumerable.Range(0, tags.Length).Where(i => tags[i].Category is null).ToList();
        var needCustomer = Enumerable.Range(0, tags.Length).Where(i => tags[i].Customer is null && ModelProposesCustomer(transactions[i].Kind)).ToList();
        foreach (var (i, tag, waits) in Predict(model.Category, needCategory, transactions, model))
        {
            tags[i] = tags[i] with { Category = waits == WaitReason.KindNotValidated ? KeywordsOverStretch(tag, transactions[i]) : tag };
        }

        foreach (var (i, tag, _) in Predict(model.Customer, needCustomer, transactions, model))
        {
            tags[i] = tags[i] with { Customer = string.Equals(tag.Value, TrainingExamples.NoCustomer, StringComparison.Ordinal) ? tag with { Value = string.Empty } : tag };
        }
    }

    /// <summary>
    /// The model guesses a customer only for money coming in (and revenue documents): where matching finds nothing, a receipt
    /// still came from some customer. Costs are a customer's only when the export, a rule or a person says so; a guess there
    /// would be a customer proposed for the office rent, and every such row would wait for review.
    /// </summary>
    private static bool ModelProposesCustomer(TransactionKind kind) =>
        kind is TransactionKind.BankCredit or TransactionKind.Payment or TransactionKind.Invoice or TransactionKind.CreditNote;

    private IEnumerable<(int Index, Tag Tag, WaitReason Waits)> Predict(TextClassifier? classifier, List<int> rows, IReadOnlyList<LedgerTransaction> transactions, TaggingModel model)
    {
        if (classifier is null || rows.Count == 0)
        {
            return [];
        }

        var predictions = classifier.Predict([.. rows.Select(i => ClassificationExample.From(transactions[i]))]);
        return rows
            .Select((row, k) => (Index: row, Prediction: predictions[k]))
            .Where(p => !string.Equals(p.Prediction.Label, TextClassifier.UnknownLabel, StringComparison.Ordinal))
            .Select(p =>
            {
                var waits = Waits(p.Prediction, transactions[p.Index].Id, model);
                return (p.Index, new Tag(p.Prediction.Label, TagSource.Model, Math.Round((decimal)p.Prediction.Confidence, 4), ModelTagDetail.Of(model.Version, waits))
                {
                    Accepted = waits == WaitReason.None,
                }, waits);
            });
    }

    /// <summary>
    /// A model tag on a kind the model has no validated rows of is a stretch from other kinds: when the row's text names a
    /// category (<see cref="CategoryKeywords"/>), that is proposed instead, still waiting and at confidence 0, saying so.
    /// </summary>
    private Tag KeywordsOverStretch(Tag tag, LedgerTransaction transaction)
    {
        if (_keywords.Find($"{transaction.Counterparty} {transaction.Description}", transaction.Amount.Amount) is not { } named)
        {
            return tag;
        }

        return tag with
        {
            Value = named.Category.Id,
            Confidence = 0m,
            Detail = tag.Detail + string.Create(CultureInfo.InvariantCulture, $"{ModelTagDetail.KeywordMarker}\"{named.Phrase}\" in its text"),
        };
    }

    private WaitReason Waits(ClassPrediction prediction, TransactionId id, TaggingModel model) =>
        !prediction.Accepted ? prediction.Waits
        : model.SpotChecksFailed ? WaitReason.SpotChecksFailed
        : spotChecks.Picks(id, model) ? WaitReason.SpotCheck
        : WaitReason.None;
}
