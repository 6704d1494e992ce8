using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification.Matching;

public sealed class CustomerMatcherTests
{
    private static readonly CustomerRecord[] Customers =
    [
        new() { Line = 2, Id = new CustomerId("C-1"), Name = "Müller Maschinenbau GmbH", Aliases = ["MM Bau"] },
        new() { Line = 3, Id = new CustomerId("C-2"), Name = "Northwind Traders Ltd" },
        new() { Line = 4, Id = new CustomerId("C-3"), Name = "Contoso B.V." },
    ];

    [Theory]
    [InlineData("MULLER MASCHINENBAU", "C-1")]
    [InlineData("Müller Maschinenbau GmbH.", "C-1")]
    [InlineData("mm bau", "C-1")]
    [InlineData("NORTHWIND TRADERS LIMITED", "C-2")]
    [InlineData("Traders Northwind", "C-2")]
    [InlineData("contoso bv", "C-3")]
    public void PayerNameVariants_MatchTheCustomer(string payer, string expected)
    {
        var tag = new CustomerMatcher(Customers, CustomerEvidence.None).Match(TransactionSamples.Make("t", TransactionKind.BankCredit, 100m, payer));

        Assert.Equal(expected, tag!.Value);
        Assert.Equal(TagSource.Match, tag.Source);
        Assert.True(tag.Accepted);
    }

    [Fact]
    public void TypoInPayerName_IsProposedWithItsSimilarity()
    {
        var tag = new CustomerMatcher(Customers, CustomerEvidence.None).Match(TransactionSamples.Make("t", TransactionKind.BankCredit, 100m, "Northwnd Tradrs"));

        Assert.Equal("C-2", tag!.Value);
        Assert.InRange(tag.Confidence, 0.9m, 0.99m);
        Assert.Contains("similar", tag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrelatedPayer_MatchesNothing()
    {
        var tag = new CustomerMatcher(Customers, CustomerEvidence.None).Match(TransactionSamples.Make("t", TransactionKind.BankCredit, 100m, "Fabrikam Inc"));

        Assert.Null(tag);
    }

    [Fact]
    public void InvoiceNumberInRemittanceText_PointsToTheInvoicesCustomer()
    {
        var evidence = CustomerEvidence.Create([KeyValuePair.Create("INV-2026-0042", new CustomerId("C-3"))], []);

        var tag = new CustomerMatcher(Customers, evidence).Match(
            TransactionSamples.Make("t", TransactionKind.BankCredit, 100m, "Someone Else", "Payment for inv 2026 0042 / INV2026-0042 thanks"));

        Assert.Equal("C-3", tag!.Value);
        Assert.Equal("invoice number in the remittance text", tag.Detail);
    }

    [Fact]
    public void StructuredReference_PointsToTheInvoicesCustomer()
    {
        var evidence = CustomerEvidence.Create([KeyValuePair.Create("RF18539007547034", new CustomerId("C-2"))], []);

        var tag = new CustomerMatcher(Customers, evidence).Match(
            TransactionSamples.Make("t", TransactionKind.BankCredit, 100m, "Unknown payer", references: new TransactionReferences(PaymentReference: "RF18 5390 0754 7034")));

        Assert.Equal("C-2", tag!.Value);
        Assert.Equal("invoice number in the references", tag.Detail);
    }

    [Fact]
    public void KnownPayerIban_PointsToTheCustomer()
    {
        var evidence = CustomerEvidence.Create([], [KeyValuePair.Create("DE89 3704 0044 0532 0130 00", new CustomerId("C-1"))]);

        var tag = new CustomerMatcher(Customers, evidence).Match(
            TransactionSamples.Make("t", TransactionKind.BankCredit, 100m, "Private person", counterpartyAccount: "de89370400440532013000"));

        Assert.Equal("C-1", tag!.Value);
        Assert.Equal(0.98m, tag.Confidence);
    }

    [Fact]
    public void PayerIbanAPersonSaidPaysForNoCustomer_TagsNoneAccepted()
    {
        var evidence = CustomerEvidence.Create([], [], ["IE29 STRP 9901 0500 4177 33"]);

        var tag = new CustomerMatcher(Customers, evidence).Match(
            TransactionSamples.Make("t", TransactionKind.BankCredit, 2718.35m, "Stripe Payments Europe", counterpartyAccount: "IE29STRP99010500417733"));

        Assert.Equal((string.Empty, TagSource.Match, true), (tag!.Value, tag.Source, tag.Accepted));
    }

    [Fact]
    public void PayerIbanAnsweredBothWays_IsNoEvidence()
    {
        var evidence = CustomerEvidence.Create([], [KeyValuePair.Create("DE89370400440532013000", new CustomerId("C-1"))], ["DE89 3704 0044 0532 0130 00"]);

        var tag = new CustomerMatcher(Customers, evidence).Match(
            TransactionSamples.Make("t", TransactionKind.BankCredit, 100m, "Private person", counterpartyAccount: "DE89370400440532013000"));

        Assert.Null(tag);
    }

    [Fact]
    public void InvoiceCustomerReference_ById_IsAnExportTag()
    {
        var tag = new CustomerMatcher(Customers, CustomerEvidence.None).Match(
            TransactionSamples.Make("t", TransactionKind.Invoice, 100m, customerReference: "c-2"));

        Assert.Equal("C-2", tag!.Value);
        Assert.Equal(TagSource.Export, tag.Source);
        Assert.Equal(1m, tag.Confidence);
    }

    [Fact]
    public void NearTieBetweenTwoCustomers_IsNotAccepted()
    {
        CustomerRecord[] twins =
        [
            new() { Line = 2, Id = new CustomerId("A"), Name = "Alpha Consulting North" },
            new() { Line = 3, Id = new CustomerId("B"), Name = "Alpha Consulting South" },
        ];

        var tag = new CustomerMatcher(twins, CustomerEvidence.None).Match(TransactionSamples.Make("t", TransactionKind.BankCredit, 1m, "Alpha Consulting"));

        Assert.True(tag is null || !tag.Accepted);
    }
}
