using System.Globalization;

namespace ProfitPipeline.Cli.Demo;

/// <summary>How customers paid: bank receipts, Stripe card charges and Stripe's payouts, and what each settled.</summary>
internal sealed record CustomerPaymentBook(IReadOnlyList<BankEntry> Bank, IReadOnlyList<StripeCharge> Stripe, IReadOnlyList<Settlement> Settlements);

/// <summary>Turns each customer's payment habit into receipts, dated by when they really arrive.</summary>
internal static class CustomerPayments
{
    public const string StripePayer = "Stripe Payments Europe";

    // Portwhistle pays these two months' invoices (0-based) with one transfer.
    private const int CombinedFirstMonth = 6;

    public static CustomerPaymentBook Create(DemoCalendar calendar, SalesBook sales, IReadOnlyDictionary<string, string> ibans, Random rng)
    {
        var byName = DemoCustomers.All.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var bank = new List<BankEntry>();
        var stripe = new List<StripeCharge>();
        var settlements = new List<Settlement>();
        var stripeIban = Iban.Create("IE", "STRP" + "990105" + "00417733");
        XeroDocument? heldForCombined = null;

        foreach (var invoice in sales.Invoices.Where(i => i.Number != sales.CreditedInvoiceNumber))
        {
            var customer = byName[invoice.Contact];
            var month = calendar.MonthIndex(invoice.Date);
            switch (customer.Habit)
            {
                case PaymentHabit.Card:
                    PayByCard(invoice, customer, rng, stripe, settlements, bank, stripeIban, firstAttemptFails: stripe.Count == 3);
                    break;
                case PaymentHabit.Partial:
                    var first = DemoAmount.Round(invoice.Total * rng.Next(40, 61) / 100m);
                    var firstDate = DemoCalendar.OnOrAfterBusinessDay(invoice.DueDate.AddDays(rng.Next(0, 6)));
                    Receive(bank, settlements, customer, ibans, rng, firstDate, [(invoice, first)], $"{invoice.Number} part payment");
                    Receive(bank, settlements, customer, ibans, rng, DemoCalendar.OnOrAfterBusinessDay(firstDate.AddDays(rng.Next(18, 31))), [(invoice, invoice.Total - first)], $"{invoice.Number} balance");
                    break;
                case PaymentHabit.Combined when month == CombinedFirstMonth && heldForCombined is null:
                    heldForCombined = invoice;
                    break;
                case PaymentHabit.Combined when heldForCombined is not null:
                    Receive(bank, settlements, customer, ibans, rng, DemoCalendar.OnOrAfterBusinessDay(invoice.DueDate.AddDays(2)), [(heldForCombined, heldForCombined.Total), (invoice, invoice.Total)], $"{heldForCombined.Number} {invoice.Number}");
                    heldForCombined = null;
                    break;
                default:
                    var date = DemoCalendar.OnOrAfterBusinessDay(invoice.DueDate.AddDays(DaysPastDue(customer, month, rng)));
                    Receive(bank, settlements, customer, ibans, rng, date, [(invoice, invoice.Total)], Remittance(invoice, customer, rng));
                    break;
            }
        }

        if (heldForCombined is not null)
        {
            var customer = byName[heldForCombined.Contact];
            Receive(bank, settlements, customer, ibans, rng, DemoCalendar.OnOrAfterBusinessDay(heldForCombined.DueDate), [(heldForCombined, heldForCombined.Total)], heldForCombined.Number);
        }

        return new CustomerPaymentBook(bank, stripe, settlements);
    }

    private static int DaysPastDue(DemoCustomer customer, int month, Random rng) => customer.Habit switch
    {
        PaymentHabit.Late => rng.Next(20, 61),
        PaymentHabit.SlowingDown => (month * 6) + rng.Next(0, 5),
        _ => rng.Next(-6, 4),
    };

