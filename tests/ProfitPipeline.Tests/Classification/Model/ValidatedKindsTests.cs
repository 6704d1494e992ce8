using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class ValidatedKindsTests
{
    [Fact]
    public void KindsWithTooFewValidationRowsOrBelowTargetOnTheirOwn_AreNotCovered()
    {
        // 20 bills all right, 12 bank debits of which the 10 accepted are 7 right, 5 invoices all right.
        var rows = Enumerable.Repeat(("Bill", 0.99, true), 20)
            .Concat(Enumerable.Repeat(("BankDebit", 0.99, true), 7))
            .Concat(Enumerable.Repeat(("BankDebit", 0.99, false), 3))
            .Concat(Enumerable.Repeat(("BankDebit", 0.50, false), 2))
            .Concat(Enumerable.Repeat(("Invoice", 0.99, true), 5))
            .ToList();

        var kinds = ValidatedKinds.Fit([.. rows.Select(r => r.Item1)], [.. rows.Select(r => r.Item2)], [.. rows.Select(r => r.Item3)], threshold: 0.9, targetPrecision: 0.95);

        Assert.Equal(["Bill"], kinds.Kinds);
        Assert.True(kinds.Covers("Bill"));
        Assert.False(kinds.Covers("BankDebit"));
        Assert.False(kinds.Covers("Invoice"));
    }

    [Fact]
    public void KindWithNoRowAboveTheThreshold_IsCoveredWhenItHasEnoughRows()
    {
        var kinds = ValidatedKinds.Fit([.. Enumerable.Repeat(string.Empty, 12)], [.. Enumerable.Repeat(0.4, 12)], [.. Enumerable.Repeat(false, 12)], threshold: 0.9, targetPrecision: 0.95);

        Assert.True(kinds.Covers(string.Empty));
    }

    [Fact]
    public void Any_CoversEveryKind() => Assert.True(ValidatedKinds.Any.Covers("Payment"));
}
