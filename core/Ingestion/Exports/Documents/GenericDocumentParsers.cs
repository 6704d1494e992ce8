using Microsoft.Extensions.Options;

namespace ProfitPipeline.Ingestion.Exports.Documents;

// The generic document schema, once per format: the kind most of a file's rows have claims it.
internal sealed class GenericInvoiceParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(GenericDocumentSchema.Instance, FileFormat.InvoiceExport, options);

internal sealed class GenericBillParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(GenericDocumentSchema.Instance, FileFormat.BillExport, options);

internal sealed class GenericCreditNoteParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(GenericDocumentSchema.Instance, FileFormat.CreditNoteExport, options);

internal sealed class GenericPaymentParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(GenericDocumentSchema.Instance, FileFormat.PaymentsReceivedExport, options);
