using System.Globalization;
using System.Xml;

namespace ProfitPipeline.Cli.Demo;

/// <summary>The account statement as ISO 20022 camt.053.001.02: one Stmt per calendar month, booked entries only.</summary>
internal static class CamtExport
{
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    private const string ServicerBic = "HMBKIE2DXXX";

    public static byte[] Write(DemoCalendar calendar, string accountIban, decimal openingBalance, IReadOnlyList<BankEntry> entries)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = DemoCsv.Encoding, Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Document", Namespace);
            xml.WriteStartElement("BkToCstmrStmt");
            xml.WriteStartElement("GrpHdr");
            xml.WriteElementString("MsgId", string.Create(CultureInfo.InvariantCulture, $"NWA-CAMT-{calendar.AsOf:yyyyMMdd}"));
            xml.WriteElementString("CreDtTm", Timestamp(calendar.AsOf, new TimeOnly(6, 0)));
            xml.WriteEndElement();

            var balance = openingBalance;
            var sequence = 0;
            for (var month = calendar.CamtStart; month < calendar.AsOf; month = month.AddMonths(1))
            {
                var last = DemoCalendar.EndOfMonth(month) < calendar.AsOf ? DemoCalendar.EndOfMonth(month) : calendar.AsOf.AddDays(-1);
                var booked = entries.Where(e => e.Date >= month && e.Date <= last).ToList();
                balance = WriteStatement(xml, month, last, accountIban, balance, booked, ref sequence);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static decimal WriteStatement(XmlWriter xml, DateOnly from, DateOnly to, string iban, decimal opening, List<BankEntry> entries, ref int sequence)
    {
        var closing = opening + entries.Sum(e => e.Amount);
        xml.WriteStartElement("Stmt");
        xml.WriteElementString("Id", string.Create(CultureInfo.InvariantCulture, $"NWA-STMT-{from:yyyyMM}"));
        xml.WriteElementString("ElctrncSeqNb", from.Month.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("CreDtTm", Timestamp(to.AddDays(1), new TimeOnly(6, 0)));
        xml.WriteStartElement("FrToDt");
        xml.WriteElementString("FrDtTm", Timestamp(from, TimeOnly.MinValue));
        xml.WriteElementString("ToDtTm", Timestamp(to, new TimeOnly(23, 59, 59)));
        xml.WriteEndElement();

        xml.WriteStartElement("Acct");
        xml.WriteStartElement("Id");
        xml.WriteElementString("IBAN", iban);
        xml.WriteEndElement();
        xml.WriteElementString("Ccy", DemoCompany.HomeCurrency);
        xml.WriteStartElement("Ownr");
        xml.WriteElementString("Nm", DemoCompany.CompanyName);
        xml.WriteEndElement();
        xml.WriteStartElement("Svcr");
        xml.WriteStartElement("FinInstnId");
        xml.WriteElementString("BIC", ServicerBic);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        WriteBalance(xml, "OPBD", opening, from);
        WriteBalance(xml, "CLBD", closing, to);
        foreach (var entry in entries)
        {
            WriteEntry(xml, entry, string.Create(CultureInfo.InvariantCulture, $"HMB{entry.Date:yyyyMMdd}{++sequence:00000}"));
        }

        xml.WriteEndElement();
        return closing;
    }

    private static void WriteBalance(XmlWriter xml, string code, decimal amount, DateOnly date)
    {
        xml.WriteStartElement("Bal");
        xml.WriteStartElement("Tp");
        xml.WriteStartElement("CdOrPrtry");
        xml.WriteElementString("Cd", code);
        xml.WriteEndElement();
        xml.WriteEndElement();
        WriteAmount(xml, amount);
        xml.WriteStartElement("Dt");
        xml.WriteElementString("Dt", DemoAmount.Text(date));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteEntry(XmlWriter xml, BankEntry entry, string servicerReference)
    {
        xml.WriteStartElement("Ntry");
        WriteAmount(xml, entry.Amount);
        xml.WriteElementString("Sts", "BOOK");
        xml.WriteStartElement("BookgDt");
        xml.WriteElementString("Dt", DemoAmount.Text(entry.Date));
        xml.WriteEndElement();
        xml.WriteStartElement("ValDt");
        xml.WriteElementString("Dt", DemoAmount.Text(entry.Date));
        xml.WriteEndElement();
        xml.WriteElementString("AcctSvcrRef", servicerReference);
        WriteTransactionCode(xml, entry.Code);

        xml.WriteStartElement("NtryDtls");
        xml.WriteStartElement("TxDtls");
        xml.WriteStartElement("Refs");
        xml.WriteElementString("EndToEndId", entry.EndToEndId);
        xml.WriteEndElement();
        if (entry.Code != BankTransactionCode.Charges)
        {
            WriteParties(xml, entry);
        }

        xml.WriteStartElement("RmtInf");
        xml.WriteElementString("Ustrd", entry.Reference);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteElementString("AddtlNtryInf", entry.Description);
        xml.WriteEndElement();
    }

    // Money in names the debtor (the payer); money out names the creditor (the payee).
    private static void WriteParties(XmlWriter xml, BankEntry entry)
    {
        var (party, account) = entry.Amount >= 0 ? ("Dbtr", "DbtrAcct") : ("Cdtr", "CdtrAcct");
        xml.WriteStartElement("RltdPties");
        xml.WriteStartElement(party);
        xml.WriteElementString("Nm", entry.Counterparty);
        xml.WriteEndElement();
        if (entry.Iban.Length > 0)
        {
            xml.WriteStartElement(account);
            xml.WriteStartElement("Id");
            xml.WriteElementString("IBAN", entry.Iban);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteTransactionCode(XmlWriter xml, BankTransactionCode code)
    {
        var (domain, family, subFamily) = code switch
        {
            BankTransactionCode.ReceivedTransfer => ("PMNT", "RCDT", "ESCT"),
            BankTransactionCode.SentTransfer => ("PMNT", "ICDT", "ESCT"),
            BankTransactionCode.DirectDebit => ("PMNT", "RDDT", "ESDD"),
            BankTransactionCode.Salary => ("PMNT", "ICDT", "SALA"),
            _ => ("ACMT", "MDOP", "CHRG"),
        };
        xml.WriteStartElement("BkTxCd");
        xml.WriteStartElement("Domn");
        xml.WriteElementString("Cd", domain);
        xml.WriteStartElement("Fmly");
        xml.WriteElementString("Cd", family);
        xml.WriteElementString("SubFmlyCd", subFamily);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteAmount(XmlWriter xml, decimal signed)
    {
        xml.WriteStartElement("Amt");
        xml.WriteAttributeString("Ccy", DemoCompany.HomeCurrency);
        xml.WriteString(DemoAmount.Text(Math.Abs(signed)));
        xml.WriteEndElement();
        xml.WriteElementString("CdtDbtInd", signed >= 0 ? "CRDT" : "DBIT");
    }

    private static string Timestamp(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
