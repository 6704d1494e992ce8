using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification;

/// <summary>The review queue, the rules and retraining, for <c>profit review</c>, <c>profit rules</c> and <c>profit retrain</c> (the HTTP endpoints do the same).</summary>
public interface ITaggingAdmin
{
    /// <summary>A page of the review queue, oldest first, and how many rows wait in all.</summary>
    Task<ReviewPage> PendingReviewAsync(int limit, TransactionCursor? after, CancellationToken cancellationToken);

    /// <summary>The waiting rows by what one remembered answer clears, most rows first (<see cref="ReviewPayee"/>).</summary>
    Task<IReadOnlyList<ReviewPayee>> ReviewPayeesAsync(CancellationToken cancellationToken);

    /// <summary>A page of ledger rows with their tags, newest first; a filter that cannot run throws <see cref="ArgumentException"/> saying why.</summary>
    Task<TransactionPage> FindTransactionsAsync(TransactionFilter filter, CancellationToken cancellationToken);

    /// <summary>Applies corrections; returns those not applied, each with the reason, and the rules remembered.</summary>
    Task<ReviewOutcome> CorrectAsync(IReadOnlyList<ReviewCorrection> corrections, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredRule>> ListRulesAsync(CancellationToken cancellationToken);

    /// <summary>Creates (no ETag) or replaces (the ETag it was read with) a rule, then re-tags the ledger. A rule that cannot be saved throws <see cref="ArgumentException"/> saying why.</summary>
    Task<StoredRule> SaveRuleAsync(TaggingRule rule, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>What saving <paramref name="rule"/> would change in the ledger now (<see cref="RulePreview"/>); nothing is saved. A rule that cannot be saved throws <see cref="ArgumentException"/> saying why.</summary>
    Task<RulePreview> PreviewRuleAsync(TaggingRule rule, int limit, CancellationToken cancellationToken);

    Task DeleteRuleAsync(string ruleId, CancellationToken cancellationToken);

    /// <summary>The weekly retrain, now: a model that is not worse on the holdout is promoted and the ledger re-tagged.</summary>
    Task<RetrainOutcome> RetrainAsync(CancellationToken cancellationToken);

    /// <summary>The current model's version, metrics and spot checks; null before the first model.</summary>
    Task<ModelStatus?> CurrentModelAsync(CancellationToken cancellationToken);
}

internal sealed class TaggingAdmin(ReviewQueue review, TransactionSearch search, RuleStore rules, LedgerTagging tagging, RulePreviewer previewer, ModelRefresh refresh, ModelStatusReader status, CategoryChart chart) : ITaggingAdmin
{
    public Task<ReviewPage> PendingReviewAsync(int limit, TransactionCursor? after, CancellationToken cancellationToken) => review.PageAsync(limit, after, cancellationToken);

    public Task<IReadOnlyList<ReviewPayee>> ReviewPayeesAsync(CancellationToken cancellationToken) => review.PayeesAsync(cancellationToken);

    public Task<TransactionPage> FindTransactionsAsync(TransactionFilter filter, CancellationToken cancellationToken) => search.FindAsync(filter, cancellationToken);

    public Task<ReviewOutcome> CorrectAsync(IReadOnlyList<ReviewCorrection> corrections, CancellationToken cancellationToken) =>
        review.CorrectAsync(corrections, "cli", cancellationToken);

    public Task<IReadOnlyList<StoredRule>> ListRulesAsync(CancellationToken cancellationToken) => rules.ListAsync(cancellationToken);

    public async Task<StoredRule> SaveRuleAsync(TaggingRule rule, string? expectedETag, CancellationToken cancellationToken)
    {
        if (RuleValidation.ProblemWith(rule, chart) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        var stored = await rules.SaveAsync(RuleValidation.Normalized(rule, chart), expectedETag, cancellationToken);
        await tagging.RetagAsync(cancellationToken);
        return stored;
    }

    public Task<RulePreview> PreviewRuleAsync(TaggingRule rule, int limit, CancellationToken cancellationToken) => previewer.PreviewAsync(rule, limit, cancellationToken);

    public async Task DeleteRuleAsync(string ruleId, CancellationToken cancellationToken)
    {
        await rules.DeleteAsync(ruleId, expectedETag: null, cancellationToken);
        await tagging.RetagAsync(cancellationToken);
    }

    public Task<RetrainOutcome> RetrainAsync(CancellationToken cancellationToken) => refresh.RunAsync(cancellationToken);

    public Task<ModelStatus?> CurrentModelAsync(CancellationToken cancellationToken) => status.GetAsync(cancellationToken);
}
