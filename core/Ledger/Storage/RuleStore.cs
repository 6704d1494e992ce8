using Azure;
using ProfitPipeline.Classification.Rules;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>A rule as stored, with the ETag an update must present.</summary>
public sealed record StoredRule(TaggingRule Rule, string ETag);

/// <summary>The user's tagging rules in table storage. Updates and deletes carry the ETag read, so two editors cannot silently overwrite each other.</summary>
internal sealed class RuleStore(StorageAccount account)
{
    private static readonly char[] ForbiddenKeyCharacters = ['/', '\\', '#', '?'];

    public async Task<IReadOnlyList<StoredRule>> ListAsync(CancellationToken cancellationToken)
    {
        var table = account.Table(StorageNames.Tables.Rules);
        var rules = new List<StoredRule>();
        await foreach (var entity in table.QueryAsync<RuleEntity>(e => e.PartitionKey == RuleEntity.Partition, cancellationToken: cancellationToken))
        {
            rules.Add(new StoredRule(entity.ToRule(), entity.ETag.ToString()));
        }

        return [.. rules.OrderBy(r => r.Rule.Order).ThenBy(r => r.Rule.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<TaggingRule>> ListRulesAsync(CancellationToken cancellationToken) =>
        [.. (await ListAsync(cancellationToken)).Select(r => r.Rule)];

    /// <summary>Creates the rule when <paramref name="expectedETag"/> is null (a rule with that id must not exist), else replaces it if unchanged.</summary>
    public async Task<StoredRule> SaveAsync(TaggingRule rule, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(rule.Id);
        if (rule.Id.IndexOfAny(ForbiddenKeyCharacters) >= 0 || rule.Id.Any(char.IsControl))
        {
            throw new ArgumentException("A rule id cannot contain '/', '\\', '#', '?' or control characters.", nameof(rule));
        }

        var table = account.Table(StorageNames.Tables.Rules);
        var entity = RuleEntity.From(rule);
        if (expectedETag is null)
        {
            await TableBatches.InsertOnlyAsync(table, entity, cancellationToken);
            var created = await table.GetEntityAsync<RuleEntity>(RuleEntity.Partition, rule.Id, cancellationToken: cancellationToken);
            return new StoredRule(rule, created.Value.ETag.ToString());
        }

        var etag = await TableBatches.ReplaceIfUnchangedAsync(table, entity, new ETag(expectedETag), cancellationToken);
        return new StoredRule(rule, etag.ToString());
    }

    /// <summary>Deletes the rule if unchanged since <paramref name="expectedETag"/> (any version when null). Deleting a missing rule is a no-op.</summary>
    public async Task DeleteAsync(string ruleId, string? expectedETag, CancellationToken cancellationToken)
    {
        try
        {
            await account.Table(StorageNames.Tables.Rules).DeleteEntityAsync(
                RuleEntity.Partition, ruleId, expectedETag is null ? ETag.All : new ETag(expectedETag), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new ConcurrencyConflictException("The rule changed since it was read.", e);
        }
    }
}
