namespace ProfitPipeline.Reporting.Model;

/// <summary>
/// A report as every renderer sees it: a title, a line on what it covers (period, filter), and its sections in order.
/// The first table is the main one: CSV renders it alone.
/// </summary>
internal sealed record ReportDocument(string Title, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Free text under the title, e.g. "Customers by contribution margin".</summary>
    public string? Subtitle { get; init; }

    /// <summary>The period covered, e.g. "2026-01 to 2026-06".</summary>
    public string? Period { get; init; }

    /// <summary>The filter applied, e.g. "segment = Retail".</summary>
    public string? Filter { get; init; }

    /// <summary>Used as the CSV download's file name (letters, digits, dashes).</summary>
    public string FileName { get; init; } = "report";

    public ReportTable? MainTable => Sections.OfType<ReportTable>().FirstOrDefault();
}
