using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Rules;

/// <summary>
/// A review answer a person asked to remember, as a rule: every row of the same counterparty (exactly, ignoring case) and
/// kind gets the answer's category, customer and project, so the rows like it leave the queue now and later ones never
/// reach it. Exact, because the person answered for that payee, not for every text containing its name; the kind, because
/// a payee's refunds are not its purchases. A row without a counterparty ("ACCOUNT FEES 2026-09") is remembered by its
/// whole text, numbers aside. One rule per counterparty (or text) and kind: a later answer updates it.
/// </summary>
internal static partial class RememberedRule
{
    /// <summary>After the rules people write by hand, which usually carry small order numbers and so run first.</summary>
    public const int Order = 1000;

    /// <summary>The rule for the row, merged over the one remembered before (the answer's values win); null when the row has neither counterparty nor text, or the answer sets nothing a rule can set (a "none" is no rule value).</summary>
    public static TaggingRule? For(LedgerTransaction row, ReviewCorrection answer, TaggingRule? before)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(answer);
        var category = Value(answer.Category) ?? before?.Category;
        var customer = Value(answer.Customer) ?? before?.Customer;
        var project = Value(answer.Project) ?? before?.Project;
        if (Matching(row) is not { } match || (category ?? customer ?? project) is null)
        {
            return null;
        }

        return new TaggingRule
        {
            Id = IdFor(row),
            Name = "remembered from the review of " + row.Id.Value,
            Order = Order,
            Field = match.Field,
            Mode = match.Mode,
            Pattern = match.Pattern,
            Kind = row.Kind,
            Category = category,
            Customer = customer,
            Project = project,
        };
    }

    /// <summary>
    /// "review-{kind}-{counterparty as words joined by dashes}"; for a row without one, "review-{kind}-text-{its text's words,
    /// numbers aside}"; a hash of the text when that leaves no letters or is long.
    /// </summary>
    public static string IdFor(ParsedTransaction row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var byPayee = !string.IsNullOrWhiteSpace(row.Counterparty);
        var text = byPayee ? row.Counterparty!.Trim() : Digits().Replace(row.Description, " ").Trim();
        var words = NameNormalizer.Normalize(text).Replace(' ', '-');
        var name = words.Length is > 0 and <= 80
            ? words
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToUpperInvariant())))[..16];
        return $"review-{row.Kind.ToString().ToLowerInvariant()}-{(byPayee ? string.Empty : "text-")}{name}";
    }

    /// <summary>
    /// What a rule remembered from <paramref name="row"/> matches (its counterparty exactly, or without one its text with
    /// numbers aside; the row's kind besides); null for a row with neither, which no rule can remember.
    /// </summary>
    public static (RuleTextField Field, TextMatchMode Mode, string Pattern)? Matching(ParsedTransaction row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return !string.IsNullOrWhiteSpace(row.Counterparty) ? (RuleTextField.Counterparty, TextMatchMode.Exact, row.Counterparty.Trim())
            : !string.IsNullOrWhiteSpace(row.Description) ? (RuleTextField.Description, TextMatchMode.Regex, SameTextNumbersAside(row.Description))
            : null;
    }

    /// <summary>A pattern for the whole text with any run of digits free: "ACCOUNT FEES 2026-09" also finds next month's fees.</summary>
    private static string SameTextNumbersAside(string text) =>
        "^" + string.Join(@"\d+", Digits().Split(text.Trim()).Select(Regex.Escape)) + "$";

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    private static string? Value(string? answer) => string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
}
