namespace ProfitPipeline.Ingestion.Camt;

/// <summary>
/// What an entry needs from its statement, report or notification: the account, and a date to fall back on
/// when an entry states neither booking nor value date.
/// </summary>
internal sealed class CamtRecord(string kind, int line, int depth)
{
    public string Kind { get; } = kind;

    public int Line { get; } = line;

    /// <summary>The XML depth of the record element, so its direct children can be told from nested ones.</summary>
    public int Depth { get; } = depth;

    public string? Account { get; set; }

    public DateOnly? FallbackDate { get; set; }

    public int Entries { get; set; }
}
