using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Processors;

/// <summary>
/// How a processor row books: the payment at its gross amount with the fee noted on it, and the fee again as its own Fee
/// transaction, so that processing costs show in profitability instead of hiding in a net payout.
/// </summary>
internal static class ProcessorBooking
{
    /// <param name="payment">The payment, gross, signed (positive received, negative refunded).</param>
    /// <param name="fee">The fee from the business's point of view: negative when charged, positive when returned.</param>
    public static IEnumerable<ParsedTransaction> PaymentWithFee(ParsedTransaction payment, Money? fee)
    {
        if (fee is not { IsZero: false } charged)
        {
            yield return payment;
            yield break;
        }

        yield return payment with { FeeAmount = charged };
        yield return new ParsedTransaction
        {
            Line = payment.Line,
            Kind = TransactionKind.Fee,
            BookingDate = payment.BookingDate,
            Amount = charged,
            Counterparty = payment.Counterparty,
            Description = "processing fee",
            References = new TransactionReferences(BankId: payment.References.BankId is { } id ? id + ":fee" : null),
            CustomerReference = payment.CustomerReference,
            Status = payment.Status,
        };
    }
}
