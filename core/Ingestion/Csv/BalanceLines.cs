using System.Buffers;
using System.Collections.Frozen;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>Rows some banks put among the transactions to state a balance ("Saldo Anterior", "Opening balance"): not money movements.</summary>
internal static class BalanceLines
{
    private static readonly string[] LabelList =
    [
        "saldo anterior", "saldo inicial", "saldo final", "saldo do dia", "saldo", "s a l d o", "opening balance", "closing balance",
        "balance brought forward", "balance carried forward", "anfangssaldo", "endsaldo", "alter kontostand", "neuer kontostand",
        "beginsaldo", "eindsaldo", "solde initial", "solde final", "solde precedent", "solde précédent", "ancien solde", "nouveau solde",
    ];

    private static readonly FrozenSet<string> Labels = LabelList.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The labels' first letters, upper case: most descriptions start otherwise and need no set lookup.</summary>
    private static readonly SearchValues<char> FirstLetters = SearchValues.Create(string.Concat(LabelList.Select(l => char.ToUpperInvariant(l[0])).Distinct()));

    public static bool IsBalanceLine(string description) =>
        description.Length is > 4 and <= 30 && MayStartALabel(description[0]) && Labels.Contains(description.Trim());

    private static bool MayStartALabel(char first) => char.IsWhiteSpace(first) || FirstLetters.Contains(char.ToUpperInvariant(first));
}
