using System.Collections.Frozen;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>Rows some banks put among the transactions to state a balance ("Saldo Anterior", "Opening balance"): not money movements.</summary>
internal static class BalanceLines
{
    private static readonly FrozenSet<string> Labels = new[]
    {
        "saldo anterior", "saldo inicial", "saldo final", "saldo do dia", "saldo", "s a l d o", "opening balance", "closing balance",
        "balance brought forward", "balance carried forward", "anfangssaldo", "endsaldo", "alter kontostand", "neuer kontostand",
        "beginsaldo", "eindsaldo", "solde initial", "solde final", "solde precedent", "solde précédent", "ancien solde", "nouveau solde",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsBalanceLine(string description) =>
        description.Length is > 4 and <= 30 && Labels.Contains(description.Trim());
}
