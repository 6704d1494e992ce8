using System.Globalization;

namespace ProfitPipeline.Cli.Demo;

/// <summary>The year's sales invoices plus one credit note and the invoice re-issued after it.</summary>
internal sealed record SalesBook(IReadOnlyList<XeroDocument> Invoices, XeroDocument CreditNote)
{
    /// <summary>The invoice the credit note cancels in full; it is never paid.</summary>
    public string CreditedInvoiceNumber => CreditNote.Reference;
}

/// <summary>Bills every customer for retainers and consulting days, month by month.</summary>
internal static class SalesInvoicing
{
    public const string SalesAccount = "200";
    public const string VatOnIncome = "20% (VAT on Income)";
    public const decimal VatRate = 0.20m;

    // The month (0-based) in which the credited invoice is raised, and whose customer it is.
    private const int CreditedMonth = 4;
    private const string CreditedCustomerId = "C005";

    private sealed record Draft(int Key, DemoCustomer Customer, DateOnly Date, IReadOnlyList<XeroLine> Lines, int? ReissueOf);

    public static SalesBook Create(DemoCalendar calendar, Random rng)
    {
        var drafts = new List<Draft>();
        var schedules = DemoCustomers.All.Select(c => (Customer: c, Cadence: Cadence(c, rng), Offset: rng.Next(3), DayRate: 900m + (50m * rng.Next(0, 6)))).ToList();
        foreach (var month in calendar.Months)
        {
            var index = calendar.MonthIndex(month);
            foreach (var (customer, cadence, offset, dayRate) in schedules)
            {
                if ((index + offset) % cadence != 0)
                {
                    continue;
                }

                var date = DemoCalendar.OnOrBeforeBusinessDay(DemoCalendar.EndOfMonth(month));
                drafts.Add(new Draft(drafts.Count, customer, date, Lines(customer, month, dayRate, rng), null));
            }
        }

        var credited = drafts.First(d => d.Customer.Id == CreditedCustomerId && calendar.MonthIndex(d.Date) == CreditedMonth);
        var creditDate = DemoCalendar.OnOrAfterBusinessDay(credited.Date.AddDays(6));
        drafts.Add(new Draft(drafts.Count, credited.Customer, creditDate, Corrected(credited.Lines), credited.Key));

        var numbered = drafts.OrderBy(d => d.Date).ThenBy(d => d.Customer.Id, StringComparer.Ordinal).ThenBy(d => d.Key)
            .Select((d, i) => (Draft: d, Number: string.Create(CultureInfo.InvariantCulture, $"INV-{i + 1:0000}")))
            .ToList();
        var numberOf = numbered.ToDictionary(n => n.Draft.Key, n => n.Number);
        var invoices = numbered.Select(n => new XeroDocument(
            n.Draft.Customer.Name,
            n.Number,
            n.Draft.ReissueOf is { } original ? $"Re-issue of {numberOf[original]}" : $"{n.Draft.Customer.Id} {DemoAmount.MonthName(n.Draft.Date)}",
            n.Draft.Date,
            n.Draft.Date.AddDays(n.Draft.Customer.TermsDays),
            XeroDocument.SalesInvoice,
            n.Draft.Lines)).ToList();

        var creditNote = new XeroDocument(credited.Customer.Name, "CN-0001", numberOf[credited.Key], creditDate, creditDate, XeroDocument.SalesCreditNote, credited.Lines);
        return new SalesBook(invoices, creditNote);
    }

    // Small customers buy a block of days every two or three months; everyone else is on a monthly retainer.
    private static int Cadence(DemoCustomer customer, Random rng) => customer.Size == "Small" ? 2 + rng.Next(2) : 1;

    private static List<XeroLine> Lines(DemoCustomer customer, DateOnly month, decimal dayRate, Random rng)
    {
        var (retainer, minDays, maxDays) = customer switch
        {
            { IsAnchor: true } => (38_000m, 12, 18),
            { Size: "Enterprise" } => (5_000m + (500m * rng.Next(0, 4)), 2, 4),
            { Size: "Mid" } => (1_500m + (250m * rng.Next(0, 3)), 0, 2),
            _ => (0m, 1, 4),
        };
        var lines = new List<XeroLine>();
        if (retainer > 0)
        {
            lines.Add(Line($"Analytics retainer - {DemoAmount.MonthName(month)}", 1, retainer, customer));
        }

        var days = rng.Next(minDays, maxDays + 1);
        if (days > 0)
        {
            lines.Add(Line($"Consulting days - {customer.ProjectTheme}", days, dayRate, customer));
        }

        if (rng.Next(10) == 0)
        {
            lines.Add(Line("Dashboard hosting and licence", 1, 250m, customer));
        }

        return lines;
    }

    // The re-issue corrects the retainer: the agreed 10% discount had been left off.
    private static List<XeroLine> Corrected(IReadOnlyList<XeroLine> original) =>
        original.Select((l, i) => i == 0 ? l with { Description = l.Description + " (10% discount)", UnitAmount = DemoAmount.Round(l.UnitAmount * 0.9m) } : l).ToList();

    private static XeroLine Line(string description, decimal quantity, decimal unit, DemoCustomer customer) =>
        new(description, quantity, unit, SalesAccount, VatOnIncome, VatRate, customer.Project);
}
