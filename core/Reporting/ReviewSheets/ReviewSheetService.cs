using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Reporting.ReviewSheets;

/// <summary>The review queue answered in a spreadsheet, for <c>profit review export</c> and <c>import</c> (the HTTP endpoints do the same).</summary>
public interface IReviewSheets
{
    /// <summary>Every row to answer (waiting, or tagged by nothing) as a review sheet (<see cref="ReviewSheet"/>), and how many rows it holds.</summary>
    Task<(byte[] Sheet, int Rows)> ExportAsync(CancellationToken cancellationToken);

    /// <summary>Applies the answers of a review sheet read by <see cref="ReviewSheet.Read"/>.</summary>
    Task<ReviewSheetOutcome> ImportAsync(ReviewSheetAnswers sheet, CancellationToken cancellationToken);

    /// <summary>What <see cref="ImportAsync"/> would apply and refuse, applying nothing.</summary>
    Task<ReviewSheetOutcome> CheckAsync(ReviewSheetAnswers sheet, CancellationToken cancellationToken);
}

/// <summary>
/// Writes the sheet from the queue, and applies a sheet's answers as corrections (<see cref="ReviewQueue.CorrectAsync"/>),
/// placing every row that could not be applied, unreadable or rejected (no such transaction, a category not in the chart), on
/// its line. With no model yet, answers applied are a chance to train the first one (as every import is), so a business that
/// began with bank statements alone gets its first model from its first sheet instead of waiting for the weekly retrain: at
/// once on the command line, queued as <c>POST /api/models/retrain</c> queues it over HTTP (<see cref="RetrainRequest"/>).
/// </summary>
internal sealed class ReviewSheetService(ReviewQueue queue, CurrentModelCache model, ModelRefresh refresh, RetrainRequestStore retrains) : IReviewSheets
{
    public async Task<(byte[] Sheet, int Rows)> ExportAsync(CancellationToken cancellationToken)
    {
        var rows = await queue.ToAnswerAsync(cancellationToken);
        return (ReviewSheet.Write(rows), rows.Count);
    }

    public Task<ReviewSheetOutcome> ImportAsync(ReviewSheetAnswers sheet, CancellationToken cancellationToken) => ApplyAsync(sheet, "cli", queueFirstModel: false, cancellationToken);

    public async Task<ReviewSheetOutcome> CheckAsync(ReviewSheetAnswers sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var outcome = sheet.Answers.Count == 0 ? new ReviewOutcome(0, [], []) : await queue.CheckAsync([.. sheet.Answers.Select(a => a.Correction)], cancellationToken);
        return Placed(sheet, outcome);
    }

    /// <summary>
    /// Applies the answers, recorded as given by <paramref name="by"/>; with no model yet, trains the first one, or with
    /// <paramref name="queueFirstModel"/> queues its training and says which request to follow.
    /// </summary>
    public async Task<ReviewSheetOutcome> ApplyAsync(ReviewSheetAnswers sheet, string by, bool queueFirstModel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var outcome = sheet.Answers.Count == 0
            ? new ReviewOutcome(0, [], [])
            : await queue.CorrectAsync([.. sheet.Answers.Select(a => a.Correction)], by, cancellationToken);
        var placed = Placed(sheet, outcome);
        if (outcome.Applied == 0 || await model.GetAsync(cancellationToken) is not null)
        {
            return placed;
        }

        if (!queueFirstModel)
        {
            return placed with { FirstModel = await refresh.RunAsync(cancellationToken) };
        }

        return placed with { FirstModelRetrain = (await retrains.QueueAsync(cancellationToken)).Id };
    }

    /// <summary>The outcome with every row not applied, unreadable or refused, on its line.</summary>
    private static ReviewSheetOutcome Placed(ReviewSheetAnswers sheet, ReviewOutcome outcome)
    {
        var lines = sheet.Answers.ToDictionary(a => a.Correction.TransactionId, a => a.Line, StringComparer.Ordinal);
        var problems = sheet.Problems
            .Concat(outcome.Rejected.Select(r => new RowRejection(sheet.File, lines.GetValueOrDefault(r.TransactionId), null, r.Reason)))
            .OrderBy(p => p.Line)
            .ToList();
        return new ReviewSheetOutcome(sheet.File, outcome.Applied, sheet.Unanswered, problems, outcome.RulesSaved);
    }
}

/// <summary>What importing a review sheet did: answers applied, rows left blank (still waiting), rows not applied with where and why, rules remembered.</summary>
public sealed record ReviewSheetOutcome(string File, int Applied, int Unanswered, IReadOnlyList<RowRejection> Rejected, IReadOnlyList<string> RulesSaved)
{
    /// <summary>When there was no model: the training of the first one the answers allowed (or why there was too little); null otherwise.</summary>
    public RetrainOutcome? FirstModel { get; init; }

    /// <summary>When there was no model and its training was queued (over HTTP): the retrain request to follow, <c>GET /api/models/retrain/{id}</c>.</summary>
    public string? FirstModelRetrain { get; init; }
}
