using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Documents;

/// <summary>
/// Turns the rows of one document into one signed <see cref="ParsedTransaction"/>. The total's sign comes from the document
/// type, not from how the export writes it (Xero shows credit notes positive, QuickBooks negative); lines keep their sign
/// relative to the total, so a discount line stays opposite to the invoice.
/// </summary>
internal static class DocumentAssembler
{
    public static ParsedTransaction? Assemble(IReadOnlyList<DocumentRow> rows, ParseDiagnostics diagnostics)
    {
        var first = rows[0];
        if (rows.Count > 1 && rows.Any(r => r.LineAmount is null))
        {
            // Rows without line amounts are whole documents: a second one with the same number is a duplicate, not a line.
            foreach (var duplicate in rows.Skip(1))
            {
                diagnostics.Reject(duplicate.Line, null, $"duplicate document: same type, party and number as line {first.Line}");
            }

            rows = [first];
        }

        foreach (var row in rows.Skip(1))
        {
            if (row.Currency != first.Currency || row.IssueDate != first.IssueDate)
            {
                foreach (var each in rows)
                {
                    diagnostics.Reject(each.Line, null, $"the lines of the document starting on line {first.Line} disagree on currency or date");
                }

                return null;
            }
        }

        var hasLineAmounts = rows.All(r => r.LineAmount is not null);
        var lineTax = rows.Any(r => r.LineTax is not null) ? rows.Sum(r => r.LineTax ?? 0m) : (decimal?)null;
        var sourceTotal = first.Total ?? (hasLineAmounts ? rows.Sum(r => r.LineAmount!.Value) + (lineTax ?? 0m) : null);
        if (sourceTotal is not { } total)
        {
            diagnostics.Reject(first.Line, null, "the document has no total and its lines have no amounts");
            return null;
        }

        var sourceTax = first.Tax ?? lineTax;
        var sourceNet = first.Net ?? (sourceTax is { } t ? total - t : null);

        // Payments keep the export's sign (a negative payment is a refund); documents take the sign of their type.
        var factor = first.Type is DocumentType.Payment ? 1 : (total < 0 ? -first.Type.Sign() : first.Type.Sign());
        Money Signed(decimal amount) => new(amount * factor, first.Currency);

        var lines = rows
            .Where(r => r.LineAmount is not null)
            .Select(r => new InvoiceLine(r.Description ?? string.Empty, Signed(r.LineAmount!.Value), r.Category, r.Project))
            .ToList();

        return new ParsedTransaction
        {
            Line = first.Line,
            Kind = first.Type.Kind(),
            BookingDate = first.IssueDate,
            DueDate = first.DueDate,
            Amount = Signed(total),
            NetAmount = sourceNet is { } net ? Signed(net) : null,
            TaxAmount = sourceTax is { } tax ? Signed(tax) : null,
            Counterparty = first.Counterparty,
            CustomerReference = Unanimous(rows, r => r.CustomerReference),
            Project = Unanimous(rows, r => r.Project),
            Segment = Unanimous(rows, r => r.Segment),
            SourceCategory = Unanimous(rows, r => r.Category),
            Status = first.Status,
            Description = string.Join("; ", rows.Select(r => r.Description).OfType<string>().Distinct(StringComparer.Ordinal)),
            References = References(first),
            Lines = lines,
        };
    }

    private static TransactionReferences References(DocumentRow first) => first.Type switch
    {
        DocumentType.Payment => new TransactionReferences(BankId: first.Number, InvoiceNumber: first.RelatedInvoice),
        DocumentType.CreditNote or DocumentType.SupplierCredit =>
            new TransactionReferences(InvoiceNumber: first.Number, PaymentReference: first.RelatedInvoice),
        _ => new TransactionReferences(InvoiceNumber: first.Number),
    };

    /// <summary>The value every row that has one agrees on; null when they disagree (the lines then carry their own).</summary>
    private static string? Unanimous(IReadOnlyList<DocumentRow> rows, Func<DocumentRow, string?> value)
    {
        var values = rows.Select(value).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        return values.Count == 1 ? values[0] : null;
    }
}
