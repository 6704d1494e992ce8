using ProfitPipeline.Ledger;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Digest;

/// <summary>A customer or segment whose margin moved most this week (margins are fractions: 0.25 = 25 %).</summary>
internal sealed record DigestMover(string Name, decimal PreviousMargin, decimal CurrentMargin)
{
    public decimal Change => CurrentMargin - PreviousMargin;
}

/// <summary>A customer newly paying late: how late, and how much is outstanding.</summary>
internal sealed record DigestLatePayer(string Customer, int DaysLate, Money Outstanding);

/// <summary>One segment's week: revenue and margin.</summary>
internal sealed record DigestSegmentLine(string Segment, Money Revenue, decimal Margin);

/// <summary>
/// The weekly margin digest. Its content is composed from profitability results elsewhere; every part may be empty, and a
/// digest with nothing new still says so (<see cref="HasNewData"/>) rather than arriving blank.
/// </summary>
internal sealed record MarginDigest(IsoWeek Week)
{
    public IReadOnlyList<DigestMover> TopMovers { get; init; } = [];

    public IReadOnlyList<ReportFlag> NewFlags { get; init; } = [];

    public IReadOnlyList<DigestLatePayer> NewLatePayers { get; init; } = [];

    public IReadOnlyList<DigestSegmentLine> SegmentSummary { get; init; } = [];

    /// <summary>Tags the classifier was unsure of, waiting for a person.</summary>
    public int TagsAwaitingReview { get; init; }

    /// <summary>
    /// The payees (or, for rows without one, texts) those tags come under: one remembered answer each clears them
    /// (<see cref="Classification.ReviewPayee"/>), so a queue of hundreds may be a dozen answers.
    /// </summary>
    public int PayeesAwaitingReview { get; init; }

    /// <summary>
    /// Ledger rows nothing has tagged with a category: a business whose files were bank statements alone has no model yet,
    /// so none of its rows waits for review, yet none is categorised; answering them (a review sheet) trains the first model.
    /// </summary>
    public int UntaggedRows { get; init; }

    /// <summary>
    /// When people's answers on the tagging model's spot checks stopped its acceptance, what they showed: every tag it proposes
    /// waits for a person until a retrain promotes another model, which the finance person should know. Null otherwise.
    /// </summary>
    public string? TaggingModelStopped { get; init; }

    public bool HasNewData =>
        TopMovers.Count > 0 || NewFlags.Count > 0 || NewLatePayers.Count > 0 || SegmentSummary.Count > 0 || TagsAwaitingReview > 0 || UntaggedRows > 0
        || TaggingModelStopped is not null;

    public static MarginDigest NoNewData(IsoWeek week) => new(week);
}
