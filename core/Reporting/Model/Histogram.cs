namespace ProfitPipeline.Reporting.Model;

/// <summary>
/// Counts per bucket, e.g. days-to-pay: bucket i holds values in [Edges[i], Edges[i + 1]); the last bucket is closed.
/// </summary>
internal sealed record Histogram : ReportSection
{
    public Histogram(string id, string title, IReadOnlyList<decimal> edges, IReadOnlyList<int> counts, string unit)
        : base(id, title)
    {
        if (edges.Count != counts.Count + 1 || counts.Count == 0)
        {
            throw new ArgumentException("A histogram has one more edge than buckets, and at least one bucket.", nameof(edges));
        }

        for (var i = 1; i < edges.Count; i++)
        {
            if (edges[i] <= edges[i - 1])
            {
                throw new ArgumentException("Bucket edges must increase.", nameof(edges));
            }
        }

        Edges = edges;
        Counts = counts;
        Unit = unit;
    }

    public IReadOnlyList<decimal> Edges { get; }

    public IReadOnlyList<int> Counts { get; }

    /// <summary>What the x axis measures, e.g. "days".</summary>
    public string Unit { get; }

    /// <summary>Sorts values into the buckets; values outside the edges are not counted.</summary>
    public static Histogram FromValues(string id, string title, IReadOnlyList<decimal> edges, IEnumerable<decimal> values, string unit)
    {
        var counts = new int[Math.Max(edges.Count - 1, 0)];
        foreach (var value in values)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                var last = i == counts.Length - 1;
                if (value >= edges[i] && (value < edges[i + 1] || (last && value == edges[i + 1])))
                {
                    counts[i]++;
                    break;
                }
            }
        }

        return new Histogram(id, title, edges, counts, unit);
    }
}
