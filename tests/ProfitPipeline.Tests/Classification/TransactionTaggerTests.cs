using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;
using ProfitPipeline.Tests.Classification.Model;

namespace ProfitPipeline.Tests.Classification;

public sealed class TransactionTaggerTests
{
    private static readonly CustomerRecord[] Customers = [new() { Line = 2, Id = new CustomerId("C-7"), Name = "Fabrikam Ltd" }];

    [Fact]
    public void NoModel_ProposesNoModelTags()
    {
        var debit = TransactionSamples.Make("t1", TransactionKind.BankDebit, -20m, "Corner Cafe", "lunch");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([debit], Customers, [], model: null);

        Assert.Null(tags[0].Category);
        Assert.Null(tags[0].Customer);
    }

    [Fact]
    public void InvoiceThenPayment_PaymentGetsTheInvoicesCustomerThroughItsNumber()
    {
        var invoice = TransactionSamples.Make("i1", TransactionKind.Invoice, 1200m, customerReference: "Fabrikam Ltd", references: new TransactionReferences(InvoiceNumber: "2026-118"));
        var payment = TransactionSamples.Make("p1", TransactionKind.BankCredit, 1200m, "J SMITH", "Invoice 2026-118");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([invoice, payment], Customers, [], model: null);

        Assert.Equal(("C-7", TagSource.Export), (tags[0].Customer!.Value, tags[0].Customer!.Source));
        Assert.Equal("revenue", tags[0].Category!.Value);
        Assert.Equal(("C-7", TagSource.Match), (tags[1].Customer!.Value, tags[1].Customer!.Source));
    }

    [Fact]
    public void RuleAndModel_RuleWinsAndModelTagsTheRest()
    {
        var rows = Enumerable.Range(0, 120)
            .Select(i => new LabelledExample(
                new ClassificationExample(i % 2 == 0 ? $"Lyft ride {i}" : $"GitHub subscription {i}", -10 - i, "BankDebit", new DateOnly(2026, 1, 1).AddDays(i)),
                i % 2 == 0 ? "travel" : "software",
                i % 2 == 0 ? "Lyft" : "GitHub"))
            .ToList();
        var (fit, validation) = HoldoutSplit.ForValidation(rows);
        var classifier = new ClassifierTrainer(QuickTraining.Options).Train(fit, validation)!.Classifier;
        var model = new TaggingModel("v1", classifier, null);
        TaggingRule[] rules = [new() { Id = "r1", Name = "github is hosting here", Pattern = "github", Category = "hosting" }];
        var github = TransactionSamples.Make("t1", TransactionKind.BankDebit, -7m, "GitHub", "GitHub subscription");
        var lyft = TransactionSamples.Make("t2", TransactionKind.BankDebit, -15m, "Lyft", "Lyft ride");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([github, lyft], Customers, rules, model);

        Assert.Equal(("hosting", TagSource.Rule, "r1: github is hosting here"), (tags[0].Category!.Value, tags[0].Category!.Source, tags[0].Category!.Detail));
        Assert.Equal(("travel", TagSource.Model), (tags[1].Category!.Value, tags[1].Category!.Source));
        Assert.InRange(tags[1].Category!.Confidence, 0m, 1m);

        // The confidence shown is what validation supports: the target precision or more exactly when the tag is accepted.
        Assert.Equal(tags[1].Category!.Confidence >= 0.95m, tags[1].Category!.Accepted);
    }

    [Fact]
    public void CustomerModel_ProposesForMoneyInOnlyNotForCosts()
    {
        var rows = Enumerable.Range(0, 120)
            .Select(i => new LabelledExample(
                new ClassificationExample(i % 2 == 0 ? $"Acme Widgets payment {i}" : $"Bolt Hardware transfer {i}", 500 + i, "BankCredit", new DateOnly(2026, 1, 1).AddDays(i)),
                i % 2 == 0 ? "C1" : "C2",
                i % 2 == 0 ? "Acme Widgets" : "Bolt Hardware"))
            .ToList();
        var (fit, validation) = HoldoutSplit.ForValidation(rows);
        var customers = new ClassifierTrainer(QuickTraining.Options).Train(fit, validation)!.Classifier;
        var model = new TaggingModel("v1", null, customers);
        var receipt = TransactionSamples.Make("t1", TransactionKind.BankCredit, 640m, "Acme Widgets", "Acme Widgets payment");
        var rent = TransactionSamples.Make("t2", TransactionKind.BankDebit, -2500m, "Lindenhof Property", "Office rent November");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([receipt, rent], [], [], model);

        Assert.Equal(("C1", TagSource.Model), (tags[0].Customer?.Value, tags[0].Customer?.Source));
        Assert.Null(tags[1].Customer);
        Assert.False(tags[1].NeedsReview);
    }

    [Fact]
    public void RowsAPersonSaidHaveNoCustomer_TeachTheModelToProposeNone()
    {
        var transactions = Enumerable.Range(0, 120)
            .Select(i => i % 2 == 0
                ? TransactionSamples.Make($"p{i}", TransactionKind.BankCredit, 3000m + i, "Stripe Payments Europe", $"STRIPE PAYOUT po_{i}", new DateOnly(2026, 1, 1).AddDays(i))
                : TransactionSamples.Make($"c{i}", TransactionKind.BankCredit, 500m + i, "Acme Widgets", $"Acme Widgets payment {i}", new DateOnly(2026, 1, 1).AddDays(i)))
            .ToList();
        var labels = transactions.Select(t => new TransactionLabel(t.Id, null, t.Counterparty == "Acme Widgets" ? "C1" : string.Empty, null, "anna", DateTimeOffset.UnixEpoch)).ToList();
        var (_, customerRows) = TrainingExamples.Build(transactions, labels);
        var (fit, validation) = HoldoutSplit.ForValidation(customerRows);
        var model = new TaggingModel("v1", null, new ClassifierTrainer(QuickTraining.Options).Train(fit, validation)!.Classifier);
        var payout = TransactionSamples.Make("t1", TransactionKind.BankCredit, 4100m, "Stripe Payments Europe", "STRIPE PAYOUT po_x");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([payout], [], [], model);

        Assert.Contains(TrainingExamples.NoCustomer, customerRows.Select(r => r.Label));
        Assert.Equal((string.Empty, TagSource.Model), (tags[0].Customer?.Value, tags[0].Customer?.Source));
    }
}
