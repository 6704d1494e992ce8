using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification;

/// <summary>
/// The review queue: rows with a tag below its acceptance threshold. A correction becomes a label (for retraining) and a human
/// tag on the row (which no later re-tagging overwrites). A category is stored by the chart's id whichever id, name or alias
/// the person wrote, so "Travel" and "travel" train one label; one the chart lacks is refused, not invented.
/// </summary>
internal sealed class ReviewQueue(
    TransactionStore transactions,
    ImportStore imports,
    LabelStore labels,
    RuleStore rules,
    LedgerTagging tagging,
    CurrentModelCache model,
    CategoryChart chart,
    SpotCheckWatch spotChecks,
    TimeProvider time)
{
    /// <summary>
    /// Up to <paramref name="limit"/> waiting rows after <paramref name="after"/>, oldest first, and the total waiting. A limit
    /// outside 1 to <see cref="TransactionFilter.MaximumLimit"/> throws <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public async Task<ReviewPage> PageAsync(int limit, TransactionCursor? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, TransactionFilter.MaximumLimit);
        var waiting = await WaitingAsync(cancellationToken);
        var rest = after is null ? waiting : [.. waiting.Where(t => after.PrecedesOldestFirst(t.BookingDate, t.Id.Value))];
        var items = await WithWordsAsync([.. rest.Take(limit)], cancellationToken);
        return rest.Count > limit
            ? new ReviewPage(items, TransactionCursor.After(items[^1]), waiting.Count)
            : new ReviewPage(items, null, waiting.Count);
    }

    /// <summary>
    /// The rows as the queue lists them, each category the current model proposed with the words that made it (so a person
    /// sees "salaries" behind "payroll", or that nothing in the text supports it).
    /// </summary>
    private async Task<List<ReviewItem>> WithWordsAsync(List<LedgerTransaction> rows, CancellationToken cancellationToken)
    {
        var items = rows.Select(ReviewItem.From).ToList();
        if (await model.GetAsync(cancellationToken) is not { Category: { } classifier } current)
        {
            return items;
        }

        var proposed = Enumerable.Range(0, rows.Count)
            .Where(i => rows[i].Tags.Category is { } tag && ModelTagDetail.ProposedBy(tag, current.Version))
            .ToList();
        var words = classifier.WordsFor([.. proposed.Select(i => (ClassificationExample.From(rows[i]), rows[i].Tags.Category!.Value))], ReviewItem.MostWords);
        for (var k = 0; k < proposed.Count; k++)
        {
            items[proposed[k]] = items[proposed[k]] with { Because = words[k] };
        }

        return items;
    }

    /// <summary>
    /// Every row a person should answer, oldest first: the waiting ones and those nothing tagged with a category (before a
    /// business's first model, when its files were bank statements alone, that is every bank row). What a review sheet lists.
    /// </summary>
    public async Task<IReadOnlyList<ReviewItem>> ToAnswerAsync(CancellationToken cancellationToken)
    {
        var ledger = await tagging.ReadLedgerAsync(cancellationToken);
        return await WithWordsAsync(
            [.. ledger
                .Where(t => t.Tags.NeedsReview || t.Tags.Category is null)
                .OrderBy(t => t.BookingDate)
                .ThenBy(t => t.Id.Value, StringComparer.Ordinal)],
            cancellationToken);
    }

    /// <summary>How many ledger rows nothing has tagged with a category (before a first model, every bank row).</summary>
    public async Task<int> UntaggedCountAsync(CancellationToken cancellationToken) =>
        (await tagging.ReadLedgerAsync(cancellationToken)).Count(t => t.Tags.Category is null);

    /// <summary>Every waiting row, oldest first, the model's proposals with the words behind them.</summary>
    public async Task<IReadOnlyList<ReviewItem>> PendingAsync(CancellationToken cancellationToken) =>
        await WithWordsAsync(await WaitingAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// The waiting rows by what one remembered answer clears (<see cref="ReviewPayee"/>), the payees with most rows first: on a
    /// first model's ledger a handful of answers clear most of the queue.
    /// </summary>
    public async Task<IReadOnlyList<ReviewPayee>> PayeesAsync(CancellationToken cancellationToken) =>
        [.. (await WaitingAsync(cancellationToken))
            // A remembered rule's pattern ignores case, so the rows it clears are grouped ignoring case.
            .GroupBy(t => (t.Kind, Match: RememberedRule.Matching(t)?.Pattern.ToUpperInvariant()))
            .Select(rows => ReviewPayee.Of([.. rows]))
            .OrderByDescending(p => p.Waiting)
            .ThenBy(p => p.First)
            .ThenBy(p => p.Payee, StringComparer.Ordinal)];

    /// <summary>Every waiting row, oldest first.</summary>
    private async Task<List<LedgerTransaction>> WaitingAsync(CancellationToken cancellationToken)
    {
        var pending = await transactions.ReadNeedingReviewAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        return [.. pending
            .Where(t => t.Tags.NeedsReview)
            .OrderBy(t => t.BookingDate)
            .ThenBy(t => t.Id.Value, StringComparer.Ordinal)];
    }

    /// <summary>What <see cref="CorrectAsync"/> would apply and refuse, without applying anything (nothing remembered).</summary>
    public async Task<ReviewOutcome> CheckAsync(IReadOnlyList<ReviewCorrection> corrections, CancellationToken cancellationToken)
    {
        var (_, applied, problems) = await ValidateAsync(corrections, cancellationToken);
        return new ReviewOutcome(applied.Count, problems, []);
    }

    /// <summary>Applies corrections; returns those not applied (unknown transaction, category not in the chart), each with the reason, and the rules remembered.</summary>
    public async Task<ReviewOutcome> CorrectAsync(IReadOnlyList<ReviewCorrection> corrections, string by, CancellationToken cancellationToken)
    {
        var (ledger, applied, problems) = await ValidateAsync(corrections, cancellationToken);
        var now = time.GetUtcNow();

        // A later answer on a row keeps what the earlier one said of the other tags, and that it was a spot check.
        var earlier = await labels.FindAsync(applied.Select(c => new TransactionId(c.TransactionId)), cancellationToken);
        List<TransactionLabel> answers = [.. applied.Select(c =>
        {
            var before = earlier.GetValueOrDefault(new TransactionId(c.TransactionId));
            return new TransactionLabel(new TransactionId(c.TransactionId), c.Category ?? before?.Category, c.Customer ?? before?.Customer, c.Project ?? before?.Project, by, now)
            {
                SpotChecked = SpotCheckOf(ledger[c.TransactionId], c, now) ?? before?.SpotChecked,
            };
        })];
        await labels.SaveAsync(answers, cancellationToken);
        var corrected = applied.Select(c =>
        {
            var t = ledger[c.TransactionId];
            return t with
            {
                Tags = new TransactionTags(
                    Human(c.Category, by) ?? t.Tags.Category,
                    HumanOrNone(c.Customer, by) ?? t.Tags.Customer,
                    HumanOrNone(c.Project, by) ?? t.Tags.Project),
            };
        }).ToList();
        await transactions.UpdateTagsAsync(corrected, cancellationToken);
        var remembered = await RememberAsync(applied.Where(c => c.Remember).Select(c => (ledger[c.TransactionId], c)), cancellationToken);

        // Answers on spot checks may show the model's accepted tags below target: then it stops accepting, and its accepted
        // tags go to review with the rest.
        var stopped = answers.Any(a => a.SpotChecked is not null) && await spotChecks.ReviewAsync(cancellationToken);

        // A rule remembered, or a customer (or none) given for a payer account, is evidence for other rows, stored ones included:
        // only then is the whole ledger read (the corrected tags are stored by now).
        if (stopped || remembered.Count > 0 || applied.Any(c => c.Customer is not null && ledger[c.TransactionId].CounterpartyAccount is not null))
        {
            await tagging.RetagAsync(cancellationToken);
        }

        return new ReviewOutcome(applied.Count, problems, remembered);
    }

    /// <summary>Saves each remembered answer as its counterparty's rule (replacing the one remembered before); returns the rules' ids.</summary>
    private async Task<IReadOnlyList<string>> RememberAsync(IEnumerable<(LedgerTransaction Row, ReviewCorrection Answer)> answers, CancellationToken cancellationToken)
    {
        var saved = new List<string>();
        Dictionary<string, StoredRule>? existing = null;
        foreach (var (row, answer) in answers)
        {
            existing ??= (await rules.ListAsync(cancellationToken)).ToDictionary(r => r.Rule.Id, StringComparer.Ordinal);
            var before = existing.GetValueOrDefault(RememberedRule.IdFor(row));
            if (RememberedRule.For(row, answer, before?.Rule) is not { } rule)
            {
                continue;
            }

            existing[rule.Id] = await rules.SaveAsync(rule, before?.ETag, cancellationToken);
            if (!saved.Contains(rule.Id, StringComparer.Ordinal))
            {
                saved.Add(rule.Id);
            }
        }

        return saved;
    }

    /// <summary>The model's accepted category the person answered on, when the row was a spot check and the answer gives a category.</summary>
    private static SpotCheckedTag? SpotCheckOf(LedgerTransaction row, ReviewCorrection answer, DateTimeOffset now) =>
        answer.Category is not null && row.Tags.Category is { } proposed && ModelTagDetail.SpotCheckedModel(proposed) is { } version
            ? new SpotCheckedTag(version, proposed.Value, now)
            : null;

    private static Tag? Human(string? value, string by) =>
        string.IsNullOrWhiteSpace(value) ? null : new Tag(value.Trim(), TagSource.Human, 1m, "confirmed by " + by) { Accepted = true };

    /// <summary>As <see cref="Human"/> for a trimmed value, and an empty one is the answer "none" (a Stripe payout has no one customer): an empty tag no re-tag replaces.</summary>
    /// <summary>The rows the corrections name, the corrections that can apply (category by the chart's id, values trimmed) and the refused ones with why.</summary>
    private async Task<(Dictionary<string, LedgerTransaction> Ledger, List<ReviewCorrection> Applied, List<ReviewProblem> Problems)> ValidateAsync(
        IReadOnlyList<ReviewCorrection> corrections, CancellationToken cancellationToken)
    {
        var complete = await imports.CompleteImportIdsAsync(cancellationToken);
        var ledger = (await transactions.FindAsync(complete, corrections.Select(c => c.TransactionId), cancellationToken)).ToDictionary(t => t.Id.Value, StringComparer.Ordinal);
        var problems = new List<ReviewProblem>();
        var applied = new List<ReviewCorrection>();
        foreach (var correction in corrections)
        {
            var category = string.IsNullOrWhiteSpace(correction.Category) ? null : chart.Find(correction.Category);
            if (!ledger.ContainsKey(correction.TransactionId))
            {
                problems.Add(new ReviewProblem(correction.TransactionId, "no such transaction"));
            }
            else if (!string.IsNullOrWhiteSpace(correction.Category) && category is null)
            {
                problems.Add(new ReviewProblem(correction.TransactionId, chart.NotInChart(correction.Category.Trim())));
            }
            else
            {
                // Trimmed, so the label a blank customer leaves is the same "none" the row's tag says.
                applied.Add(correction with { Category = category?.Id, Customer = correction.Customer?.Trim(), Project = correction.Project?.Trim() });
            }
        }

        return (ledger, applied, problems);
    }

    private static Tag? HumanOrNone(string? value, string by) =>
        value is { Length: 0 } ? new Tag(string.Empty, TagSource.Human, 1m, "none, confirmed by " + by) { Accepted = true } : Human(value, by);
}

