using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Rules;

/// <summary>
/// Tags the ledger twice, with the stored rules and with the rule saved among them, and compares: so the preview shows the
/// rule's own effect, which is what saving it writes while the stored tags are current (every save, import and promotion
/// leaves them so). Nothing is stored.
/// </summary>
internal sealed class RulePreviewer(RuleStore rules, LedgerTagging tagging, CategoryChart chart)
{
    /// <summary>The preview with at most <paramref name="limit"/> changing rows; a rule that cannot be saved throws <see cref="ArgumentException"/> saying why.</summary>
    public async Task<RulePreview> PreviewAsync(TaggingRule rule, int limit, CancellationToken cancellationToken)
    {
        if (RuleValidation.ProblemWith(rule, chart) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        rule = RuleValidation.Normalized(rule, chart);
        var stored = await rules.ListRulesAsync(cancellationToken);
        var ledger = await tagging.ReadLedgerAsync(cancellationToken);
        var proposed = await tagging.ProposeAsync(ledger, [stored, [.. stored.Where(r => r.Id != rule.Id), rule]], cancellationToken);
        var (before, after) = (proposed[0], proposed[1]);

        var alone = new RuleEngine([rule]);
        var earlier = new RuleEngine(stored.Where(r => r.Id != rule.Id && RuleEngine.RunsBefore(r, rule)));
        int matching = 0, changing = 0, alreadySo = 0, keptByPerson = 0, takenByEarlierRule = 0, otherRowsChanging = 0;
        var changed = new List<RulePreviewRow>();
        for (var i = 0; i < ledger.Count; i++)
        {
            var row = before[i];
            var matches = alone.FirstMatch(row) is not null;
            var changes = Changes(row.Tags, after[i].Tags);
            if (changes.Count > 0)
            {
                changed.Add(new RulePreviewRow(row.Id.Value, row.BookingDate, row.Amount.Amount, row.Amount.Currency.Value, row.Kind.ToString(), row.Counterparty, row.Description, matches, changes));
            }

            if (!matches)
            {
                otherRowsChanging += changes.Count > 0 ? 1 : 0;
                continue;
            }

            matching++;
            if (changes.Count > 0)
            {
                changing++;
            }
            else if (SetsAny(rule, row.Tags, (rule, tag) => tag is { Source: TagSource.Human } && tag.Value != rule))
            {
                keptByPerson++;
            }
            else if (SetsAny(rule, earlier.Apply(row), (rule, tag) => tag is not null && tag.Value != rule))
            {
                takenByEarlierRule++;
            }
            else
            {
                alreadySo++;
            }
        }

        var rows = changed.OrderByDescending(r => r.BookingDate).ThenBy(r => r.TransactionId, StringComparer.Ordinal).Take(limit).ToList();
        var replaces = stored.Any(r => r.Id == rule.Id);
        return new RulePreview(rule, replaces, matching, changing, alreadySo, keptByPerson, takenByEarlierRule, otherRowsChanging, rows);
    }

    private static List<RuleTagChange> Changes(TransactionTags before, TransactionTags after)
    {
        var changes = new List<RuleTagChange>(3);
        Add("category", before.Category, after.Category);
        Add("customer", before.Customer, after.Customer);
        Add("project", before.Project, after.Project);
        return changes;

        void Add(string name, Tag? was, Tag? now)
        {
            if (was != now)
            {
                changes.Add(new RuleTagChange(name, was, now));
            }
        }
    }

    /// <summary>Whether, for some tag the rule sets, <paramref name="holds"/> holds of the rule's value and <paramref name="tags"/>' tag.</summary>
    private static bool SetsAny(TaggingRule rule, TransactionTags tags, Func<string, Tag?, bool> holds) =>
        (rule.Category is { } category && holds(category, tags.Category))
        || (rule.Customer is { } customer && holds(customer, tags.Customer))
        || (rule.Project is { } project && holds(project, tags.Project));
}
