using System.Xml;
using System.Xml.Linq;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Camt;

/// <summary>
/// ISO 20022 bank-to-customer messages: camt.053 statements, camt.052 reports and camt.054 notifications, any
/// version (matched by local names). Streams entry by entry; only booked entries become transactions.
/// </summary>
internal sealed class CamtParser : IFileParser
{
    private const string CamtNamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:camt.05";

    private static readonly string[] MessageElements = ["BkToCstmrStmt", "BkToCstmrAcctRpt", "BkToCstmrDbtCdtNtfctn"];

    private static readonly string[] RecordElements = ["Stmt", "Rpt", "Ntfctn"];

    public FileFormat Format => FileFormat.Camt;

    public int Detect(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var head = sample.HeadText;
        if (head.Contains(CamtNamespacePrefix, StringComparison.Ordinal))
        {
            return 98;
        }

        return MessageElements.Any(m => head.Contains("<" + m, StringComparison.Ordinal)) ? 92 : 0;
    }

    public IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ParseFile(file, diagnostics, cancellationToken);
    }

    private static IEnumerable<ParsedRecord> ParseFile(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        using var stream = file.OpenRead();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        });
        var lineInfo = (IXmlLineInfo)reader;
        var messageDepth = -1;
        var records = 0;
        CamtRecord? record = null;
        DateOnly? messageDate = null;

        Read(reader, lineInfo);
        while (!reader.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element)
            {
                Read(reader, lineInfo);
                continue;
            }

            var name = reader.LocalName;
            var depth = reader.Depth;
            var line = lineInfo.LineNumber;
            if (messageDepth < 0 && IsMessageElement(name))
            {
                messageDepth = depth;
            }
            else if (messageDepth >= 0 && depth == messageDepth + 1 && name == "GrpHdr")
            {
                messageDate = CamtValues.Date(ReadElement(reader, lineInfo).Child("CreDtTm"));
                continue;
            }
            else if (messageDepth >= 0 && depth == messageDepth + 1 && RecordElements.Contains(name, StringComparer.Ordinal))
            {
                if (record is not null)
                {
                    EndRecord(record, diagnostics);
                }

                records++;
                record = new CamtRecord(name, line, depth) { FallbackDate = messageDate };
            }
            else if (record is not null && depth == record.Depth + 1 && name is "Acct" or "CreDtTm" or "FrToDt")
            {
                ReadRecordPart(record, ReadElement(reader, lineInfo));
                continue;
            }
            else if (record is not null && depth == record.Depth + 1 && name == "Ntry")
            {
                record.Entries++;
                foreach (var transaction in CamtEntryReader.Read(ReadElement(reader, lineInfo), line, record, diagnostics))
                {
                    yield return transaction;
                }

                continue;
            }

            Read(reader, lineInfo);
        }

        if (record is not null)
        {
            EndRecord(record, diagnostics);
        }

        if (messageDepth < 0)
        {
            throw new UnreadableFileException("Not a CAMT bank-to-customer message (no BkToCstmrStmt, BkToCstmrAcctRpt or BkToCstmrDbtCdtNtfctn).");
        }

        if (records == 0)
        {
            throw new UnreadableFileException("CAMT message has no statement, report or notification (no Stmt, Rpt or Ntfctn).");
        }
    }

    // Version 001.01 suffixes the message element: BkToCstmrAcctRptV01.
    private static bool IsMessageElement(string name) =>
        MessageElements.Any(m => name.StartsWith(m, StringComparison.Ordinal));

    private static void ReadRecordPart(CamtRecord record, XElement part)
    {
        switch (part.Name.LocalName)
        {
            case "Acct":
                record.Account = part.Text("Id", "IBAN") ?? part.Text("Id", "Othr", "Id");
                break;
            case "FrToDt":
                record.FallbackDate = CamtValues.Date(part.Child("ToDtTm")) ?? record.FallbackDate;
                break;
            default:
                record.FallbackDate ??= CamtValues.Date(part);
                break;
        }
    }

    private static void EndRecord(CamtRecord record, ParseDiagnostics diagnostics)
    {
        if (record.Entries == 0)
        {
            diagnostics.Notice($"CAMT {record.Kind} at line {record.Line} has no entries.");
        }
    }

    // Reads the current element whole; the reader ends on the node after it.
    private static XElement ReadElement(XmlReader reader, IXmlLineInfo lineInfo)
    {
        try
        {
            return (XElement)XNode.ReadFrom(reader);
        }
        catch (XmlException ex)
        {
            throw NotWellFormed(lineInfo, ex);
        }
    }

    private static void Read(XmlReader reader, IXmlLineInfo lineInfo)
    {
        try
        {
            reader.Read();
        }
        catch (XmlException ex)
        {
            throw NotWellFormed(lineInfo, ex);
        }
    }

    private static UnreadableFileException NotWellFormed(IXmlLineInfo lineInfo, XmlException ex) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CAMT file is not well-formed XML (line {lineInfo.LineNumber})."), ex);
}
