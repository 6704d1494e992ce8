using System.Globalization;
using System.Text;

namespace ProfitPipeline.Benchmarks.Ingestion;

/// <summary>
/// Writes a plain bank statement CSV (Date,Description,Counterparty,Amount,Currency; yyyy-MM-dd dates; signed dot-decimal
/// amounts) with descriptions shaped like real statement lines: invoice payments, card purchases, direct debits, salaries.
/// </summary>
internal static class BankStatementCsv
{
    private static readonly string[] Customers =
        Enumerable.Range(1, 400).Select(i => string.Create(CultureInfo.InvariantCulture, $"{Pick(i, ["Acme", "Bluebird", "Harbour", "Kestrel", "Northgate", "Orchid", "Summit", "Vantage"])} {Pick(i / 8, ["Consulting", "Logistics", "Retail", "Media", "Dental", "Foods", "Systems"])} {Pick(i / 56, ["Ltd", "GmbH", "BV", "SARL", "Inc", "Oy", "AB", "plc"])}")).ToArray();

    private static readonly string[] Suppliers =
        ["Amazon Web Services", "Microsoft Ireland", "Google Cloud EMEA", "Regus Dublin", "Electric Ireland", "Vodafone", "DHL Express", "Staples", "LinkedIn", "Atlassian", "Slack Technologies", "Revenue Commissioners"];

    private static readonly string[] Shops = ["TESCO STORES 3211", "CIRCLE K 5520", "RYANAIR", "IRISH RAIL", "UBER *TRIP", "STARBUCKS 114", "BOOTS 0712", "PRET A MANGER"];

    public static void Write(string path, int rows)
    {
#pragma warning disable CA5394 // Benchmark data, not security; fixed seed so every run writes the same file.
        var random = new Random(20261122);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        writer.WriteLine("Date,Description,Counterparty,Amount,Currency");
        var start = new DateOnly(2025, 1, 1);
        var days = new DateOnly(2026, 10, 31).DayNumber - start.DayNumber + 1;
        for (var i = 0; i < rows; i++)
        {
            // Rows in date order, as statements are.
            var date = start.AddDays((int)((long)i * days / rows));
            var kind = random.Next(100);
            string description, counterparty;
            decimal amount;
            if (kind < 40)
            {
                counterparty = Customers[random.Next(Customers.Length)];
                description = string.Create(CultureInfo.InvariantCulture, $"SEPA credit transfer INV-{date.Year}-{random.Next(1, 99_999):D5} ref {random.Next(100_000, 999_999)}");
                amount = Math.Round((decimal)(random.NextDouble() * 24_000) + 50m, 2);
            }
            else if (kind < 70)
            {
                counterparty = Suppliers[random.Next(Suppliers.Length)];
                description = string.Create(CultureInfo.InvariantCulture, $"Direct debit {counterparty.ToUpperInvariant()} mandate MD{random.Next(10_000, 99_999)}");
                amount = -Math.Round((decimal)(random.NextDouble() * 3_000) + 5m, 2);
            }
            else if (kind < 95)
            {
                counterparty = Shops[random.Next(Shops.Length)];
                description = string.Create(CultureInfo.InvariantCulture, $"Card payment {counterparty} card ending {random.Next(1000, 9999)} {date:dd MMM}");
                amount = -Math.Round((decimal)(random.NextDouble() * 180) + 1m, 2);
            }
            else
            {
                counterparty = "Payroll";
                description = string.Create(CultureInfo.InvariantCulture, $"Salary {date:yyyy-MM} employee {random.Next(1, 40):D3}");
                amount = -Math.Round((decimal)(random.NextDouble() * 4_000) + 1_500m, 2);
            }
#pragma warning restore CA5394

            writer.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Quote(description));
            writer.Write(',');
            writer.Write(Quote(counterparty));
            writer.Write(',');
            writer.Write(amount.ToString("0.00", CultureInfo.InvariantCulture));
            writer.WriteLine(",EUR");
        }
    }

    private static string Pick(int i, string[] values) => values[i % values.Length];

    private static string Quote(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
