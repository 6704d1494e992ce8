using System.Globalization;

namespace ProfitPipeline.Cli.Demo;

/// <summary>Bank debits no invoice or bill explains: payroll, bank charges and the quarterly VAT return.</summary>
internal static class OperatingDebits
{
    public const string Payroll = "Payroll";
    public const string Bank = "Harbour Mercantile Bank";
    public const string TaxOffice = "Tax Office VAT";

    public static List<BankEntry> Create(DemoCalendar calendar, SalesBook sales, SupplierBillBook bills, string taxOfficeIban, Random rng)
    {
        var entries = new List<BankEntry>();
        foreach (var month in calendar.Months)
        {
            var index = calendar.MonthIndex(month);

            // Ten staff; one hire in month 5 lifts the run.
            var payroll = 61_800m + (index >= 5 ? 5_400m : 0m) + DemoAmount.Between(rng, 0m, 900m);
            entries.Add(new BankEntry(DemoCalendar.OnOrBeforeBusinessDay(month.AddDays(24)), -payroll, "SALARY PAYMENTS", Payroll, "", $"SALARIES {DemoAmount.MonthName(month).ToUpperInvariant()}", string.Create(CultureInfo.InvariantCulture, $"NWA-PAY-{month:yyyyMM}"), BankTransactionCode.Salary));

            var fees = DemoAmount.Between(rng, 18m, 46m);
            entries.Add(new BankEntry(DemoCalendar.OnOrBeforeBusinessDay(DemoCalendar.EndOfMonth(month)), -fees, "ACCOUNT CHARGES", Bank, "", string.Create(CultureInfo.InvariantCulture, $"ACCOUNT FEES {month:yyyy-MM}"), "NOTPROVIDED", BankTransactionCode.Charges));

            // The VAT return for a calendar quarter is paid on the 19th of the month after it ends.
            if (month.Month % 3 == 0)
            {
                var quarterStart = month.AddMonths(-2);
                var output = sales.Invoices.Where(i => i.Number != sales.CreditedInvoiceNumber && i.Date >= quarterStart && i.Date <= DemoCalendar.EndOfMonth(month)).Sum(i => i.TaxTotal);
                var input = bills.Bills.Where(b => b.Date >= quarterStart && b.Date <= DemoCalendar.EndOfMonth(month)).Sum(b => b.TaxTotal);
                var quarter = string.Create(CultureInfo.InvariantCulture, $"{month.Year}Q{month.Month / 3}");
                entries.Add(new BankEntry(DemoCalendar.OnOrAfterBusinessDay(month.AddMonths(1).AddDays(18)), input - output, "SEPA CREDIT TRANSFER", TaxOffice, taxOfficeIban, $"VAT RETURN {quarter}", $"NWA-VAT-{quarter}", BankTransactionCode.SentTransfer));
            }
        }

        return entries;
    }
}
