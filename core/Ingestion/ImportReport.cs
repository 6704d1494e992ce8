using System.Text.Json.Serialization;

namespace ProfitPipeline.Ingestion;

/// <summary>What an import did with a file: counts, every rejected row (position and reason), and why a file was quarantined.</summary>
public sealed record ImportReport
{
    public required string File { get; init; }

    public required string Format { get; init; }

    /// <summary>SHA-256 of the file's bytes; empty when the file could not be read at all.</summary>
    public string ImportId { get; init; } = string.Empty;

    /// <summary>Rows that became (new) transactions. For a customer master: customers read.</summary>
    public int Transactions { get; init; }

    public int Customers { get; init; }

    /// <summary>Valid rows already in the ledger (from an earlier or overlapping file, or repeated in this one).</summary>
    public int Duplicates { get; init; }

    public int Rejected { get; init; }

    public bool Quarantined { get; init; }

    /// <summary>True when these exact bytes were imported before: nothing changed.</summary>
    public bool AlreadyImported { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Why the file was quarantined, or notes on the whole file (pending entries not booked...).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public IReadOnlyList<RowRejection> Rejections { get; init; } = [];

    /// <summary>Booking months that received new rows: the periods whose snapshots must be recomputed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public IReadOnlyList<string> AffectedPeriods { get; init; } = [];
}
