using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Matching;

/// <summary>The document numbers a payment may quote: its reference fields first, then each word of its remittance text.</summary>
internal static class DocumentReferences
{
    // Shorter keys ("1", "12") occur in remittance text by chance.
    private const int MinimumKeyLength = 4;

    public static IEnumerable<(string Key, string Where)> In(ParsedTransaction t)
    {
        foreach (var reference in (string?[])[t.References.InvoiceNumber, t.References.PaymentReference, t.References.EndToEndId])
        {
            if (!string.IsNullOrWhiteSpace(reference) && CustomerEvidence.InvoiceKey(reference) is { Length: >= MinimumKeyLength } key)
            {
                yield return (key, "references");
            }
        }

        foreach (var word in t.Description.Split((char[])[' ', ',', ';', '/', ':', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CustomerEvidence.InvoiceKey(word) is { Length: >= MinimumKeyLength } key)
            {
                yield return (key, "remittance text");
            }
        }
    }
}
