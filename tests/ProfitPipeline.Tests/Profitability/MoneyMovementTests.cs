using Microsoft.Extensions.Options;
using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using static ProfitPipeline.Tests.Profitability.TestLedger;

namespace ProfitPipeline.Tests.Profitability;

/// <summary>Payments that move money without costing it (tax, loans, transfers, drawings, settling claims already counted) stay out of overhead.</summary>
public sealed class MoneyMovementTests
{
    [Fact]
    public void DefaultChartsMoneyMovementCategories_AreNotCosts()
    {
        List<LedgerTransaction> ledger =
        [
            Tx("INV-1", TransactionKind.Invoice, "2026-01-05", 1000m, invoiceNumber: "INV-1", customerRef: "C1"),
            Tx("RENT-1", TransactionKind.BankDebit, "2026-01-01", -900m, category: "rent"),
            Tx("VAT-1", TransactionKind.BankDebit, "2026-01-20", -4000m, category: "taxes"),
            Tx("LOAN-1", TransactionKind.BankDebit, "2026-01-21", -2500m, category: "loans"),
            Tx("SAV-1", TransactionKind.BankDebit, "2026-01-22", -3000m, category: "transfers"),
            Tx("DRAW-1", TransactionKind.BankDebit, "2026-01-23", -1500m, category: "owner-draws"),
        ];

        var result = new ProfitabilityService(Options.Create(new ProfitabilityOptions())).Compute(ledger, [Customer("C1")], Day("2026-01-31"));

        var overhead = Assert.Single(result.Overheads, o => o.Dimension == Dimensions.Customer);
        Assert.Equal(900m, overhead.Total.Amount);
        Assert.Equal(["rent"], overhead.ByCategory.Keys);
    }

    [Fact]
    public void EveryDefaultChartCategoryThatMovesMoneyOut_IsListedAsNoCost()
    {
        var listed = new ProfitabilityOptions().NonCostCategories.Split(',');
        var movements = CategoryChart.DefaultCategories
            .Where(c => c.Group is CategoryGroup.Tax or CategoryGroup.NonOperating && c.Id != "other-income")
            .Select(c => c.Id);

        Assert.All(movements, id => Assert.Contains(id, listed));
    }

    [Fact]
    public void ReimbursementOfClaimsInTheLedger_IsNotCountedTwice()
    {
        List<LedgerTransaction> ledger =
        [
            Tx("INV-1", TransactionKind.Invoice, "2026-01-05", 1000m, invoiceNumber: "INV-1", customerRef: "C1"),
            Tx("CLAIM-1", TransactionKind.Expense, "2026-01-08", -120m, category: "travel") with { Employee = "Ylva Stenmark" },
            Tx("PAY-YLVA", TransactionKind.BankDebit, "2026-01-28", -120m, category: "reimbursements") with { Counterparty = "YLVA STENMARK " },
            Tx("PAY-OTTO", TransactionKind.BankDebit, "2026-01-28", -75m, category: "reimbursements") with { Counterparty = "Otto Brandt" },
        ];

        var result = new ProfitabilityService(Options.Create(new ProfitabilityOptions())).Compute(ledger, [Customer("C1")], Day("2026-01-31"));

        // The claim is the cost; Otto's reimbursement has no claim in the ledger, so it is the only record of his cost.
        var overhead = Assert.Single(result.Overheads, o => o.Dimension == Dimensions.Customer);
        Assert.Equal((195m, 120m, 75m), (overhead.Total.Amount, overhead.ByCategory["travel"].Amount, overhead.ByCategory["reimbursements"].Amount));
    }
}
