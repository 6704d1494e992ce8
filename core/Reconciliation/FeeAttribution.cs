using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>
/// Processor fees as costs of the customer whose payment caused them: a payment's own fee column, and fee rows tied to a payment
/// (same bank id or end-to-end id) or to an invoice (its number). A fee row repeating a payment's fee column is counted once.
/// Expects transactions ordered by id (the matcher's order), so the stable date sort is deterministic.
/// </summary>
/// <param name="firstCustomerAt">By a row's position: the customer of the first allocation (with a customer) of its id.</param>
internal sealed class FeeAttribution(
    CustomerResolver customers, IReadOnlyCollection<OpenInvoice> invoices, Func<int, CustomerId?> firstCustomerAt)
{
    /// <param name="paying">The positions of the payments and bank credits, in id order.</param>
    /// <param name="feeRows">The positions of the fee rows, in id order.</param>
    public List<CustomerFee> Attribute(IReadOnlyList<LedgerTransaction> transactions, List<int> paying, List<int> feeRows)
    {
        var paymentsByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var fees = new List<CustomerFee>(paying.Count + feeRows.Count);
        foreach (var position in paying)
        {
            var payment = transactions[position];

            // Only fee rows look payments up by key; most ledgers have none.
            if (feeRows.Count > 0 && InvoiceReferences.Normalize(payment.References.BankId) is { } bankId)
            {
                paymentsByKey.TryAdd(bankId, position);
            }

            if (feeRows.Count > 0 && InvoiceReferences.Normalize(payment.References.EndToEndId) is { } endToEnd)
            {
                paymentsByKey.TryAdd(endToEnd, position);
            }

            if (payment.FeeAmount is { IsZero: false } fee)
            {
                var customer = firstCustomerAt(position) ?? customers.Resolve(payment);
                fees.Add(new CustomerFee(payment.Id, customer, fee with { Amount = -Math.Abs(fee.Amount) }, payment.BookingDate, payment.Id, false));
            }
        }

        if (feeRows.Count > 0)
        {
            AttributeFeeRows(transactions, feeRows, paymentsByKey, fees);
        }

        return StableDayOrder.ByDay(fees, f => f.Date);
    }

    private void AttributeFeeRows(IReadOnlyList<LedgerTransaction> transactions, List<int> feeRows, Dictionary<string, int> paymentsByKey, List<CustomerFee> fees)
    {
        var invoiceByNumber = new Dictionary<string, OpenInvoice>(StringComparer.Ordinal);
        foreach (var invoice in invoices)
        {
            if (InvoiceReferences.Normalize(invoice.Transaction.References.InvoiceNumber) is { } number)
            {
                invoiceByNumber.TryAdd(number, invoice);
            }
        }

        foreach (var position in feeRows)
        {
            var fee = transactions[position];
            var keys = new[] { fee.References.BankId, fee.References.EndToEndId, fee.References.PaymentReference, fee.References.InvoiceNumber }
                .Select(InvoiceReferences.Normalize).OfType<string>().ToList();
            int? paymentAt = keys.Select(k => paymentsByKey.TryGetValue(k, out var p) ? p : (int?)null).FirstOrDefault(p => p is not null);
            var payment = paymentAt is { } at ? transactions[at] : null;
            var invoice = keys.Select(k => invoiceByNumber.GetValueOrDefault(k)).FirstOrDefault(i => i is not null);
            var customer = customers.Resolve(fee)
                ?? (paymentAt is { } p ? firstCustomerAt(p) ?? customers.Resolve(payment!) : null)
                ?? invoice?.Customer;
            var repeated = payment?.FeeAmount is { IsZero: false };
            fees.Add(new CustomerFee(fee.Id, customer, fee.Amount with { Amount = -Math.Abs(fee.Amount.Amount) }, fee.BookingDate, payment?.Id, repeated));
        }
    }
}
