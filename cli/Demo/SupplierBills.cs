using System.Globalization;

namespace ProfitPipeline.Cli.Demo;

/// <summary>Supplier bills and the bank payments that settled them.</summary>
internal sealed record SupplierBillBook(IReadOnlyList<XeroDocument> Bills, IReadOnlyList<BankEntry> Bank, IReadOnlyList<Settlement> Settlements);

/// <summary>Rent, software, hosting and contractor bills; contractor work is tracked to the customer's project.</summary>
internal static class SupplierBills
{
    public static SupplierBillBook Create(DemoCalendar calendar, SalesBook sales, IReadOnlyDictionary<string, string> ibans, Random rng)
    {
        var book = new Builder(ibans);
        var contractorPlans = DemoCustomers.All.ToDictionary(
            c => c.Id,
            c => (Contractor: DemoSuppliers.Contractors[rng.Next(DemoSuppliers.Contractors.Count)], Share: BaseContractorShare(c, rng)));
        var billedNet = sales.Invoices
            .Where(i => i.Number != sales.CreditedInvoiceNumber)
            .GroupBy(i => (i.Contact, Month: calendar.MonthIndex(i.Date)))
            .ToDictionary(g => g.Key, g => g.Sum(i => i.Net));

        foreach (var month in calendar.Months)
        {
            var index = calendar.MonthIndex(month);
            var first = DemoCalendar.OnOrAfterBusinessDay(month);
            book.Add(DemoSuppliers.Landlord, month, month, month, $"Office rent {DemoAmount.MonthName(month)}", 1, 6_500m, "", first);

            var hostingDate = month.AddDays(1);
            book.Add(DemoSuppliers.Hosting, month, hostingDate, hostingDate.AddDays(14), $"Managed hosting {DemoAmount.MonthName(month)}", 1, DemoAmount.Between(rng, 2_100m, 3_400m), "", DemoCalendar.OnOrAfterBusinessDay(hostingDate.AddDays(14)));

            foreach (var ((supplier, monthly), day) in DemoSuppliers.Software.Select((s, i) => (s, 3 + (i * 5))))
            {
                // The BI platform added seats half-way through the year.
                var price = index >= 6 && day == 3 ? DemoAmount.Round(monthly * 1.1m) : monthly;
                var date = month.AddDays(day - 1);
                book.Add(supplier, month, date, date, $"Subscription {DemoAmount.MonthName(month)}", 1, price, "", DemoCalendar.OnOrAfterBusinessDay(date.AddDays(2)));
            }

            foreach (var customer in DemoCustomers.All)
            {
                if (!billedNet.TryGetValue((customer.Name, index), out var net))
                {
                    continue;
                }

                var (contractor, share) = contractorPlans[customer.Id];
                if (customer.Industry == DemoCustomers.Healthcare && calendar.InLastQuarter(month))
                {
                    (contractor, share) = (DemoSuppliers.ClinicalContractor, DemoAmount.Between(rng, 0.55m, 0.70m));
                }
                else if (customer.Load == ContractorLoad.Heavy)
                {
                    share = DemoAmount.Between(rng, 1.45m, 1.75m);
                }

                var days = (int)Math.Round(net * share / contractor.DayRate, MidpointRounding.AwayFromZero);
                if (share == 0m || days == 0)
                {
                    continue;
                }

                var billDate = DemoCalendar.OnOrBeforeBusinessDay(DemoCalendar.EndOfMonth(month));
                book.Add(contractor, month, billDate, billDate.AddDays(30), $"Data engineering - {customer.Project} - {DemoAmount.MonthName(month)}", days, contractor.DayRate, customer.Project, DemoCalendar.OnOrAfterBusinessDay(billDate.AddDays(30)));
            }
        }

        return book.Build();
    }

    // About half the customers need no outside help; the anchor customer's volume always does.
    private static decimal BaseContractorShare(DemoCustomer customer, Random rng) => customer switch
    {
        { IsAnchor: true } => 0.15m,
        _ when rng.Next(100) < 45 => 0m,
        _ => DemoAmount.Between(rng, 0.06m, 0.22m),
    };

    private sealed class Builder(IReadOnlyDictionary<string, string> ibans)
    {
        private readonly List<XeroDocument> _bills = [];
        private readonly List<BankEntry> _bank = [];
        private readonly List<Settlement> _settlements = [];
        private readonly Dictionary<string, int> _sequence = new(StringComparer.Ordinal);

        public void Add(DemoSupplier supplier, DateOnly month, DateOnly date, DateOnly due, string description, decimal quantity, decimal unit, string project, DateOnly paid)
        {
            var sequence = _sequence[supplier.Name] = _sequence.GetValueOrDefault(supplier.Name) + 1;
            var number = string.Create(CultureInfo.InvariantCulture, $"{supplier.BillPrefix}-{month.Year}-{sequence:000}");
            var (taxType, rate) = supplier.Tax;
            var line = new XeroLine(description, quantity, unit, supplier.AccountCode, taxType, rate, project);
            var reference = project.Length > 0 ? project : DemoAmount.MonthName(month);
            var bill = new XeroDocument(supplier.Name, number, reference, date, due, XeroDocument.Bill, [line]);
            _bills.Add(bill);

            var (text, code) = supplier.PaidByDirectDebit ? ("SEPA DIRECT DEBIT", BankTransactionCode.DirectDebit) : ("SEPA CREDIT TRANSFER", BankTransactionCode.SentTransfer);
            _bank.Add(new BankEntry(paid, -bill.Total, text, supplier.Name, ibans[supplier.Name], number, $"NWA-{number}", code));
            _settlements.Add(new Settlement(number, paid, bill.Total));
        }

        public SupplierBillBook Build() => new(_bills, _bank, _settlements);
    }
}
