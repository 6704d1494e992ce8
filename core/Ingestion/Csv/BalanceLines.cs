namespace ProfitPipeline.Ingestion.Csv;

/// <summary>Rows some banks put among the transactions to state a balance ("Saldo Anterior", "Opening balance"): not money movements.</summary>
internal static class BalanceLines
{
    private static readonly string[] Labels =
    [
        "saldo anterior", "saldo inicial", "saldo final", "saldo do dia", "saldo", "s a l d o", "opening balance", "closing balance",
        "balance brought forward", "balance carried forward", "anfangssaldo", "endsaldo", "alter kontostand", "neuer kontostand",
        "beginsaldo", "eindsaldo", "solde initial", "solde final", "solde precedent", "solde précédent", "ancien solde", "nouveau solde",
    ];

    public static bool IsBalanceLine(string description)
    {
        if (description.Length is 0 or > 30)
        {
            return false;
        }

        var trimmed = description.AsSpan().Trim();
        foreach (var label in Labels)
        {
            if (trimmed.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
