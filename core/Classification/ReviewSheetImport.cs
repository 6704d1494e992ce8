using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ingestion;

namespace ProfitPipeline.Classification;

/// <summary>
/// Applies a review sheet's answers (read by <see cref="ReviewSheet.Read"/>) as corrections (<see cref="ReviewQueue.CorrectAsync"/>) and places every row that could
/// not be applied, unreadable or rejected (no such transaction, a category not in the chart), on its line. With no model yet,
/// answers applied are a chance to train the first one (as every import is), so a business that began with bank statements
/// alone gets its first model from its first sheet instead of waiting for the weekly retrain.
/// </summary>
internal sealed class ReviewSheetImport(ReviewQueue queue, CurrentModelCache model, ModelRefresh refresh)
{
    public async Task<ReviewSheetOutcome> ApplyAsync(ReviewSheetAnswers sheet, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var outcome = sheet.Answers.Count == 0
            ? new ReviewOutcome(0, [], [])
            : await queue.CorrectAsync([.. sheet.Answers.Select(a => a.Correction)], by, cancellationToken);
        var lines = sheet.Answers.ToDictionary(a => a.Correction.TransactionId, a => a.Line, StringComparer.Ordinal);
        var problems = sheet.Problems
            .Concat(outcome.Rejected.Select(r => new RowRejection(sheet.File, lines.GetValueOrDefault(r.TransactionId), null, r.Reason)))
            .OrderBy(p => p.Line)
            .ToList();
        var firstModel = outcome.Applied > 0 && await model.GetAsync(cancellationToken) is null ? await refresh.RunAsync(cancellationToken) : null;
        return new ReviewSheetOutcome(sheet.File, outcome.Applied, sheet.Unanswered, problems, outcome.RulesSaved) { FirstModel = firstModel };
    }
}

/// <summary>What importing a review sheet did: answers applied, rows left blank (still waiting), rows not applied with where and why, rules remembered.</summary>
public sealed record ReviewSheetOutcome(string File, int Applied, int Unanswered, IReadOnlyList<RowRejection> Rejected, IReadOnlyList<string> RulesSaved)
{
    /// <summary>When there was no model: the training of the first one the answers allowed (or why there was too little); null otherwise.</summary>
    public RetrainOutcome? FirstModel { get; init; }
}
