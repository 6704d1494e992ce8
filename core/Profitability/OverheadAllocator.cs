namespace ProfitPipeline.Profitability;

/// <summary>
/// Shares an amount among members by weight so that the shares add up to the allocated total exactly, to the cent: each member
/// gets the floor of its quota in cents, and the cents left go one each to the largest remainders (ties: member id, ordinal).
/// With <see cref="AllocationDriver.FixedTable"/> the weights are percentages; a table under 100 % allocates only that part.
/// </summary>
internal static class OverheadAllocator
{
    public sealed record Allocation(IReadOnlyDictionary<string, decimal> Shares, decimal Allocated, decimal Unallocated, string? UnallocatedReason);

    public static Allocation Allocate(decimal total, IReadOnlyDictionary<string, decimal> weights, bool weightsArePercentages)
    {
        var totalCents = Math.Round(total * 100m, MidpointRounding.AwayFromZero);
        var sign = Math.Sign(totalCents);
        var magnitude = Math.Abs(totalCents);
        var positive = weights.Where(w => w.Value > 0m).OrderBy(w => w.Key, StringComparer.Ordinal).ToList();
        var weightSum = positive.Sum(w => w.Value);
        if (magnitude == 0m || weightSum == 0m)
        {
            var reason = magnitude == 0m ? null : "no driver base in this period";
            return new Allocation(new Dictionary<string, decimal>(StringComparer.Ordinal), 0m, totalCents / 100m, reason);
        }

        var allocatedCents = magnitude;
        string? unallocatedReason = null;
        if (weightsArePercentages && weightSum < 100m)
        {
            allocatedCents = Math.Round(magnitude * weightSum / 100m, MidpointRounding.AwayFromZero);
            unallocatedReason = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fixed table covers {weightSum:0.##} %");
        }

        var quotas = positive.Select(w => (Member: w.Key, Quota: allocatedCents * w.Value / weightSum)).ToList();
        var shares = quotas.ToDictionary(q => q.Member, q => Math.Floor(q.Quota), StringComparer.Ordinal);
        var left = allocatedCents - shares.Values.Sum();
        foreach (var (member, _) in quotas.OrderByDescending(q => q.Quota - Math.Floor(q.Quota)).ThenBy(q => q.Member, StringComparer.Ordinal))
        {
            if (left <= 0m)
            {
                break;
            }

            shares[member] += 1m;
            left -= 1m;
        }

        var result = shares.ToDictionary(s => s.Key, s => sign * s.Value / 100m, StringComparer.Ordinal);
        return new Allocation(result, sign * allocatedCents / 100m, sign * (magnitude - allocatedCents) / 100m, unallocatedReason);
    }
}