/// <summary>A ledger row with its tags (source, confidence, accepted or not), as the review queue and the transaction search list it.</summary>
public sealed record ReviewItem(
    string TransactionId, DateOnly BookingDate, string Kind, decimal Amount, string Currency, string? Counterparty, string Description, TransactionTags Tags)
{
    /// <summary>How many words <see cref="Because"/> lists at most.</summary>
    public const int MostWords = 3;

    /// <summary>
    /// For a category the current model proposed, the words of the row that most made it prefer that category over the
    /// runner-up, strongest first (empty: nothing in the words, only their letters, the kind or the amount); null otherwise.
    /// </summary>
    public IReadOnlyList<string>? Because { get; init; }

    internal static ReviewItem From(LedgerTransaction t) =>
        new(t.Id.Value, t.BookingDate, t.Kind.ToString(), t.Amount.Amount, t.Amount.Currency.Value, t.Counterparty, t.Description, t.Tags);
}

/// <summary>
/// A person's answer for one row: the category (id, name or alias in the chart), customer and/or project it really is. Null
/// leaves a tag as it is; an empty customer or project says the row has none.
/// </summary>
/// <param name="Remember">Also tag every row of the same counterparty and kind this way, now and later (saved as a rule).</param>
public sealed record ReviewCorrection(string TransactionId, string? Category = null, string? Customer = null, string? Project = null, bool Remember = false);

/// <summary>A correction that was not applied, and why.</summary>
public sealed record ReviewProblem(string TransactionId, string Reason);

/// <summary>What a batch of corrections did: how many were applied, those that were not with why, and the rules remembered.</summary>
public sealed record ReviewOutcome(int Applied, IReadOnlyList<ReviewProblem> Rejected, IReadOnlyList<string> RulesSaved);
