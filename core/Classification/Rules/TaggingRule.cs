using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Rules;

/// <summary>
/// A user rule: every condition that is set must hold; then it sets whichever of category, customer and project it names.
/// Rules run in <see cref="Order"/> (then id); for each tag the first matching rule that sets it wins, over any model.
/// </summary>
public sealed record TaggingRule
{
    public required string Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public int Order { get; init; }

    /// <summary>Which text the pattern is matched against.</summary>
    public RuleTextField Field { get; init; } = RuleTextField.CounterpartyOrDescription;

    public TextMatchMode Mode { get; init; } = TextMatchMode.Contains;

    /// <summary>Matched ignoring case; no pattern means any text.</summary>
    public string? Pattern { get; init; }

    /// <summary>Inclusive bounds on the amount's absolute value (direction is the kind's business).</summary>
    public decimal? MinimumAmount { get; init; }

    public decimal? MaximumAmount { get; init; }

    /// <summary>The business's own account the row was booked on (exact, ignoring case and spaces).</summary>
    public string? Account { get; init; }

    public TransactionKind? Kind { get; init; }

    public string? Category { get; init; }

    public string? Customer { get; init; }

    public string? Project { get; init; }

    /// <summary>How the rule is named in a tag's detail: id, and name when it has one.</summary>
    public string Describe() => string.IsNullOrWhiteSpace(Name) ? Id : $"{Id}: {Name}";
}

/// <summary>The text a rule's pattern looks at.</summary>
public enum RuleTextField
{
    CounterpartyOrDescription,
    Counterparty,
    Description,
}

/// <summary>How a rule's pattern matches text.</summary>
public enum TextMatchMode
{
    Exact,
    Contains,
    Regex,
}
