namespace ProfitPipeline.Ledger;

/// <summary>Where a transaction was read: the import, the file's name and the 1-based line.</summary>
public sealed record SourceLocation(ImportId ImportId, string FileName, int Line);
