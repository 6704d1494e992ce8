using System.Security.Cryptography;
using System.Text;
using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Rules;

/// <summary>
/// A review answer a person asked to remember, as a rule: every row of the same counterparty (exactly, ignoring case) and
/// kind gets the answer's category, customer and project, so the rows like it leave the queue now and later ones never
/// reach it. Exact, because the person answered for that payee, not for every text containing its name; the kind, because
/// a payee's refunds are not its purchases. One rule per counterparty and kind: a later answer updates it.
/// </summary>
internal static class RememberedRule
{
    /// <summary>After the rules people write by hand, which usually carry small order numbers and so run first.</summary>
    public const int Order = 1000;

    /// <summary>The rule for the row, merged over the one remembered before (the answer's values win); null when the row names no counterparty or the answer sets nothing a rule can set (a "none" is no rule value).</summary>
    public static TaggingRule? For(LedgerTransaction row, ReviewCorrection answer, TaggingRule? before)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(answer);
        var category = Value(answer.Category) ?? before?.Category;
        var customer = Value(answer.Customer) ?? before?.Customer;
        var project = Value(answer.Project) ?? before?.Project;
        if (string.IsNullOrWhiteSpace(row.Counterparty) || (category ?? customer ?? project) is null)
        {
            return null;
        }

        return new TaggingRule
        {
            Id = IdFor(row),
            Name = "remembered from the review of " + row.Id.Value,
            Order = Order,
            Field = RuleTextField.Counterparty,
            Mode = TextMatchMode.Exact,
            Pattern = row.Counterparty.Trim(),
            Kind = row.Kind,
            Category = category,
            Customer = customer,
            Project = project,
        };
    }

    /// <summary>"review-{kind}-{counterparty as words joined by dashes}", or a hash of the counterparty when it has no letters or digits.</summary>
    public static string IdFor(ParsedTransaction row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var words = NameNormalizer.Normalize(row.Counterparty).Replace(' ', '-');
        var payee = words.Length is > 0 and <= 80
            ? words
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(row.Counterparty?.Trim().ToUpperInvariant() ?? string.Empty)))[..16];
        return $"review-{row.Kind.ToString().ToLowerInvariant()}-{payee}";
    }

    private static string? Value(string? answer) => string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
}
