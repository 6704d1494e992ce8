namespace ProfitPipeline.Reporting.Model;

/// <summary>
/// Cumulative profit with customers ranked from most to least profitable: point i is the total profit of the first i + 1
/// customers. The curve peaks above the final total when the tail loses money.
/// </summary>
internal sealed record WhaleCurve(string Id, string Title, IReadOnlyList<decimal> CumulativeProfit, string Currency) : ReportSection(Id, Title)
{
    /// <summary>Builds the curve from per-customer profits in any order.</summary>
    public static WhaleCurve FromProfits(string id, string title, IEnumerable<decimal> profits, string currency)
    {
        var running = 0m;
        var points = profits.OrderByDescending(p => p).Select(p => running += p).ToList();
        return new WhaleCurve(id, title, points, currency);
    }
}
