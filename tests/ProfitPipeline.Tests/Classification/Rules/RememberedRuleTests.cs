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
    [InlineData(null, "", "software", null)]
    [InlineData("   ", "  ", "software", null)]
    [InlineData("Fontspring", "Fonts", null, "")]
    public void NoCounterpartyAndNoTextOrNothingToSet_RemembersNothing(string? counterparty, string text, string? category, string? customer)
    {
        var row = TransactionSamples.Make("t1", TransactionKind.BankDebit, -49m, counterparty, text);

        Assert.Null(RememberedRule.For(row, new ReviewCorrection("t1", Category: category, Customer: customer), before: null));
    }

    [Fact]
    public void CounterpartyWithoutLettersOrDigits_GetsAnIdFromItsHash()
    {
        var row = TransactionSamples.Make("t1", TransactionKind.BankCredit, 10m, "***", "");

        Assert.Matches("^review-bankcredit-[0-9a-f]{16}$", RememberedRule.IdFor(row));
    }

    [Fact]
    public void RowWithoutCounterparty_IsRememberedByItsWholeTextNumbersAside()
    {
        var row = TransactionSamples.Make("t1", TransactionKind.BankDebit, -41.37m, null, "ACCOUNT FEES 2026-09 (1.5%)");

        var rule = RememberedRule.For(row, new ReviewCorrection("t1", Category: "bank-fees"), before: null)!;
        var pattern = RuleEngine.TryCompile(rule.Pattern!, out _)!;

        Assert.Equal(("review-bankdebit-text-account-fees", RuleTextField.Description, TextMatchMode.Regex), (rule.Id, rule.Field, rule.Mode));
        Assert.Matches(pattern, "account fees 2026-10 (2.25%)");
        Assert.DoesNotMatch(pattern, "ACCOUNT FEES REFUND 2026-10 (1.5%)");
    }
}
