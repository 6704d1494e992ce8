using System.Globalization;
using System.Text.RegularExpressions;

namespace ProfitPipeline.Classification.Rules;

/// <summary>
/// What makes a rule unsavable, checked before it is stored: a rule that cannot run (a broken regular expression) would
/// otherwise sit in every re-tag, and one that sets nothing, sets a category the chart lacks or can never match is a mistake
/// its author wants to hear about.
/// </summary>
internal static class RuleValidation
{
    /// <summary>The first reason the rule cannot be saved, or null when it can.</summary>
    public static string? ProblemWith(TaggingRule rule, CategoryChart chart)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (string.IsNullOrWhiteSpace(rule.Id))
        {
            return "A rule needs an id.";
        }

        if ((rule.Category ?? rule.Customer ?? rule.Project) is null)
        {
            return "A rule sets at least one of category, customer or project.";
        }

        if (rule.Category is { } category && chart.Find(category) is null)
        {
            return chart.NotInChart(category);
        }

        if (rule.MinimumAmount < 0 || rule.MaximumAmount < 0)
        {
            return "Amount bounds apply to the amount's absolute value (the kind says its direction), so they cannot be negative.";
        }

        if (rule.MinimumAmount > rule.MaximumAmount)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The minimum amount {rule.MinimumAmount} is above the maximum {rule.MaximumAmount}: the rule could never match.");
        }

        if (rule is { Mode: TextMatchMode.Regex, Pattern: { } pattern } && RuleEngine.TryCompile(pattern, out var error) is null)
        {
            return $"The pattern is not a valid regular expression: {error}";
        }

        return null;
    }

    /// <summary>The rule as stored: its category by the chart's id, whichever id, name or alias its author wrote.</summary>
    public static TaggingRule Normalized(TaggingRule rule, CategoryChart chart) =>
        chart.Find(rule.Category) is { } category ? rule with { Category = category.Id } : rule;
}
