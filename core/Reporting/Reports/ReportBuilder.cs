using System.Globalization;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>Builds each report of the catalog from one profitability computation (and, for restatements, the snapshot store).</summary>
internal sealed class ReportBuilder(ReportDataCache cache, SnapshotStore snapshots)
{
    private static readonly decimal[] DayBuckets = [0m, 15m, 30m, 45m, 60m, 90m, 120m, 180m, 365m];

    /// <summary>The report, or null when it names something that does not exist (unknown report, customer or dimension).</summary>
    public async Task<ReportDocument?> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var data = await cache.GetAsync(cancellationToken);
        var periods = request.Select(data.Result.Periods);
        return request.Report switch
        {
            ReportRequest.Customers => Customers(data, request, periods),
            ReportRequest.Customer => Customer(data, request, periods),
            ReportRequest.Segments => Segments(data, request, periods),
            ReportRequest.Flags => Flags(data, request, periods),
            ReportRequest.Payments => Payments(data, request, periods),
            ReportRequest.Restatements => await RestatementsAsync(data, request, periods, cancellationToken),
            _ => null,
        };
    }

    private static ReportDocument Customers(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var inRange = periods.ToHashSet();
        var totals = MemberTotals.Sum(data.Result.Rows(Dimensions.Customer).Where(s => inRange.Contains(s.Period)), data.Currency);
        var behaviour = data.Result.PaymentBehaviour.ToDictionary(b => b.Customer.Value, StringComparer.Ordinal);
        var table = new ReportTable(
            "customers",
            "Profitability by customer",
            [
                ReportColumn.Text("id", "Customer id"),
                ReportColumn.Text("customer", "Customer"),
                ReportColumn.Money("revenue", "Revenue"),
                ReportColumn.Money("directCost", "Direct cost"),
                ReportColumn.Money("contributionMargin", "Contribution margin"),
                ReportColumn.Percent("contributionMarginPct", "CM %"),
                ReportColumn.Money("overhead", "Allocated overhead"),
                ReportColumn.Money("fullyLoadedMargin", "Fully-loaded margin"),
                ReportColumn.Percent("fullyLoadedMarginPct", "FL %"),
                ReportColumn.Decimal("avgDaysLate", "Avg days late"),
                ReportColumn.Integer("costToServeSignals", "Cost-to-serve signals"),
            ],
            totals.Select(t => (IReadOnlyList<ReportValue>)
            [
                t.Member,
                data.CustomerName(t.Member),
                t.Revenue,
                t.DirectCost,
                t.ContributionMargin,
                ReportValue.Of(t.ContributionShare),
                t.AllocatedOverhead,
                t.FullyLoadedMargin,
                ReportValue.Of(t.FullyLoadedShare),
                ReportValue.Of(behaviour.TryGetValue(t.Member, out var b) ? b.Paid.AverageDaysLate : null),
                t.CostToServeSignals,
            ]).ToList())
        {
            DefaultSort = new TableSort("fullyLoadedMargin", SortDirection.Descending),
            KeyColumn = "id",
            LinkTemplate = "customers/{key}",
        };

        var byRevenue = totals.OrderByDescending(t => t.Revenue.Amount).Take(30).ToList();
        var paidInRange = data.Result.Reconciliation.Invoices
            .Where(i => i.PaidDate is { } paid && periods.Any(p => p.Contains(paid)) && i.DaysToPay is not null)
            .Select(i => (decimal)i.DaysToPay!.Value);
        return new ReportDocument(
            "Customers",
            [
                table,
                WhaleCurve.FromProfits("whale", "Whale curve: cumulative fully-loaded profit, most to least profitable customer", totals.Select(t => t.FullyLoadedMargin.Amount), data.Currency.Value),
                new GroupedBars(
                    "margins",
                    "Contribution vs fully-loaded margin (top 30 customers by revenue)",
                    byRevenue.Select(t => data.CustomerName(t.Member)).ToList(),
                    [
                        new BarSeries("Contribution margin", byRevenue.Select(t => (decimal?)t.ContributionMargin.Amount).ToList()),
                        new BarSeries("Fully-loaded margin", byRevenue.Select(t => (decimal?)t.FullyLoadedMargin.Amount).ToList()),
                    ],
                    data.Currency.Value),
                Histogram.FromValues("days-to-pay", "Days to pay (invoices paid in the period)", DayBuckets, paidInRange, "days"),
                FlagList(data, data.Result.Flags.Where(f => f.Dimension == Dimensions.Customer && inRange.Contains(f.Period)), "Flags"),
            ])
        {
            Subtitle = "Revenue, direct cost, contribution and fully-loaded margin per customer",
            Period = ReportRequest.Describe(periods),
            FileName = "customers",
        };
    }

    private static ReportDocument? Customer(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var id = request.CustomerId;
        var rows = data.Result.Rows(Dimensions.Customer).Where(s => s.Member == id && periods.Contains(s.Period)).OrderBy(s => s.Period).ToList();
        if (id is null || (rows.Count == 0 && data.Customers.All(c => c.Id.Value != id)))
        {
            return null;
        }

        var table = new ReportTable(
            "history",
            "Per period",
            [
                ReportColumn.Text("period", "Period"),
                ReportColumn.Money("revenue", "Revenue"),
                ReportColumn.Money("directCost", "Direct cost"),
                ReportColumn.Money("contributionMargin", "Contribution margin"),
                ReportColumn.Money("overhead", "Allocated overhead"),
                ReportColumn.Money("fullyLoadedMargin", "Fully-loaded margin"),
                ReportColumn.Percent("fullyLoadedMarginPct", "FL %"),
                ReportColumn.Decimal("avgDaysLate", "Avg days late"),
                ReportColumn.Integer("transactions", "Transactions"),
            ],
            rows.Select(s => (IReadOnlyList<ReportValue>)
            [
                s.Period.Key,
                s.Revenue,
                s.DirectCost,
                s.ContributionMargin,
                s.AllocatedOverhead,
                s.FullyLoadedMargin,
                ReportValue.Of(s.FullyLoadedMarginPercent / 100m),
                ReportValue.Of(s.Payments.AverageDaysLate),
                s.TransactionCount,
            ]).ToList());
        return new ReportDocument(
            data.CustomerName(id),
            [
                table,
                new LineSeries(
                    "trend",
                    "Margins per period",
                    rows.Select(s => s.Period.Key).ToList(),
                    [
                        new BarSeries("Contribution margin", rows.Select(s => (decimal?)s.ContributionMargin.Amount).ToList()),
                        new BarSeries("Fully-loaded margin", rows.Select(s => (decimal?)s.FullyLoadedMargin.Amount).ToList()),
                    ],
                    data.Currency.Value),
                FlagList(data, data.Result.Flags.Where(f => f.Dimension == Dimensions.Customer && f.Member == id && periods.Contains(f.Period)), "Flags"),
            ])
        {
            Subtitle = "Customer history",
            Period = ReportRequest.Describe(periods),
            Filter = "customer = " + id,
            FileName = "customer-history",
        };
    }

    private static ReportDocument? Segments(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var dimension = (request.Dimension ?? "industry").ToLowerInvariant();
        var all = data.Result.Rows(dimension).Where(s => periods.Contains(s.Period)).ToList();
        if (all.Count == 0 && !data.Result.Snapshots.Any(s => s.Dimension == dimension))
        {
            return null;
        }

        var totals = MemberTotals.Sum(all, data.Currency).Where(t => request.Member is null || t.Member == request.Member).ToList();
        var members = totals.Select(t => t.Member).ToList();
        var table = new ReportTable(
            "segments",
            "Profitability by " + dimension,
            [
                ReportColumn.Text("segment", "Segment"),
                ReportColumn.Money("revenue", "Revenue"),
                ReportColumn.Money("directCost", "Direct cost"),
                ReportColumn.Money("contributionMargin", "Contribution margin"),
                ReportColumn.Percent("contributionMarginPct", "CM %"),
                ReportColumn.Money("overhead", "Allocated overhead"),
                ReportColumn.Money("fullyLoadedMargin", "Fully-loaded margin"),
                ReportColumn.Percent("fullyLoadedMarginPct", "FL %"),
            ],
            totals.Select(t => (IReadOnlyList<ReportValue>)
            [
                t.Member, t.Revenue, t.DirectCost, t.ContributionMargin, ReportValue.Of(t.ContributionShare), t.AllocatedOverhead, t.FullyLoadedMargin, ReportValue.Of(t.FullyLoadedShare),
            ]).ToList())
        {
            DefaultSort = new TableSort("fullyLoadedMargin", SortDirection.Descending),
        };
        var trend = members
            .Select(m => new BarSeries(m, periods.Select(p => all.FirstOrDefault(s => s.Member == m && s.Period == p)?.FullyLoadedMarginPercent is { } pct ? pct / 100m : (decimal?)null).ToList()))
            .ToList();
        return new ReportDocument(
            "Segments by " + dimension,
            [
                table,
                new GroupedBars(
                    "margins",
                    "Contribution vs fully-loaded margin",
                    members,
                    [
                        new BarSeries("Contribution margin", totals.Select(t => (decimal?)t.ContributionMargin.Amount).ToList()),
                        new BarSeries("Fully-loaded margin", totals.Select(t => (decimal?)t.FullyLoadedMargin.Amount).ToList()),
                    ],
                    data.Currency.Value),
                new LineSeries("trend", "Fully-loaded margin % per period", periods.Select(p => p.Key).ToList(), trend, "%"),
                FlagList(data, data.Result.Flags.Where(f => f.Dimension == dimension && periods.Contains(f.Period)), "Flags"),
            ])
        {
            Subtitle = "Segment roll-up",
            Period = ReportRequest.Describe(periods),
            Filter = request.Member is null ? "dimension = " + dimension : $"{dimension} = {request.Member}",
            FileName = "segments-" + dimension,
        };
    }

    private static ReportDocument Flags(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var flags = data.Result.Flags.Where(f => periods.Contains(f.Period)).OrderByDescending(f => f.Period).ThenBy(f => f.Kind).ToList();
        var table = new ReportTable(
            "flags",
            "Flags",
            [
                ReportColumn.Text("period", "Period"),
                ReportColumn.Text("kind", "Flag"),
                ReportColumn.Text("dimension", "Dimension"),
                ReportColumn.Text("member", "Who"),
                ReportColumn.Decimal("value", "Value"),
                ReportColumn.Decimal("threshold", "Threshold"),
                ReportColumn.Text("detail", "Detail"),
                ReportColumn.Integer("transactions", "Transactions"),
            ],
            flags.Select(f => (IReadOnlyList<ReportValue>)
            [
                f.Period.Key, f.Kind.ToString(), f.Dimension, MemberName(data, f.Dimension, f.Member), f.Value, f.Threshold, f.Detail, f.DrivingTransactions.Count,
            ]).ToList());
        return new ReportDocument("Flags", [table, FlagList(data, flags, "What drove each flag")])
        {
            Subtitle = "Margin drops, cost spikes, slowing payment, customers turning unprofitable, revenue concentration",
            Period = ReportRequest.Describe(periods),
            FileName = "flags",
        };
    }

    private static ReportDocument Payments(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var table = new ReportTable(
            "payments",
            "Payment behaviour",
            [
                ReportColumn.Text("id", "Customer id"),
                ReportColumn.Text("customer", "Customer"),
                ReportColumn.Integer("paidInvoices", "Paid invoices"),
                ReportColumn.Decimal("avgDaysToPay", "Avg days to pay"),
                ReportColumn.Decimal("avgDaysLate", "Avg days late"),
                ReportColumn.Integer("p90DaysLate", "P90 days late"),
                ReportColumn.Percent("onTimeShare", "On time"),
                ReportColumn.Money("outstanding", "Outstanding"),
                ReportColumn.Money("overdue", "Overdue"),
                ReportColumn.Integer("overdueInvoices", "Overdue invoices"),
                ReportColumn.Text("trend", "Trend"),
            ],
            data.Result.PaymentBehaviour.Select(b => (IReadOnlyList<ReportValue>)
            [
                b.Customer.Value,
                data.CustomerName(b.Customer.Value),
                b.Paid.PaidInvoices,
                ReportValue.Of(b.Paid.AverageDaysToPay),
                ReportValue.Of(b.Paid.AverageDaysLate),
                ReportValue.Of((decimal?)b.Paid.P90DaysLate),
                ReportValue.Of(b.Paid.OnTimeShare),
                b.Outstanding,
                b.Overdue,
                b.OverdueInvoices,
                b.Trend.ToString(),
            ]).ToList())
        {
            DefaultSort = new TableSort("overdue", SortDirection.Descending),
            KeyColumn = "id",
            LinkTemplate = "customers/{key}",
        };
        var late = data.Result.Reconciliation.Invoices.Where(i => i.PaidDate is { } paid && periods.Any(p => p.Contains(paid))).Select(i => (decimal)i.DaysLate);
        return new ReportDocument("Payment behaviour", [table, Histogram.FromValues("days-late", "Days late (invoices paid in the period)", DayBuckets, late, "days")])
        {
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"As of {data.Result.AsOf:yyyy-MM-dd}"),
            Period = ReportRequest.Describe(periods),
            FileName = "payments",
        };
    }

    private async Task<ReportDocument> RestatementsAsync(ReportData data, ReportRequest request, IReadOnlyList<Period> periods, CancellationToken cancellationToken)
    {
        var dimension = (request.Dimension ?? Dimensions.Customer).ToLowerInvariant();
        var restatements = new List<SnapshotRestatement>();
        foreach (var period in periods)
        {
            restatements.AddRange(await snapshots.ReadRestatementsAsync(period, dimension, cancellationToken));
        }

        var table = new ReportTable(
            "restatements",
            "Restated snapshots",
            [
                ReportColumn.Text("period", "Period"),
                ReportColumn.Text("member", "Who"),
                ReportColumn.Text("versions", "Versions"),
                ReportColumn.Money("revenueChange", "Revenue change"),
                ReportColumn.Money("directCostChange", "Direct cost change"),
                ReportColumn.Money("fullyLoadedMarginChange", "Fully-loaded margin change"),
                ReportColumn.Integer("added", "Transactions added"),
                ReportColumn.Integer("removed", "Removed"),
                ReportColumn.Integer("changed", "Re-tagged"),
            ],
            restatements.Select(r => (IReadOnlyList<ReportValue>)
            [
                r.Period.Key,
                MemberName(data, r.Dimension, r.Member),
                string.Create(CultureInfo.InvariantCulture, $"{r.FromVersion} → {r.ToVersion}"),
                r.RevenueChange,
                r.DirectCostChange,
                r.FullyLoadedMarginChange,
                r.Added.Count,
                r.Removed.Count,
                r.Changed.Count,
            ]).ToList());
        var causes = restatements
            .Select(r => new ReportFlag(
                string.Create(CultureInfo.InvariantCulture, $"{r.Period.Key} {MemberName(data, r.Dimension, r.Member)}: version {r.FromVersion} → {r.ToVersion}"),
                [.. r.Added.Concat(r.Removed).Concat(r.Changed).Select(id => id.Value)]))
            .ToList();
        return new ReportDocument("Restatements", [table, new FlagList("causes", "Transactions behind each restatement", causes)])
        {
            Subtitle = "Closed periods are never rewritten: a later change writes a new version, listed here with what caused it",
            Period = ReportRequest.Describe(periods),
            Filter = "dimension = " + dimension,
            FileName = "restatements",
        };
    }

    private static FlagList FlagList(ReportData data, IEnumerable<ProfitabilityFlag> flags, string title) =>
        new(
            "flag-list",
            title,
            flags.Select(f => new ReportFlag(
                string.Create(CultureInfo.InvariantCulture, $"{f.Period.Key} · {f.Kind} · {MemberName(data, f.Dimension, f.Member)}: {f.Detail}"),
                [.. f.DrivingTransactions.Select(t => t.Value)])).ToList());

    private static string MemberName(ReportData data, string dimension, string member) =>
        dimension == Dimensions.Customer ? data.CustomerName(member) : member;
}
