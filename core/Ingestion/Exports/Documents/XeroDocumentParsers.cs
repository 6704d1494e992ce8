using Microsoft.Extensions.Options;

namespace ProfitPipeline.Ingestion.Exports.Documents;

// Xero's layout, once per format: the one most of a file's rows belong to claims it (see DocumentExportParser).
internal sealed class XeroInvoiceParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(XeroDocumentSchema.Instance, FileFormat.InvoiceExport, options);

internal sealed class XeroBillParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(XeroDocumentSchema.Instance, FileFormat.BillExport, options);

internal sealed class XeroCreditNoteParser(IOptions<IngestionOptions> options)
    : DocumentExportParser(XeroDocumentSchema.Instance, FileFormat.CreditNoteExport, options);
