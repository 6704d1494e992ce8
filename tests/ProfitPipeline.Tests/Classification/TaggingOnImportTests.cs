using ProfitPipeline.Classification;
using ProfitPipeline.Cli.Demo;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Classification;

/// <summary>
/// New rows are tagged before they are stored and old rows are re-tagged only when an import brings evidence that can change
/// them; these tests check that this leaves the ledger exactly as re-tagging all of it after every import would.
/// </summary>
public sealed class TaggingOnImportTests(AzuriteFixture azurite)
{
    private const string Customers = "Customer ID,Name\nC1,Acme Widgets Ltd\nC2,Bolt Hardware\n";
    private const string Invoices = "kind,number,customer_id,issue_date,due_date,total,currency\ninvoice,INV-1001,C1,2026-03-02,2026-04-01,1200.00,EUR\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DemoCompanyIngestedInEitherFileOrder_LeavesNothingForAFullRetag(bool reversed)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var files = new DemoCompany().Generate(new DateOnly(2026, 11, 2)).ToList();
        if (reversed)
        {
            files.Reverse();
        }

        foreach (var file in files)
        {
            var report = await scope.Get<IImportService>().IngestAsync(FileContent.FromBytes(file.Name, file.Content), false, ct);
            Assert.False(report.Quarantined, file.Name);
        }

