namespace ProfitPipeline.Reporting.Model;

/// <summary>A flag raised on the data, with the transactions that drove it, so a reader can check the evidence.</summary>
internal sealed record ReportFlag(string Text, IReadOnlyList<string> TransactionIds)
{
    /// <summary>"info", "warning" or "critical"; shown as a label.</summary>
    public string Severity { get; init; } = "warning";
}

internal sealed record FlagList(string Id, string Title, IReadOnlyList<ReportFlag> Flags) : ReportSection(Id, Title);