    // Most transfers quote the invoice number; some carry only a generic text, leaving the payer's bank alias as the clue.
    private static string? Remittance(XeroDocument invoice, DemoCustomer customer, Random rng)
    {
        if (customer.Habit == PaymentHabit.AliasOnly || rng.Next(12) == 0)
        {
            return null;
        }

        return rng.Next(4) switch
        {
            0 => invoice.Number,
            1 => $"Invoice {invoice.Number}",
            2 => $"{invoice.Number} {customer.ShortName}",
            _ => $"PAYMENT {invoice.Number} THANK YOU",
        };
    }

    private static void Receive(
        List<BankEntry> bank,
        List<Settlement> settlements,
        DemoCustomer customer,
        IReadOnlyDictionary<string, string> ibans,
        Random rng,
        DateOnly date,
        IReadOnlyList<(XeroDocument Invoice, decimal Amount)> parts,
        string? remittance)
    {
        var generic = rng.Next(3) switch
        {
            0 => "PAYMENT THANK YOU",
            1 => string.Create(CultureInfo.InvariantCulture, $"SUPPLIER RUN {date:yyyyMMdd}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"REMITTANCE {rng.Next(100_000, 1_000_000)}"),
        };
        var counterparty = remittance is null || rng.Next(2) == 0 ? customer.BankAlias : customer.Name;
        var endToEnd = rng.Next(5) == 0 ? "NOTPROVIDED" : string.Create(CultureInfo.InvariantCulture, $"{customer.Id}-{rng.Next(10_000_000, 100_000_000)}");
        bank.Add(new BankEntry(date, parts.Sum(p => p.Amount), "SEPA CREDIT TRANSFER", counterparty, ibans[customer.Id], remittance ?? generic, endToEnd, BankTransactionCode.ReceivedTransfer));
        settlements.AddRange(parts.Select(p => new Settlement(p.Invoice.Number, date, p.Amount)));
    }

    private static void PayByCard(
        XeroDocument invoice,
        DemoCustomer customer,
        Random rng,
        List<StripeCharge> stripe,
        List<Settlement> settlements,
        List<BankEntry> bank,
        string stripeIban,
        bool firstAttemptFails)
    {
        var day = invoice.Date.AddDays(rng.Next(1, 7));
        var stripeCustomer = $"cus_{customer.Id}{customer.ShortName.Replace(" ", "", StringComparison.Ordinal)[..6].ToUpperInvariant()}";
        var email = $"accounts@{customer.ShortName.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}.example";
        if (firstAttemptFails)
        {
            stripe.Add(new StripeCharge(ChargeId(rng), At(day, rng), invoice.Total, 0m, $"Invoice {invoice.Number}", stripeCustomer, email, customer.Name, Succeeded: false));
            day = day.AddDays(1);
        }

        var fee = DemoAmount.Round((invoice.Total * 0.015m) + 0.25m);
        stripe.Add(new StripeCharge(ChargeId(rng), At(day, rng), invoice.Total, fee, $"Invoice {invoice.Number}", stripeCustomer, email, customer.Name, Succeeded: true));
        settlements.Add(new Settlement(invoice.Number, day, invoice.Total));

        // Stripe pays each charge out, net of its fee, a couple of business days later.
        var payoutId = $"po_{ChargeId(rng)[3..]}";
        bank.Add(new BankEntry(DemoCalendar.OnOrAfterBusinessDay(day.AddDays(2)), invoice.Total - fee, "SEPA CREDIT TRANSFER", StripePayer, stripeIban, $"STRIPE PAYOUT {payoutId}", payoutId, BankTransactionCode.ReceivedTransfer));
    }

    private static DateTime At(DateOnly day, Random rng) => day.ToDateTime(new TimeOnly(rng.Next(7, 22), rng.Next(60), rng.Next(60)), DateTimeKind.Utc);

    private static string ChargeId(Random rng)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return "ch_" + new string(Enumerable.Range(0, 24).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
    }
}
