using System.Globalization;
using System.Text;

namespace ProfitPipeline.Classification.Matching;

/// <summary>
/// Puts company names in one form before comparing: lower case, no diacritics, punctuation as spaces, legal-form words
/// (Ltd, GmbH, B.V., Inc, LLC...) dropped, single spaces.
/// </summary>
internal static class NameNormalizer
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "ltd", "limited", "plc", "llc", "llp", "lp", "inc", "incorporated", "corp", "corporation", "co", "company", "gmbh", "ag", "kg",
        "ug", "mbh", "bv", "nv", "vof", "sa", "sas", "sarl", "srl", "spa", "sl", "oy", "ab", "as", "aps", "pty", "pte", "kft", "sro", "the",
    };

    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Dots inside legal forms ("B.V.", "S.A.") join letters; elsewhere punctuation separates words.
            if (c == '.')
            {
                continue;
            }

            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', Tokens(text.ToString()));
    }

    private static string[] Tokens(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = tokens.Where(t => !LegalForms.Contains(t)).ToArray();

        // A name that is only legal words ("The Company Ltd") keeps them rather than vanishing.
        return kept.Length > 0 ? kept : tokens;
    }
}
