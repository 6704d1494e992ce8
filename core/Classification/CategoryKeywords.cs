using System.Globalization;
using System.Text;

namespace ProfitPipeline.Classification;

/// <summary>
/// Words that say what a row is for ("salaries", "account charges", "VAT"), by category: the proposal for a row of a kind the
/// model has no validated rows of (a first model has seen only invoices, bills and expense claims, and would stretch those to a
/// payroll debit). The proposal still waits for a person at confidence 0; it only puts the likely category in front of them.
/// Each category's id, name and aliases are keywords; the default chart's categories also have the common words below, in the
/// languages of the statements the parsers read (English, German, French, Dutch, Spanish). A longer
/// phrase beats a shorter one ("expense report" over "transfer"), then more phrases, then the chart's order; a category
/// whose group cannot be the row's direction (revenue on money out, costs and taxes on money in) is not proposed.
/// </summary>
public sealed class CategoryKeywords
{
    // English, then German (with the ae/oe/ue/ss spellings SWIFT statements use), French, Dutch and Spanish: the words banks
    // and payroll providers print. Whole words only, so German compounds are listed as such ("kontofuehrungsgebuehr"), and a
    // word that means two things is left out ("rente" is a pension in German and interest in Dutch, "Spesen" expenses in
    // Germany and bank charges in Austria).
    private static readonly Dictionary<string, string[]> DefaultWords = new(StringComparer.Ordinal)
    {
        ["payroll"] =
        [
            "salary", "salaries", "wages", "payroll", "paye", "pension",
            "gehalt", "gehaelter", "gehälter", "lohn", "loehne", "löhne", "lohnsteuer", "gehaltszahlung", "lohnzahlung", "sozialversicherung", "rentenversicherung",
            "salaire", "salaires", "paie", "urssaf",
            "salaris", "loon", "lonen", "loonheffing",
            "salario", "salarios", "nomina", "nómina", "seguridad social",
        ],
        ["rent"] =
        [
            "rent", "lease", "landlord", "electricity", "utilities",
            "miete", "mietzahlung", "pacht", "nebenkosten", "strom",
            "loyer", "electricite", "électricité",
            "huur", "huurpenningen",
            "alquiler", "arrendamiento",
        ],
        ["software"] = ["software", "subscription", "licence", "license", "saas", "lizenz", "logiciel", "licentie", "suscripcion", "suscripción"],
        ["hosting"] = ["hosting", "cloud", "server", "servers", "aws", "azure", "hetzner", "digitalocean", "ovh", "ionos"],
        ["travel"] =
        [
            "travel", "flight", "flights", "airline", "airlines", "hotel", "train", "rail", "taxi", "uber", "lyft", "fuel", "parking",
            "reise", "reisekosten", "bahn", "flug", "tankstelle",
            "voyage", "sncf", "carburant",
            "reiskosten", "trein",
            "viaje", "vuelo", "renfe", "gasolina",
        ],
        ["meals"] = ["restaurant", "cafe", "café", "coffee", "lunch", "dinner", "catering", "bewirtung", "gaststaette", "gaststätte", "repas", "dejeuner", "déjeuner", "restaurante", "comida"],
        ["marketing"] = ["marketing", "advertising", "ads", "adwords", "werbung", "anzeigen", "publicite", "publicité", "reclame", "publicidad"],
        ["professional-fees"] =
        [
            "legal", "lawyer", "solicitor", "accountant", "accountancy", "audit", "notary",
            "rechtsanwalt", "anwalt", "steuerberater", "steuerberatung", "notar", "wirtschaftspruefer", "wirtschaftsprüfer",
            "avocat", "expert comptable", "notaire",
            "advocaat", "accountantskantoor", "notaris",
            "abogado", "asesoria", "asesoría", "gestoria", "gestoría", "notario",
        ],
        ["office"] = ["office", "stationery", "furniture", "buero", "büro", "buerobedarf", "bürobedarf", "fournitures", "kantoor", "kantoorartikelen", "oficina", "papeleria", "papelería"],
        ["insurance"] = ["insurance", "insurer", "versicherung", "assurance", "verzekering", "seguro", "seguros"],
        ["bank-fees"] =
        [
            "fee", "fees", "charges", "account charges", "commission",
            "entgelt", "entgelte", "entgeltabschluss", "kontofuehrung", "kontoführung", "kontofuehrungsgebuehr", "kontoführungsgebühr", "gebuehr", "gebühr", "gebuehren", "gebühren",
            "frais", "frais bancaires", "cotisation carte",
            "bankkosten", "rekeningkosten",
            "comision", "comisión", "comisiones",
        ],
        ["taxes"] =
        [
            "tax", "taxes", "vat", "hmrc", "irs", "tax office",
            "finanzamt", "steuer", "steuern", "umsatzsteuer", "mwst", "gewerbesteuer", "koerperschaftsteuer", "körperschaftsteuer",
            "impot", "impôt", "impots", "impôts", "tva", "dgfip",
            "belasting", "belastingdienst", "btw",
            "hacienda", "iva", "aeat", "impuesto", "impuestos",
        ],
        ["reimbursements"] =
        [
            "reimbursement", "expense report", "expense claim", "expenses claim",
            "auslagen", "auslagenerstattung", "spesenabrechnung",
            "note de frais", "remboursement de frais",
            "onkostenvergoeding", "declaratie",
            "reembolso", "nota de gastos",
        ],
        ["transfers"] = ["own account", "savings account", "internal transfer", "umbuchung", "uebertrag", "übertrag", "virement interne", "eigen rekening", "spaarrekening", "traspaso"],
        ["loans"] = ["loan", "interest", "repayment", "mortgage", "darlehen", "kredit", "tilgung", "zinsen", "pret", "prêt", "emprunt", "lening", "aflossing", "hypotheek", "prestamo", "préstamo", "hipoteca", "intereses"],
        ["contractors"] = ["contractor", "freelance", "freelancer", "freiberufler", "honorar", "sous traitant", "sous traitance", "zzp", "autonomo", "autónomo"],
    };

