using Microsoft.Extensions.Options;

namespace ProfitPipeline.Ingestion.Exports.Documents;

// QuickBooks Online's layouts, once per format: the one most of a file's rows belong to claims it.
internal sealed class QuickBooksInvoiceParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(QuickBooksDocumentSchema.Instance, FileFormat.InvoiceExport, options);

internal sealed class QuickBooksBillParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(QuickBooksDocumentSchema.Instance, FileFormat.BillExport, options);

internal sealed class QuickBooksCreditNoteParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(QuickBooksDocumentSchema.Instance, FileFormat.CreditNoteExport, options);

internal sealed class QuickBooksPaymentParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(QuickBooksDocumentSchema.Instance, FileFormat.PaymentsReceivedExport, options);
