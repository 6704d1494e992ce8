using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>One profitability computation with the customer master, for naming customers in reports.</summary>
internal sealed record ReportData(ProfitabilityResult Result, IReadOnlyList<CustomerRecord> Customers)
{
    private readonly Dictionary<string, string> _names = Customers.ToDictionary(c => c.Id.Value, c => c.Name, StringComparer.Ordinal);

    public string CustomerName(string id) => _names.TryGetValue(id, out var name) ? name : id;

    public CurrencyCode Currency => Result.Snapshots.Count > 0 ? Result.Snapshots[0].Revenue.Currency : CurrencyCode.Eur;
}
