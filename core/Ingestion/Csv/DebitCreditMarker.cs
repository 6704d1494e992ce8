namespace ProfitPipeline.Ingestion.Csv;

/// <summary>Markers that say whether an unsigned amount goes out or comes in (Af/Bij, S/H, Debit/Credit, D/C, DR/CR).</summary>
internal static class DebitCreditMarker
{
    private static readonly string[] Out = ["af", "debit", "d", "dr", "s", "soll", "db", "debet", "out", "-"];
    private static readonly string[] In = ["bij", "credit", "c", "cr", "h", "haben", "in", "+"];

    /// <summary>-1 for money out, +1 for money in, 0 when the text is no marker.</summary>
    public static int Sign(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        foreach (var word in Out)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }

        foreach (var word in In)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }
        }

        return 0;
    }
}
