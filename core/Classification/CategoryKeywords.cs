using System.Globalization;
using System.Text;

namespace ProfitPipeline.Classification;

/// <summary>
/// Words that say what a row is for ("salaries", "account charges", "VAT"), by category: the proposal for a row of a kind the
/// model has no validated rows of (a first model has seen only invoices, bills and expense claims, and would stretch those to a
/// payroll debit). The proposal still waits for a person at confidence 0; it only puts the likely category in front of them.
/// Each category's id and name are keywords; the default chart's categories also have the common words below. A longer
/// phrase beats a shorter one ("expense report" over "transfer"), then more phrases, then the chart's order; a category
/// whose group cannot be the row's direction (revenue on money out, costs and taxes on money in) is not proposed.
/// </summary>
public sealed class CategoryKeywords
{
    private static readonly Dictionary<string, string[]> DefaultWords = new(StringComparer.Ordinal)
    {
        ["payroll"] = ["salary", "salaries", "wages", "payroll", "paye", "pension"],
        ["rent"] = ["rent", "lease", "landlord", "electricity", "utilities"],
        ["software"] = ["software", "subscription", "licence", "license", "saas"],
        ["hosting"] = ["hosting", "cloud", "server", "servers", "aws", "azure", "hetzner", "digitalocean"],
        ["travel"] = ["travel", "flight", "flights", "airline", "airlines", "hotel", "train", "rail", "taxi", "uber", "lyft", "fuel", "parking"],
        ["meals"] = ["restaurant", "cafe", "coffee", "lunch", "dinner", "catering"],
        ["marketing"] = ["marketing", "advertising", "ads", "adwords"],
        ["professional-fees"] = ["legal", "lawyer", "solicitor", "accountant", "accountancy", "audit", "notary"],
        ["office"] = ["office", "stationery", "furniture"],
        ["insurance"] = ["insurance", "insurer"],
        ["bank-fees"] = ["fee", "fees", "charges", "account charges", "commission"],
        ["taxes"] = ["tax", "taxes", "vat", "hmrc", "irs", "tax office"],
        ["reimbursements"] = ["reimbursement", "expense report", "expense claim", "expenses claim"],
        ["transfers"] = ["own account", "savings account", "internal transfer"],
        ["loans"] = ["loan", "interest", "repayment", "mortgage"],
        ["contractors"] = ["contractor", "freelance", "freelancer"],
    };

    private readonly List<(string[] Words, int Order, Category Category)> _phrases;

    private CategoryKeywords(List<(string[] Words, int Order, Category Category)> phrases) => _phrases = phrases;

    /// <summary>The keywords of <paramref name="chart"/>: its ids and names, and the default words of the default categories it has.</summary>
    public static CategoryKeywords For(CategoryChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var phrases = new List<(string[], int, Category)>();
        for (var order = 0; order < chart.Categories.Count; order++)
        {
            var category = chart.Categories[order];
            var own = new[] { category.Id.Replace('-', ' '), category.Name }.Concat(DefaultWords.GetValueOrDefault(category.Id) ?? []);
            phrases.AddRange(own.Select(Words).Where(w => w.Length > 0).Select(w => (w, order, category)));
        }

        return new CategoryKeywords(phrases);
    }

    /// <summary>The category the text names for a row of this direction, and the phrase that named it; null when none does.</summary>
    public (Category Category, string Phrase)? Find(string text, decimal amount)
    {
        var words = Words(text);
        var best = (Length: 0, Count: 0, Order: int.MaxValue, Category: (Category?)null, Phrase: string.Empty);
        foreach (var group in _phrases.Where(p => Fits(p.Category.Group, amount)).GroupBy(p => p.Category))
        {
            var found = group.Where(p => Contains(words, p.Words)).ToList();
            if (found.Count == 0)
            {
                continue;
            }

            var longest = found.MaxBy(p => p.Words.Length);
            var candidate = (Length: longest.Words.Length, found.Count, longest.Order, Category: (Category?)group.Key, Phrase: string.Join(' ', longest.Words));
            if ((candidate.Length, candidate.Count, -candidate.Order).CompareTo((best.Length, best.Count, -best.Order)) > 0)
            {
                best = candidate;
            }
        }

        return best.Category is { } category ? (category, best.Phrase) : null;
    }

    private static bool Fits(CategoryGroup group, decimal amount) => group switch
    {
        CategoryGroup.Revenue => amount > 0m,
        CategoryGroup.CostOfSales or CategoryGroup.OperatingExpense or CategoryGroup.Tax => amount < 0m,
        _ => true,
    };

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words of letters and digits, accents kept ("café" stays one word).</summary>
    private static string[] Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }
}