    // Each category with its phrases, in the chart's order, built once: Find runs for every row a model has not validated.
    private readonly List<(Category Category, int Order, string[][] Phrases)> _categories;

    private CategoryKeywords(List<(Category Category, int Order, string[][] Phrases)> categories) => _categories = categories;

    /// <summary>
    /// The keywords of <paramref name="chart"/>: its ids, names and aliases that are words (an account code such as "404" is no
    /// word a bank prints for a fee), and the default words of the default categories it has.
    /// </summary>
    public static CategoryKeywords For(CategoryChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var categories = new List<(Category, int, string[][])>();
        for (var order = 0; order < chart.Categories.Count; order++)
        {
            var category = chart.Categories[order];
            var aliases = chart.Aliases.Where(a => a.Category == category && a.Alias.Any(char.IsLetter)).Select(a => a.Alias);
            var own = new[] { category.Id.Replace('-', ' '), category.Name }.Concat(aliases).Concat(DefaultWords.GetValueOrDefault(category.Id) ?? []);
            categories.Add((category, order, [.. own.Select(Words).Where(w => w.Length > 0)]));
        }

        return new CategoryKeywords(categories);
    }

    /// <summary>The category the text names for a row of this direction, and the phrase that named it; null when none does.</summary>
    public (Category Category, string Phrase)? Find(string text, decimal amount)
    {
        var words = Words(text);
        var best = (Length: 0, Count: 0, Order: int.MaxValue, Category: (Category?)null, Phrase: string.Empty);
        foreach (var (category, order, phrases) in _categories.Where(c => Fits(c.Category.Group, amount)))
        {
            var found = phrases.Where(p => Contains(words, p)).ToList();
            if (found.Count == 0)
            {
                continue;
            }

            var longest = found.MaxBy(p => p.Length)!;
            var candidate = (Length: longest.Length, found.Count, Order: order, Category: (Category?)category, Phrase: string.Join(' ', longest));
            if ((candidate.Length, candidate.Count, -candidate.Order).CompareTo((best.Length, best.Count, -best.Order)) > 0)
            {
                best = candidate;
            }
        }

        return best.Category is { } named ? (named, best.Phrase) : null;
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
