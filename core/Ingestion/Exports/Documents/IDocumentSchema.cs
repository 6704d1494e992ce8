using ProfitPipeline.Ingestion.Exports.Reading;

namespace ProfitPipeline.Ingestion.Exports.Documents;

/// <summary>One vendor's accounting export layout: how to recognise its header and read its rows.</summary>
internal interface IDocumentSchema
{
    /// <summary>The column holding the document number; rows sharing a number are lines of one document.</summary>
    ExportColumn NumberColumn { get; }

    /// <summary>Columns holding dates, whose numeric order is decided once per file.</summary>
    IReadOnlyList<ExportColumn> DateColumns { get; }

    /// <summary>80-100 when the header is this vendor's, else 0.</summary>
    int Score(ExportColumns columns);

    /// <summary>The document type a sample row states, for choosing the file's format; null when it states none.</summary>
    DocumentType? TypeOf(ExportRow row);

    /// <summary>The format of a file whose rows state no type.</summary>
    FileFormat DefaultFormat(ExportColumns columns);

    /// <summary>Reads a row; null when it was rejected (through the reader) or is not a document (told to the context).</summary>
    DocumentRow? Read(ExportRowReader reader, ExportReadContext context);
}