        Assert.Equal(0, await scope.Get<LedgerTagging>().RetagAsync(ct));
        Assert.Contains(await scope.ReadLedgerAsync(ct), t => t.Tags.Customer is { Source: TagSource.Match, Accepted: true });
    }

    [Fact]
    public async Task DemoCompanyStripePayouts_AreTransfersFromNoCustomerThatNeitherWaitNorStayUnmatched()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await IngestDemoAsync(scope, ct);

        var payouts = (await scope.ReadLedgerAsync(ct)).Where(t => t.Description.Contains("STRIPE PAYOUT", StringComparison.Ordinal)).ToList();
        var pending = await scope.Get<ReviewQueue>().PendingAsync(ct);
        var reconciliation = await scope.Get<ISnapshotService>().ReconcileAsync(ct);

        Assert.NotEmpty(payouts);
        Assert.All(payouts, p => Assert.Equal(("transfers", string.Empty, false), (p.Tags.Category?.Value, p.Tags.Customer?.Value, p.Tags.NeedsReview)));
        Assert.DoesNotContain(pending, r => r.Description.Contains("STRIPE PAYOUT", StringComparison.Ordinal));
        Assert.Equal(payouts.Select(p => p.Id.Value).Order(StringComparer.Ordinal), reconciliation.FromNoCustomer.Select(r => r.Id.Value).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(reconciliation.Unmatched, u => payouts.Any(p => p.Id == u.Id));
    }

    [Fact]
    public async Task DemoCompanyAtColdStart_NoBankRowGetsAConfidentModelCategoryAndCustomersReceiptsAreRevenue()
    {
        // The first models learn from the exports' invoices, bills and expense claims: they have seen no bank row, so a
        // payroll debit or a VAT payment must wait for a person, not be booked as "contractors" or "rent" at 0.96.
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await IngestDemoAsync(scope, ct);

        var byModel = (await scope.ReadLedgerAsync(ct))
            .Where(t => t.Kind is TransactionKind.BankDebit or TransactionKind.BankCredit && t.Tags.Category is { Source: TagSource.Model })
            .ToList();

        Assert.NotEmpty(byModel);
        Assert.All(byModel, t => Assert.Equal((false, 0m), (t.Tags.Category!.Accepted, t.Tags.Category.Confidence)));
        var pending = await scope.Get<ReviewQueue>().PendingAsync(ct);
        Assert.Contains(pending, r => r.Counterparty == "Payroll");

        // What the rows' own words name is proposed in place of the model's stretch from invoices and bills.
        string Proposed(string counterparty) => pending.Where(r => r.Counterparty == counterparty).Select(r => r.Tags.Category!.Value).Distinct().Single();
        Assert.Equal(("payroll", "taxes", "bank-fees"), (Proposed("Payroll"), Proposed("Tax Office VAT"), Proposed("Harbour Mercantile Bank")));
        Assert.EndsWith(
            "; waits: the model has no validated rows of this kind yet; proposed from \"payroll\" in its text",
            pending.First(r => r.Counterparty == "Payroll").Tags.Category!.Detail,
            StringComparison.Ordinal);
        Assert.DoesNotContain(pending, r => r.Kind == nameof(TransactionKind.BankCredit) && r.Tags.Customer is { Accepted: true, Value.Length: > 0 });
    }

    [Fact]
    public async Task ReceiptImportedAfterItsInvoice_IsStoredWithTheInvoicesCustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("customers.csv", Customers, ct);
        await scope.IngestCleanAsync("invoices.csv", Invoices, ct);

        await scope.IngestCleanAsync("bank.csv", "Date,Description,Amount,Currency\n2026-03-20,Transfer ref INV-1001 thank you,1200.00,EUR\n", ct);

        var receipt = Assert.Single(await scope.ReadLedgerAsync(ct), t => t.Kind == TransactionKind.BankCredit);
        Assert.Equal("C1", receipt.Tags.Customer?.Value);
        Assert.Equal(TagSource.Match, receipt.Tags.Customer?.Source);
        Assert.Equal(0, await scope.Get<LedgerTagging>().RetagAsync(ct));
    }

    [Fact]
    public async Task ReceiptImportedBeforeItsInvoice_IsMatchedWhenTheInvoiceArrives()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("customers.csv", Customers, ct);
        await scope.IngestCleanAsync("bank.csv", "Date,Description,Amount,Currency\n2026-03-20,Transfer ref INV-1001 thank you,1200.00,EUR\n", ct);
        Assert.Null(Assert.Single(await scope.ReadLedgerAsync(ct)).Tags.Customer?.Value);

        await scope.IngestCleanAsync("invoices.csv", Invoices, ct);

        var receipt = Assert.Single(await scope.ReadLedgerAsync(ct), t => t.Kind == TransactionKind.BankCredit);
        Assert.Equal("C1", receipt.Tags.Customer?.Value);
    }

    [Fact]
    public async Task PayerAccountAPersonAssigned_TagsTheNextReceiptFromItBeforeItIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("customers.csv", Customers, ct);
        const string Header = "Date,Description,Counterparty,Counterparty IBAN,Amount,Currency\n";
        await scope.IngestCleanAsync("march.csv", Header + "2026-03-20,Transfer,J Smith,DE89370400440532013000,450.00,EUR\n", ct);
        var first = Assert.Single(await scope.ReadLedgerAsync(ct));
        Assert.Null(first.Tags.Customer?.Value);
        Assert.Empty((await scope.Get<ReviewQueue>().CorrectAsync([new ReviewCorrection(first.Id.Value, Customer: "C2")], "anna", ct)).Rejected);

        await scope.IngestCleanAsync("april.csv", Header + "2026-04-21,Monthly transfer,J Smith,DE89370400440532013000,450.00,EUR\n", ct);

        var second = Assert.Single(await scope.ReadLedgerAsync(ct), t => t.BookingDate.Month == 4);
        Assert.Equal("C2", second.Tags.Customer?.Value);
        Assert.Equal(TagSource.Match, second.Tags.Customer?.Source);
        Assert.Equal(TagSource.Human, (await scope.ReadLedgerAsync(ct)).Single(t => t.Id == first.Id).Tags.Customer?.Source);
    }

    private static async Task IngestDemoAsync(PipelineScope scope, CancellationToken ct)
    {
        foreach (var file in new DemoCompany().Generate(new DateOnly(2026, 11, 2)))
        {
            await scope.Get<IImportService>().IngestAsync(FileContent.FromBytes(file.Name, file.Content), false, ct);
        }
    }
}
