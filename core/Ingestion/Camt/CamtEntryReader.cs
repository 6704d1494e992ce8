using System.Xml.Linq;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Camt;

/// <summary>
/// Turns one booked <c>Ntry</c> into transactions: one per <c>TxDtls</c> when a batch entry itemises amounts that
/// add up to the entry, otherwise one for the whole entry (the booked amount is what the account saw).
/// </summary>
internal static class CamtEntryReader
{
    private const string NotProvided = "NOTPROVIDED";

    public static IEnumerable<ParsedTransaction> Read(XElement entry, int line, CamtRecord record, ParseDiagnostics diagnostics)
    {
        var status = entry.Text("Sts", "Cd") ?? entry.Text("Sts");
        if (status is null)
        {
            diagnostics.Reject(line, null, "Ntry has no Sts (status).");
            return [];
        }

        if (!string.Equals(status, "BOOK", StringComparison.Ordinal))
        {
            diagnostics.Notice($"CAMT entry at line {line} has status {status}: reported, not booked.");
            return [];
        }

        if (!CamtValues.TryReadAmount(entry.Child("Amt"), out var amount))
        {
            diagnostics.Reject(line, null, "Ntry/Amt is missing, not a number or has no valid Ccy.");
            return [];
        }

        var sign = CamtValues.Sign(entry.Text("CdtDbtInd"));
        if (sign == 0)
        {
            diagnostics.Reject(line, null, "Ntry/CdtDbtInd is neither CRDT nor DBIT.");
            return [];
        }

        var reversal = string.Equals(entry.Text("RvslInd"), "true", StringComparison.OrdinalIgnoreCase);
        if (reversal)
        {
            sign = -sign;
        }

        var bookingDate = CamtValues.Date(entry.Child("BookgDt")) ?? CamtValues.Date(entry.Child("ValDt")) ?? record.FallbackDate;
        if (bookingDate is null)
        {
            diagnostics.Reject(line, null, "Ntry has no BookgDt or ValDt and its statement has no date.");
            return [];
        }

        var shared = new CamtEntry(
            line,
            bookingDate.Value,
            CamtValues.Date(entry.Child("ValDt")),
            record.Account,
            entry.Text("AcctSvcrRef"),
            entry.Text("AddtlNtryInf"));
        var details = entry.ChildrenNamed("NtryDtls").SelectMany(d => d.ChildrenNamed("TxDtls")).ToList();
        var entryTotal = amount with { Amount = sign * amount.Amount };

        if (details.Count > 1 && TrySplit(details, entryTotal, reversal, out var parts))
        {
            return parts.Select((part, index) => Build(shared, part, details[index], index + 1));
        }

        if (details.Count > 1)
        {
            diagnostics.Notice(
                $"CAMT batch entry at line {line} has {details.Count} transaction details whose amounts do not add up to the entry: booked as one.");
        }

        return [Build(shared, entryTotal, details, batchIndex: null)];
    }

    private static bool TrySplit(List<XElement> details, Money entryTotal, bool reversal, out List<Money> parts)
    {
        parts = [];
        foreach (var detail in details)
        {
            if (!CamtValues.TryReadAmount(detail.At("AmtDtls", "TxAmt", "Amt") ?? detail.Child("Amt"), out var part)
                || part.Currency != entryTotal.Currency)
            {
                return false;
            }

            // A detail's own CdtDbtInd (v3+) wins; without one it shares the entry's direction.
            var detailSign = CamtValues.Sign(detail.Text("CdtDbtInd"));
            var signed = detailSign == 0 ? Math.Sign(entryTotal.Amount) * part.Amount : (reversal ? -detailSign : detailSign) * part.Amount;
            parts.Add(part with { Amount = signed });
        }

        return parts.Sum(p => p.Amount) == entryTotal.Amount;
    }

    private static ParsedTransaction Build(CamtEntry entry, Money amount, XElement detail, int batchIndex) =>
        Build(entry, amount, [detail], batchIndex);

    private static ParsedTransaction Build(CamtEntry entry, Money amount, List<XElement> details, int? batchIndex)
    {
        var credit = amount.Amount > 0;
        var first = details.FirstOrDefault();
        var parties = first.Child("RltdPties");
        var otherParty = parties.Child(credit ? "Dbtr" : "Cdtr");
        var otherAccount = parties.At(credit ? "DbtrAcct" : "CdtrAcct", "Id");
        var endToEnd = details.Select(d => d.Text("Refs", "EndToEndId")).Where(id => id is not null && !string.Equals(id, NotProvided, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).ToList();
        var ownRef = first.Text("Refs", "AcctSvcrRef");

        return new ParsedTransaction
        {
            Line = entry.Line,
            Kind = credit ? TransactionKind.BankCredit : TransactionKind.BankDebit,
            BookingDate = entry.BookingDate,
            ValueDate = entry.ValueDate,
            Amount = amount,
            Account = entry.Account,
            Counterparty = otherParty.Descendant("Nm") is { } name && !string.IsNullOrWhiteSpace(name.Value) ? name.Value.Trim() : null,
            CounterpartyAccount = otherAccount.Text("IBAN") ?? otherAccount.Text("Othr", "Id"),
            Description = Description(details) ?? entry.AdditionalInfo ?? string.Empty,
            References = new TransactionReferences(
                BankId: details.Count == 1 && ownRef is not null ? ownRef : BatchBankId(entry.BankReference, batchIndex),
                EndToEndId: endToEnd.Count == 1 ? endToEnd[0] : null,
                PaymentReference: details.SelectMany(d => d.ChildrenNamed("RmtInf")).SelectMany(r => r.ChildrenNamed("Strd"))
                    .Select(s => s.Text("CdtrRefInf", "Ref")).FirstOrDefault(r => r is not null)),
        };
    }

    // Split parts without their own reference get the entry's, numbered, so they stay distinct rows downstream.
    private static string? BatchBankId(string? entryReference, int? batchIndex) =>
        entryReference is null || batchIndex is null
            ? entryReference
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{entryReference}#{batchIndex}");

    private static string? Description(List<XElement> details)
    {
        var remittance = details.SelectMany(d => d.ChildrenNamed("RmtInf")).ToList();
        var lines = remittance.SelectMany(r => r.ChildrenNamed("Ustrd")).Select(u => u.Value.Trim()).ToList();
        if (lines.Count == 0)
        {
            lines = [.. remittance.SelectMany(r => r.ChildrenNamed("Strd")).Select(s => s.Text("AddtlRmtInf")).OfType<string>()];
        }

        if (lines.Count == 0)
        {
            lines = [.. details.Select(d => d.Text("AddtlTxInf")).OfType<string>()];
        }

        var text = string.Join(' ', lines.Where(l => l.Length > 0));
        return text.Length > 0 ? text : null;
    }

    private sealed record CamtEntry(int Line, DateOnly BookingDate, DateOnly? ValueDate, string? Account, string? BankReference, string? AdditionalInfo);
}
