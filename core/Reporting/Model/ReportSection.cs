namespace ProfitPipeline.Reporting.Model;

/// <summary>One block of a report: a table, a chart or a flag list. <see cref="Id"/> is unique in the document and safe in HTML ids.</summary>
internal abstract record ReportSection(string Id, string Title)
{
    /// <summary>A sentence under the title saying what the block shows, also used as the chart's accessible description.</summary>
    public string? Description { get; init; }
}
