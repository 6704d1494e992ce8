using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>
/// Processor fees as costs of the customer whose payment caused them: a payment's own fee column, and fee rows tied to a payment
/// (same bank id or end-to-end id) or to an invoice (its number). A fee row repeating a payment's fee column is counted once.
/// Expects transactions ordered by id (the matcher's order), so the stable date sort is deterministic.
/// </summary>
internal sealed class FeeAttribution(
    CustomerResolver customers, IReadOnlyList<PaymentAllocation> allocations, IReadOnlyDictionary<TransactionId, OpenInvoice> invoices)
{
    public List<CustomerFee> Attribute(IReadOnlyList<LedgerTransaction> transactions)
    {
        // The first allocation's customer of each payment.
        var customerOfPayment = new Dictionary<TransactionId, CustomerId?>(allocations.Count);
        foreach (var allocation in allocations)
        {
            if (allocation.Customer is not null)
            {
                customerOfPayment.TryAdd(allocation.PaymentId, allocation.Customer);
            }
        }

        var paymentsByKey = new Dictionary<string, LedgerTransaction>(StringComparer.Ordinal);
        var invoiceByNumber = new Dictionary<string, OpenInvoice>(StringComparer.Ordinal);
        foreach (var invoice in invoices.Values)
        {
            if (InvoiceReferences.Normalize(invoice.Transaction.References.InvoiceNumber) is { } number)
            {
                invoiceByNumber.TryAdd(number, invoice);
            }
        }

        var fees = new List<CustomerFee>();
        foreach (var payment in transactions.Where(t => t.Kind is TransactionKind.Payment or TransactionKind.BankCredit))
        {
            if (InvoiceReferences.Normalize(payment.References.BankId) is { } bankId)
            {
                paymentsByKey.TryAdd(bankId, payment);
            }

            if (InvoiceReferences.Normalize(payment.References.EndToEndId) is { } endToEnd)
            {
                paymentsByKey.TryAdd(endToEnd, payment);
            }

            if (payment.FeeAmount is { IsZero: false } fee)
            {
                var customer = customerOfPayment.GetValueOrDefault(payment.Id) ?? customers.Resolve(payment);
                fees.Add(new CustomerFee(payment.Id, customer, fee with { Amount = -Math.Abs(fee.Amount) }, payment.BookingDate, payment.Id, false));
            }
        }

        foreach (var fee in transactions.Where(t => t.Kind == TransactionKind.Fee))
        {
            var keys = new[] { fee.References.BankId, fee.References.EndToEndId, fee.References.PaymentReference, fee.References.InvoiceNumber }
                .Select(InvoiceReferences.Normalize).OfType<string>().ToList();
            var payment = keys.Select(k => paymentsByKey.GetValueOrDefault(k)).FirstOrDefault(p => p is not null);
            var invoice = keys.Select(k => invoiceByNumber.GetValueOrDefault(k)).FirstOrDefault(i => i is not null);
            var customer = customers.Resolve(fee)
                ?? (payment is null ? null : customerOfPayment.GetValueOrDefault(payment.Id) ?? customers.Resolve(payment))
                ?? invoice?.Customer;
            var repeated = payment?.FeeAmount is { IsZero: false };
            fees.Add(new CustomerFee(fee.Id, customer, fee.Amount with { Amount = -Math.Abs(fee.Amount.Amount) }, fee.BookingDate, payment?.Id, repeated));
        }

        return fees.OrderBy(f => f.Date).ToList();
    }
}
