using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>A transaction's project and category: the accepted tag, else what the export stated, else (category) its kind.</summary>
internal static class Attributes
{
    public static string? Project(LedgerTransaction t)
    {
        var value = t.Tags.Project is { Accepted: true } tag ? tag.Value : t.Project;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public static string Category(LedgerTransaction t)
    {
        var value = t.Tags.Category is { Accepted: true } tag ? tag.Value : t.SourceCategory;
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.Trim().ToLowerInvariant();
        }

        return t.Kind switch
        {
            TransactionKind.Invoice or TransactionKind.CreditNote or TransactionKind.Payment or TransactionKind.BankCredit => "sales",
            TransactionKind.Bill => "bills",
            TransactionKind.Expense => "expenses",
            TransactionKind.Reimbursement => "reimbursements",
            TransactionKind.Fee => "processor-fees",
            _ => "uncategorised",
        };
    }

    /// <summary>Documents count net of tax when the export states the net amount.</summary>
    public static decimal DocumentAmount(LedgerTransaction t) => (t.NetAmount ?? t.Amount).Amount;

    public static bool HasHumanTag(LedgerTransaction t) =>
        t.Tags.Customer?.Source == TagSource.Human || t.Tags.Category?.Source == TagSource.Human || t.Tags.Project?.Source == TagSource.Human;
}
