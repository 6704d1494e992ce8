using System.Text.RegularExpressions;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Rules;

/// <summary>
/// Evaluates rules in order. Regular expressions run with a timeout; one that times out simply does not match, and so does a
/// stored pattern that does not compile (saving refuses those, <see cref="RuleValidation"/>; this keeps one bad row in
/// storage from stopping every re-tag).
/// </summary>
public sealed class RuleEngine
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);
    private readonly List<(TaggingRule Rule, Regex? Regex)> _rules;

    public RuleEngine(IEnumerable<TaggingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules
            .OrderBy(r => r.Order)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (r, r is { Mode: TextMatchMode.Regex, Pattern: { } p } ? TryCompile(p, out _) : null))];
    }

    /// <summary>The pattern as rules run it (ignoring case, culture-invariant, with a timeout); null and the reason when it does not compile.</summary>
    internal static Regex? TryCompile(string pattern, out string? error)
    {
        try
        {
            error = null;
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    public static RuleEngine Empty { get; } = new([]);

    /// <summary>Whether <paramref name="first"/> runs before <paramref name="second"/>: lower order, then id.</summary>
    internal static bool RunsBefore(TaggingRule first, TaggingRule second) =>
        first.Order < second.Order || (first.Order == second.Order && string.CompareOrdinal(first.Id, second.Id) < 0);

    /// <summary>Rule tags (confidence 1, accepted, detail naming the rule) for the tags some matching rule sets; others are null.</summary>
    public TransactionTags Apply(ParsedTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Tag? category = null, customer = null, project = null;
        foreach (var (rule, regex) in _rules)
        {
            if ((category is null && rule.Category is not null) || (customer is null && rule.Customer is not null) || (project is null && rule.Project is not null))
            {
                if (Matches(rule, regex, transaction))
                {
                    category ??= Tag(rule.Category, rule);
                    customer ??= Tag(rule.Customer, rule);
                    project ??= Tag(rule.Project, rule);
                }
            }
        }

        return new TransactionTags(category, customer, project);
    }

    /// <summary>The first rule, in order, whose conditions all hold.</summary>
    public TaggingRule? FirstMatch(ParsedTransaction transaction) =>
        _rules.FirstOrDefault(r => Matches(r.Rule, r.Regex, transaction)).Rule;

    private static Tag? Tag(string? value, TaggingRule rule) =>
        value is null ? null : new Tag(value, TagSource.Rule, 1m, rule.Describe()) { Accepted = true };

    private static bool Matches(TaggingRule rule, Regex? regex, ParsedTransaction t)
    {
        var amount = Math.Abs(t.Amount.Amount);
        if ((rule.Kind is { } kind && kind != t.Kind)
            || (rule.MinimumAmount is { } min && amount < min)
            || (rule.MaximumAmount is { } max && amount > max)
            || (rule.Account is { } account && !string.Equals(Compact(account), Compact(t.Account ?? string.Empty), StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (string.IsNullOrEmpty(rule.Pattern))
        {
            return true;
        }

        return rule.Field switch
        {
            RuleTextField.Counterparty => TextMatches(rule, regex, t.Counterparty),
            RuleTextField.Description => TextMatches(rule, regex, t.Description),
            _ => TextMatches(rule, regex, t.Counterparty) || TextMatches(rule, regex, t.Description),
        };
    }

    private static bool TextMatches(TaggingRule rule, Regex? regex, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var pattern = rule.Pattern!;
        try
        {
            return rule.Mode switch
            {
                TextMatchMode.Exact => string.Equals(text.Trim(), pattern.Trim(), StringComparison.OrdinalIgnoreCase),
                TextMatchMode.Contains => text.Contains(pattern, StringComparison.OrdinalIgnoreCase),
                _ => regex is not null && regex.IsMatch(text),
            };
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string Compact(string value) => value.Replace(" ", string.Empty, StringComparison.Ordinal);
}
