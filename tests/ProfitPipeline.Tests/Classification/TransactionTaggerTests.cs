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
                new ClassificationExample(i % 2 == 0 ? $"Lyft ride {i}" : $"GitHub subscription {i}", -10 - i, "BankDebit", new DateOnly(2026, 1, 1).AddDays(i), i % 2 == 0 ? "Lyft" : "GitHub"),
                i % 2 == 0 ? "travel" : "software"))
            .ToList();
        var (fit, validation) = HoldoutSplit.ForValidation(rows);
        var classifier = new ClassifierTrainer(QuickTraining.Options).Train(fit, validation, TestContext.Current.CancellationToken)!.Classifier;
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
        var model = new TaggingModel("v1", null, CustomerModel("Acme Widgets"));
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
                ? TransactionSamples.Make($"p{i}", TransactionKind.BankCredit, 3000m + i, "Northbank Savings", $"TRANSFER FROM SAVINGS {i}", new DateOnly(2026, 1, 1).AddDays(i))
                : TransactionSamples.Make($"c{i}", TransactionKind.BankCredit, 500m + i, "Acme Widgets", $"Acme Widgets payment {i}", new DateOnly(2026, 1, 1).AddDays(i)))
            .ToList();
        var labels = transactions.Select(t => new TransactionLabel(t.Id, null, t.Counterparty == "Acme Widgets" ? "C1" : string.Empty, null, "anna", DateTimeOffset.UnixEpoch)).ToList();
        var (_, customerRows) = TrainingExamples.Build(transactions, labels);
        var (fit, validation) = HoldoutSplit.ForValidation(customerRows);
        var model = new TaggingModel("v1", null, new ClassifierTrainer(QuickTraining.Options).Train(fit, validation, TestContext.Current.CancellationToken)!.Classifier);
        var transfer = TransactionSamples.Make("t1", TransactionKind.BankCredit, 4100m, "Northbank Savings", "TRANSFER FROM SAVINGS x");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([transfer], [], [], model);

        Assert.Contains(TrainingExamples.NoCustomer, customerRows.Select(r => r.Label));
        Assert.Equal((string.Empty, TagSource.Model), (tags[0].Customer?.Value, tags[0].Customer?.Source));
    }

    [Fact]
    public void ProcessorPayout_IsATransferFromNoCustomerThatWaitsForNoOne()
    {
        // The customer model learned that Stripe's credits are a customer's: the payout match must still win.
        var model = new TaggingModel("v1", null, CustomerModel("Stripe Payments Europe"));
        var payout = TransactionSamples.Make("t1", TransactionKind.BankCredit, 4100m, "Stripe Payments Europe", "STRIPE PAYOUT po_x");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([payout], Customers, [], model);

        Assert.Equal(("transfers", TagSource.Match, true), (tags[0].Category?.Value, tags[0].Category?.Source, tags[0].Category?.Accepted));
        Assert.Equal((string.Empty, TagSource.Match, true), (tags[0].Customer?.Value, tags[0].Customer?.Source, tags[0].Customer?.Accepted));
        Assert.Equal("payout from Stripe", tags[0].Customer?.Detail);
        Assert.False(tags[0].NeedsReview);
    }

    [Fact]
    public void ProcessorThatIsACustomer_PaysItsInvoiceAsACustomer()
    {
        var invoice = TransactionSamples.Make("i1", TransactionKind.Invoice, 900m, "Fabrikam Ltd", "consulting", customerReference: "C-7", references: new TransactionReferences(InvoiceNumber: "INV-77"));
        var receipt = TransactionSamples.Make("t1", TransactionKind.BankCredit, 900m, "Stripe Payments Europe", "INV-77");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([invoice, receipt], Customers, [], model: null);

        Assert.Equal(("C-7", TagSource.Match), (tags[1].Customer?.Value, tags[1].Customer?.Source));
        Assert.NotEqual("transfers", tags[1].Category?.Value);
    }

    [Fact]
    public void RuleForAProcessorsCredits_BeatsThePayoutMatch()
    {
        TaggingRule[] rules = [new() { Id = "r1", Field = RuleTextField.Counterparty, Pattern = "Stripe", Category = "revenue" }];
        var payout = TransactionSamples.Make("t1", TransactionKind.BankCredit, 4100m, "Stripe Payments Europe", "STRIPE PAYOUT po_x");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([payout], Customers, rules, model: null);

        Assert.Equal(("revenue", TagSource.Rule), (tags[0].Category?.Value, tags[0].Category?.Source));
        Assert.Equal(string.Empty, tags[0].Customer?.Value);
    }

    [Fact]
    public void MoneyInFromACustomerTheEvidenceNames_IsRevenueWithoutTheModel()
    {
        var receipt = TransactionSamples.Make("t1", TransactionKind.BankCredit, 900m, "Fabrikam Ltd", "REMITTANCE 220498");
        var refundToThem = TransactionSamples.Make("t2", TransactionKind.BankDebit, -50m, "Fabrikam Ltd", "refund");
        var unknownPayer = TransactionSamples.Make("t3", TransactionKind.BankCredit, 70m, "Someone Else", "thanks");

        var tags = new TransactionTagger(CategoryChart.Default).Tag([receipt, refundToThem, unknownPayer], Customers, [], model: null);

        Assert.Equal(("revenue", TagSource.Match, true, "money in from customer C-7"), (tags[0].Category?.Value, tags[0].Category?.Source, tags[0].Category?.Accepted, tags[0].Category?.Detail));
        Assert.Null(tags[1].Category);
        Assert.Null(tags[2].Category);
    }

    /// <summary>A customer model that learned <paramref name="firstPayer"/>'s credits are customer C1's and Bolt Hardware's C2's.</summary>
    private static TextClassifier CustomerModel(string firstPayer)
    {
        var rows = Enumerable.Range(0, 120)
            .Select(i => new LabelledExample(
                new ClassificationExample(i % 2 == 0 ? $"{firstPayer} payment {i}" : $"Bolt Hardware transfer {i}", 500 + i, "BankCredit", new DateOnly(2026, 1, 1).AddDays(i), i % 2 == 0 ? firstPayer : "Bolt Hardware"),
                i % 2 == 0 ? "C1" : "C2"))
            .ToList();
        var (fit, validation) = HoldoutSplit.ForValidation(rows);
        return new ClassifierTrainer(QuickTraining.Options).Train(fit, validation)!.Classifier;
    }
}
