using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Documents;

/// <summary>What an accounting export row belongs to. A supplier credit is a bill credit note: it reduces costs.</summary>
internal enum DocumentType
{
    Invoice,
    CreditNote,
    Bill,
    SupplierCredit,
    Payment,
}

internal static class DocumentTypes
{
    public static TransactionKind Kind(this DocumentType type) => type switch
    {
        DocumentType.Invoice => TransactionKind.Invoice,
        DocumentType.CreditNote => TransactionKind.CreditNote,
        DocumentType.Bill or DocumentType.SupplierCredit => TransactionKind.Bill,
        _ => TransactionKind.Payment,
    };

    /// <summary>The sign of the document's total from the business's point of view (see <see cref="TransactionKind"/>).</summary>
    public static int Sign(this DocumentType type) => type is DocumentType.CreditNote or DocumentType.Bill ? -1 : 1;

    public static FileFormat Format(this DocumentType type) => type switch
    {
        DocumentType.Invoice => FileFormat.InvoiceExport,
        DocumentType.CreditNote => FileFormat.CreditNoteExport,
        DocumentType.Bill or DocumentType.SupplierCredit => FileFormat.BillExport,
        _ => FileFormat.PaymentsReceivedExport,
    };

    /// <summary>The format most rows belong to; ties go to the earlier format in the enum (invoices first).</summary>
    public static FileFormat Dominant(IEnumerable<DocumentType> types, FileFormat fallback)
    {
        var counts = types.GroupBy(Format).Select(g => (Format: g.Key, Count: g.Count())).ToList();
        return counts.Count == 0 ? fallback : counts.OrderByDescending(c => c.Count).ThenBy(c => c.Format).First().Format;
    }
}
