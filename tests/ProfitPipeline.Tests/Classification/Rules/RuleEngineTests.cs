using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification.Rules;

public sealed class RuleEngineTests
{
    [Fact]
    public void TwoMatchingRules_FirstInOrderWinsAndTagNamesIt()
    {
        var engine = new RuleEngine(
        [
            new TaggingRule { Id = "b", Name = "any aws", Order = 2, Pattern = "aws", Category = "software" },
            new TaggingRule { Id = "a", Name = "aws hosting", Order = 1, Pattern = "AWS", Category = "hosting" },
        ]);

        var tags = engine.Apply(TransactionSamples.Make("t1", TransactionKind.BankDebit, -120m, "Amazon Web Services", "AWS EMEA invoice"));

        Assert.Equal("hosting", tags.Category!.Value);
        Assert.Equal(TagSource.Rule, tags.Category.Source);
        Assert.Equal(1m, tags.Category.Confidence);
        Assert.True(tags.Category.Accepted);
        Assert.Equal("a: aws hosting", tags.Category.Detail);
    }

    [Fact]
    public void RuleWithoutCategory_LetsALaterRuleSetIt()
    {
        var engine = new RuleEngine(
        [
            new TaggingRule { Id = "1", Order = 1, Mode = TextMatchMode.Exact, Field = RuleTextField.Counterparty, Pattern = "acme gmbh", Customer = "C-1" },
            new TaggingRule { Id = "2", Order = 2, Pattern = "retainer", Category = "revenue", Project = "retainer" },
        ]);

        var tags = engine.Apply(TransactionSamples.Make("t1", TransactionKind.BankCredit, 500m, "ACME GmbH", "March retainer"));

        Assert.Equal("C-1", tags.Customer!.Value);
        Assert.Equal("revenue", tags.Category!.Value);
        Assert.Equal("retainer", tags.Project!.Value);
    }

    [Theory]
    [InlineData(-49.99, false)]
    [InlineData(-50, true)]
    [InlineData(-200, true)]
    [InlineData(-200.01, false)]
    public void AmountRange_BoundsTheAbsoluteAmountInclusively(double amount, bool matches)
    {
        var engine = new RuleEngine([new TaggingRule { Id = "r", MinimumAmount = 50m, MaximumAmount = 200m, Kind = TransactionKind.BankDebit, Category = "meals" }]);

        var tags = engine.Apply(TransactionSamples.Make("t", TransactionKind.BankDebit, (decimal)amount, "Cafe"));

        Assert.Equal(matches, tags.Category is not null);
    }

    [Fact]
    public void KindAndAccountConditions_MustAllHold()
    {
        var engine = new RuleEngine([new TaggingRule { Id = "r", Kind = TransactionKind.BankDebit, Account = "DE89 3704 0044 0532 0130 00", Category = "transfers" }]);

        var onAccount = engine.Apply(TransactionSamples.Make("t1", TransactionKind.BankDebit, -10m, account: "DE89370400440532013000"));
        var otherKind = engine.Apply(TransactionSamples.Make("t2", TransactionKind.BankCredit, 10m, account: "DE89370400440532013000"));
        var otherAccount = engine.Apply(TransactionSamples.Make("t3", TransactionKind.BankDebit, -10m, account: "GB33BUKB20201555555555"));

        Assert.Equal("transfers", onAccount.Category!.Value);
        Assert.Null(otherKind.Category);
        Assert.Null(otherAccount.Category);
    }

    [Fact]
    public void Regex_MatchesDescriptionIgnoringCase()
    {
        var engine = new RuleEngine([new TaggingRule { Id = "r", Mode = TextMatchMode.Regex, Field = RuleTextField.Description, Pattern = @"^salary\s+\d{4}-\d{2}$", Category = "payroll" }]);

        Assert.NotNull(engine.Apply(TransactionSamples.Make("t1", TransactionKind.BankDebit, -3000m, "Jane", "SALARY 2026-03")).Category);
        Assert.Null(engine.Apply(TransactionSamples.Make("t2", TransactionKind.BankDebit, -3000m, "Jane", "bonus salary 2026-03")).Category);
    }

    [Fact]
    public void CatastrophicRegex_TimesOutAsNoMatchAndLaterRulesStillRun()
    {
        var engine = new RuleEngine(
        [
            new TaggingRule { Id = "slow", Order = 1, Mode = TextMatchMode.Regex, Pattern = "^(a+)+$", Category = "never" },
            new TaggingRule { Id = "fallback", Order = 2, Pattern = "aaaa", Category = "other-expense" },
        ]);

        var tags = engine.Apply(TransactionSamples.Make("t", TransactionKind.BankDebit, -1m, description: new string('a', 40_000) + "!"));

        Assert.Equal("other-expense", tags.Category!.Value);
    }

    [Fact]
    public void StoredRuleWithABrokenPattern_NeverMatchesAndTheOthersStillRun()
    {
        // Saving refuses such a rule; one already in storage must not stop every re-tag.
        var engine = new RuleEngine(
        [
            new TaggingRule { Id = "broken", Order = 1, Mode = TextMatchMode.Regex, Pattern = "(unclosed", Category = "software" },
            new TaggingRule { Id = "aws", Order = 2, Pattern = "aws", Category = "hosting" },
        ]);

        var tags = engine.Apply(TransactionSamples.Make("t1", TransactionKind.BankDebit, -120m, "(unclosed AWS", "AWS EMEA invoice"));

        Assert.Equal("hosting", tags.Category!.Value);
    }
}
