using Microsoft.Extensions.Configuration;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification.Matching;

public sealed class PaymentProcessorsTests
{
    [Theory]
    [InlineData("Stripe Payments Europe Ltd", "SEPA CREDIT TRANSFER STRIPE PAYOUT po_1Abc", "Stripe")]
    [InlineData("", "PAYPAL TRANSFER 4BXJ2", "PayPal")]
    [InlineData("Mollie B.V.", "Uitbetaling st.1234567", "Mollie")]
    [InlineData("SHOPIFY PAYMENTS (UK) LTD", "", "Shopify Payments")]
    [InlineData("CHECKOUT.COM", "settlement 2026-11-02", "Checkout.com")]
    public void BankCreditFromAProcessor_IsItsPayout(string payer, string text, string processor)
    {
        var credit = TransactionSamples.Make("t1", TransactionKind.BankCredit, 812.40m, payer, text);

        Assert.Equal(processor, PaymentProcessors.Default.PayoutFrom(credit));
    }

    [Theory]
    [InlineData(TransactionKind.BankCredit, 500, "Stripeline Logistics", "Invoice 2026-114")]
    [InlineData(TransactionKind.BankCredit, 500, "Shopify Plus Agency", "design work")]
    [InlineData(TransactionKind.BankDebit, -49, "STRIPE* ACME SOFTWARE", "card purchase")]
    [InlineData(TransactionKind.Payment, 120, "Anna Berg", "Stripe charge")]
    public void OtherRows_AreNoPayout(TransactionKind kind, int amount, string payer, string text)
    {
        var row = TransactionSamples.Make("t1", kind, amount, payer, text);

        Assert.Null(PaymentProcessors.Default.PayoutFrom(row));
    }

    [Fact]
    public void ProcessorNamesFromSettings_ReplaceTheDefaults()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ProfitPipeline:Classification:PaymentProcessorNames:0"] = "Square Inc" })
            .Build();
        var options = settings.GetSection(ClassificationOptions.SectionName).Get<ClassificationOptions>()!;
        var square = TransactionSamples.Make("t1", TransactionKind.BankCredit, 300m, "SQUARE INC", "SQ PAYOUT");
        var stripe = TransactionSamples.Make("t2", TransactionKind.BankCredit, 300m, "Stripe", "STRIPE PAYOUT");

        Assert.Equal(("Square Inc", null), (options.Processors.PayoutFrom(square), options.Processors.PayoutFrom(stripe)));
        Assert.Equal("Stripe", new ClassificationOptions().Processors.PayoutFrom(stripe));
    }
}
