using System.Text;

namespace ProfitPipeline.Tests.Ingestion.Csv;

/// <summary>Detect: mid scores for bank tables, low for exports another parser scores at 80 or more.</summary>
public sealed class BankCsvDetectTests
{
    // Headers (and a row) of non-bank exports. Stripe, Xero journal and PayPal lines are from csv2ofx and reckon
    // (MIT, see Fixtures/Csv/README.md); the others follow the vendors' documented export columns.
    [Theory]
    [InlineData("\"id\",\"description\",\"seller_message\",\"created\",\"amount\",\"amount_refunded\",\"currency\",\"converted_amount\",\"converted_amount_refunded\",\"fee\",\"tax\",\"converted_currency\",\"status\"\nch_1IGl9SBI9JK85yVZtjcU9OLJ,\"Entry ID: 316\",Payment complete.,2021-02-03 13:12,25.00,0.00,cad,25.00,0.00,1.03,0.00,cad,Paid\n")]
    [InlineData("id,Amount,Fee,Net,Currency,Created (UTC),Description\ntxn_1,100.00,-3.20,96.80,eur,2024-01-05 10:00,Invoice 42\n")]
    [InlineData("balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,reporting_category,description\ntxn_1,2024-01-05 10:00:00,2024-01-07 00:00:00,eur,100.00,-3.20,96.80,charge,Invoice 42\n")]
    [InlineData("JournalNumber,JournalDate,AccountName,NetAmount,TaxCode,Resource,Product,Reference,Description\r1,23-Jan-15,Income,-36000,Tax on Sales,,,INV-0001,Sales\r1,23-Jan-15,Cash,36000,,Office,Charger,INV-0001,Charger\r")]
    [InlineData("*ContactName,EmailAddress,*InvoiceNumber,*InvoiceDate,*DueDate,Total,Currency\nAcme Ltd,a@example.com,INV-0001,2024-01-05,2024-02-04,1200.00,EUR\n")]
    [InlineData("Invoice no,Customer,Invoice date,Due date,Amount,Status\n1001,Acme Ltd,01/05/2024,02/04/2024,1200.00,Open\n")]
    [InlineData("\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\",\"From Email Address\",\"Transaction ID\"\n\"01/05/2024\",\"10:00:00\",\"CET\",\"Acme\",\"Payment\",\"Completed\",\"EUR\",\"100,00\",\"-3,20\",\"96,80\",\"a@example.com\",\"1AB23456CD789012E\"\n")]
    [InlineData("Date,Employee,Merchant,Category,Amount,Currency\n2024-01-05,Jane Roe,Deutsche Bahn,Travel,-89.90,EUR\n")]
    [InlineData("CustomerId,Name,Industry,Region\nC001,Acme Ltd,Manufacturing,North\n")]
    public void NonBankExport_ScoresLow(string head)
    {
        var score = BankCsvTestParser.Create().Detect(BankCsvTestParser.Sample(Encoding.UTF8.GetBytes(head)));

        Assert.InRange(score, 0, 20);
    }

    [Theory]
    [InlineData("csv2ofx/capitalone.csv")]
    [InlineData("csv2ofx/gls.csv")]
    [InlineData("csv2ofx/n26-fr.csv")]
    [InlineData("csv2ofx/pcmastercard.csv")]
    [InlineData("reckon/austrian_example.csv")]
    [InlineData("reckon/nationwide.csv")]
    [InlineData("reckon/invalid_header_example.csv")]
    public void BankTable_ScoresBetween40And70(string file)
    {
        var score = BankCsvTestParser.Create().Detect(BankCsvTestParser.Sample(File.ReadAllBytes(BankCsvTestParser.FixturePath(file))));

        Assert.InRange(score, 40, 70);
    }

    [Theory]
    [InlineData("!Type:Bank\nD01/02/2024\nT-12.00\n^\n")]
    [InlineData("<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE></STATUS></SONRS></SIGNONMSGSRSV1></OFX>")]
    [InlineData(":20:STARTUMSE\n:25:10020030/1234567\n:28C:00001/001\n:60F:C240101EUR1234,56\n:61:2401020102D12,00NTRFNONREF\n")]
    [InlineData("entry1,entry2,entry3\nentry4,entry5,entry6\n")]
    public void OtherFormats_ScoreZero(string head)
    {
        Assert.Equal(0, BankCsvTestParser.Create().Detect(BankCsvTestParser.Sample(Encoding.UTF8.GetBytes(head))));
    }
}
