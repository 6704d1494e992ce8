using ProfitPipeline.Ingestion.Exports.Expenses;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.Exports.ExportFiles;

namespace ProfitPipeline.Tests.Ingestion.Exports;

public sealed class ExpenseParserTests
{
    internal const string XeroHeader = "Employee,Date,Contact,Description,Amount,Tax Amount,Account,Tracking Name,Tracking,Receipt,Reimbursed Date,Currency,Status";
    internal const string ExpensifyHeader = "Timestamp,Merchant,Amount,MCC,Category,Tag,Comment,Reimbursable,Original Currency,Original Amount,Receipt,Report ID,Employee";
    internal const string GenericHeader = "type,date,employee,merchant,amount,tax,currency,category,project,customer,segment,description,claim_id,reimbursed_date";

    [Fact]
    public void XeroClaims_AreNegativeExpensesWithEmployeeMerchantAndTags()
    {
        var (records, diagnostics) = Parse(
            new XeroExpenseClaimParser(Options),
            XeroHeader,
            "Jane Smith,17/03/2025,Rail Co,Train to client,42.50,7.08,Travel,Project,Website,R-1,31/03/2025,GBP,Paid",
            "Jane Smith,18/03/2025,Cafe Nero,Lunch,\"£12.40\",,Meals,Client,Acme Ltd,R-2,,GBP,Authorised",
            "Tom Brown,19/03/2025,Stationer,Pens,abc,,Office,,,R-3,,GBP,Authorised");

        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal((TransactionKind.Expense, Gbp(-42.5m), Gbp(-7.08m)), (first.Kind, first.Amount, first.TaxAmount));
        Assert.Equal(("Jane Smith", "Rail Co", "Travel", "Website"), (first.Employee, first.Counterparty, first.SourceCategory, first.Project));
        Assert.Equal(("Reimbursed", (DateOnly?)new DateOnly(2025, 3, 31)), (first.Status, first.ValueDate));
        Assert.Equal(new DateOnly(2025, 3, 17), first.BookingDate);
        Assert.Equal(("Acme Ltd", "Authorised", Gbp(-12.4m)), (records[1].CustomerReference, records[1].Status, records[1].Amount));
        var rejection = Assert.Single(diagnostics.Rejections);
        Assert.Equal((4, (int?)5, "Amount is not an amount"), (rejection.Line, rejection.Column, rejection.Reason));
    }

    [Fact]
    public void ExpensifyRows_AreExpensesTaggedByProjectOrCustomer()
    {
        var (records, diagnostics) = Parse(
            new ExpensifyParser(Options),
            ExpensifyHeader,
            "2025-03-03 00:00:00,Uber,23.10,4121,Travel,Website,To client site,Yes,USD,25.00,,R00123,jane@example.com",
            "2025-03-04 00:00:00,AWS,\"1,204.00\",4816,Hosting,Customer: Acme Ltd,,No,USD,\"1,204.00\",,R00123,jane@example.com",
            "2025-03-05 00:00:00,Refund shop,-5.00,,Office,,,Yes,,,,R00124,tom@example.com");

        Assert.Empty(diagnostics.Rejections);
        Assert.Equal(3, records.Count);
        Assert.Equal((Eur(-23.1m), "Uber", "Travel", "Website", "Reimbursable"), (records[0].Amount, records[0].Counterparty, records[0].SourceCategory, records[0].Project, records[0].Status));
        Assert.Equal(("jane@example.com", "R00123"), (records[0].Employee, records[0].References.PaymentReference));
        Assert.Equal((Eur(-1204m), "Acme Ltd", (string?)null), (records[1].Amount, records[1].CustomerReference, records[1].Project));
        Assert.Equal(Eur(5m), records[2].Amount);
        Assert.All(records, r => Assert.Equal(TransactionKind.Expense, r.Kind));
    }

    [Fact]
    public void GenericSchema_BooksExpensesAndReimbursements()
    {
        var (records, diagnostics) = Parse(
            new GenericExpenseParser(Options),
            GenericHeader,
            "expense,2025-03-10,Jane Smith,Hotel Ibis,180.00,30.00,EUR,Travel,Website,Acme Ltd,Retail,Client visit,CL-9,2025-03-31",
            "reimbursement,2025-03-31,Jane Smith,,180.00,,EUR,,,,,Claim CL-9 paid,CL-9,",
            "gift,2025-03-31,Jane Smith,,1.00,,EUR,,,,,,,",
            "expense,31/03/2025,Jane Smith,Shop,1.00,,EUR,,,,,,,");

        Assert.Equal(2, records.Count);
        var expense = records[0];
        Assert.Equal((TransactionKind.Expense, Eur(-180m), Eur(-30m), "Reimbursed"), (expense.Kind, expense.Amount, expense.TaxAmount, expense.Status));
        Assert.Equal(("Hotel Ibis", "Website", "Acme Ltd", "Retail"), (expense.Counterparty, expense.Project, expense.CustomerReference, expense.Segment));
        Assert.Equal((TransactionKind.Reimbursement, Eur(-180m), "Jane Smith"), (records[1].Kind, records[1].Amount, records[1].Employee));
        Assert.Equal([(4, (int?)1), (5, 2)], diagnostics.Rejections.Select(r => (r.Line, r.Column)));
    }
}
