namespace ProfitPipeline.Classification.Evaluation;

/// <summary>Which columns of a labelled CSV the evaluation reads. The first text column is the counterparty (for grouping and the anchor).</summary>
public sealed record LabelledCsvColumns(IReadOnlyList<string> Text, string Label, string? Amount = null, string? Date = null);
