using System.Globalization;

namespace ProfitPipeline.Cli.Demo;

/// <summary>Money and date text exactly as the exports print it, whatever the machine's culture.</summary>
internal static class DemoAmount
{
    public static decimal Between(Random rng, decimal min, decimal max) =>
        min + (rng.Next(0, (int)((max - min) * 100) + 1) / 100m);

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Text(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
