using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification.Rules;

public sealed class RememberedRuleTests
{
    [Fact]
    public void Answer_BecomesAnExactCounterpartyRuleForTheRowsKind()
    {
        var row = TransactionSamples.Make("t1", TransactionKind.BankDebit, -49m, " Fontspring GmbH ", "Fonts");

        var rule = RememberedRule.For(row, new ReviewCorrection("t1", Category: "software", Customer: " C-7 "), before: null)!;

        Assert.Equal(
            ("review-bankdebit-fontspring", RuleTextField.Counterparty, TextMatchMode.Exact, "Fontspring GmbH", TransactionKind.BankDebit),
            (rule.Id, rule.Field, rule.Mode, rule.Pattern, rule.Kind));
        Assert.Equal(("software", "C-7", null), (rule.Category, rule.Customer, rule.Project));
    }

    [Fact]
    public void LaterAnswer_KeepsWhatTheEarlierOneSaidUnlessItSaysOtherwise()
    {
        var row = TransactionSamples.Make("t1", TransactionKind.BankDebit, -49m, "Fontspring", "Fonts");
        var before = RememberedRule.For(row, new ReviewCorrection("t1", Category: "software", Project: "P-1"), before: null);

        var rule = RememberedRule.For(row, new ReviewCorrection("t1", Project: "P-2"), before)!;

        Assert.Equal(("software", "P-2"), (rule.Category, rule.Project));
    }

    [Theory]
    [InlineData(null, "software", null)]
    [InlineData("   ", "software", null)]
    [InlineData("Fontspring", null, "")]
    public void NoCounterpartyOrNothingToSet_RemembersNothing(string? counterparty, string? category, string? customer)
    {
        var row = TransactionSamples.Make("t1", TransactionKind.BankDebit, -49m, counterparty, "Fonts");

        Assert.Null(RememberedRule.For(row, new ReviewCorrection("t1", Category: category, Customer: customer), before: null));
    }

    [Fact]
    public void CounterpartyWithoutLettersOrDigits_GetsAnIdFromItsHash()
    {
        var row = TransactionSamples.Make("t1", TransactionKind.BankCredit, 10m, "***", "");

        Assert.Matches("^review-bankcredit-[0-9a-f]{16}$", RememberedRule.IdFor(row));
    }
}
