using System.Text;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Camt;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.BankStatementFixtures;

namespace ProfitPipeline.Tests.Ingestion.Camt;

public sealed class CamtParserTests
{
    private readonly CamtParser _parser = new();

    public static TheoryData<string> FilesWithExpectedParse =>
        [.. Directory.GetFiles(PathOf("Camt"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(FilesWithExpectedParse))]
    public void CamtFile_MatchesTheExpectedParse(string name) => AssertMatchesExpectedParse(name);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void WholeSuite_UnderAnotherCulture_GivesTheSameResults(string culture) =>
        InCulture(culture, () =>
        {
            foreach (var row in FilesWithExpectedParse)
            {
                AssertMatchesExpectedParse(row.Data);
            }

            StatementWithoutStatementBody_IsUnreadable();
            BatchEntry_WithItemisedAmounts_SplitsIntoOneTransactionPerDetail();
        });

    [Fact]
    public void StatementWithoutStatementBody_IsUnreadable()
    {
        var run = Run(_parser, "Camt", "camt053.v2.wrong.xml");

        Assert.NotNull(run.Unreadable);
        Assert.Contains("no statement, report or notification", run.Unreadable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiStatement_YieldsEveryStatementsEntries()
    {
        // Counted by hand: two <Stmt>, one <Ntry> each.
        var run = Run(_parser, "Camt", "camt053.v2.multi.statement.xml").ShouldBeReadable();

        Assert.Equal(2, run.Transactions.Count);
        Assert.All(run.Transactions, t => Assert.Equal("NL26VAYB8060476890", t.Account));
    }

    [Fact]
    public void Entry_MapsPartiesRemittanceAndReferences()
    {
        var credit = Assert.Single(Run(_parser, "Camt", "camt053.v2.minimal.xml").ShouldBeReadable().Transactions);

        Assert.Equal(TransactionKind.BankCredit, credit.Kind);
        Assert.Equal("NL26VAYB8060476890", credit.Account);
        Assert.Equal("NAME NAME", credit.Counterparty); // the debtor pays a credit
        Assert.Equal("NL56AGDH9619008421", credit.CounterpartyAccount);
        Assert.Equal(90, credit.Line);
    }

    [Fact]
    public void BatchEntry_WithoutItemisedAmounts_IsBookedWholeWithJoinedRemittance()
    {
        var run = Run(_parser, "Camt", "camt054.v2.xml").ShouldBeReadable();

        var debit = Assert.Single(run.Transactions);
        Assert.Equal(new Money(-200000m, CurrencyCode.Parse("SEK")), debit.Amount);
        Assert.Equal("MUELL/FINP/RA12345", debit.References.EndToEndId);
        Assert.Equal("ISR ref number V1", debit.References.PaymentReference);
        Assert.Contains("Unstructured Remittance Information V3 block 2", debit.Description, StringComparison.Ordinal);
        Assert.Contains(run.Diagnostics.Notices, n => n.Contains("booked as one", StringComparison.Ordinal));
    }

    [Fact]
    public void PendingEntry_IsNoticedNotBooked()
    {
        var run = Run(_parser, "Camt", "camt052.v4.xml").ShouldBeReadable();

        Assert.Empty(run.Transactions);
        Assert.Contains(run.Diagnostics.Notices, n => n.Contains("status PDNG", StringComparison.Ordinal));
    }

    [Fact]
    public void BatchEntry_WithItemisedAmounts_SplitsIntoOneTransactionPerDetail()
    {
        var run = RunText(_parser, Camt053("""
            <Ntry>
              <Amt Ccy="EUR">30.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
              <BookgDt><DtTm>2024-03-01T23:30:00+01:00</DtTm></BookgDt><AcctSvcrRef>BATCH-1</AcctSvcrRef>
              <NtryDtls>
                <TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">10.00</Amt></TxAmt></AmtDtls>
                  <RltdPties><Dbtr><Nm>Alpha</Nm></Dbtr><Cdtr><Nm>Us</Nm></Cdtr></RltdPties>
                  <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>
                <TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId><AcctSvcrRef>OWN-2</AcctSvcrRef></Refs><Amt Ccy="EUR">20.00</Amt>
                  <RltdPties><Dbtr><Pty><Nm>Beta</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct></RltdPties>
                  <RmtInf><Ustrd>Invoice 7</Ustrd><Ustrd>and 8</Ustrd></RmtInf></TxDtls>
              </NtryDtls>
            </Ntry>
            """)).ShouldBeReadable();

        Assert.Equal([10.00m, 20.00m], run.Transactions.Select(t => t.Amount.Amount));
        Assert.Equal(["Alpha", "Beta"], run.Transactions.Select(t => t.Counterparty));
        Assert.Equal(["BATCH-1#1", "OWN-2"], run.Transactions.Select(t => t.References.BankId));
        Assert.Equal(["E2E-1", null], run.Transactions.Select(t => t.References.EndToEndId));
        Assert.Equal("RF18539007547034", run.Transactions[0].References.PaymentReference);
        Assert.Equal("Invoice 7 and 8", run.Transactions[1].Description);
        Assert.Equal("DE02120300000000202051", run.Transactions[1].CounterpartyAccount);
        Assert.All(run.Transactions, t => Assert.Equal(new DateOnly(2024, 3, 1), t.BookingDate));
    }

    [Theory]
    [InlineData("CRDT", "false", 5.00, TransactionKind.BankCredit)]
    [InlineData("DBIT", "false", -5.00, TransactionKind.BankDebit)]
    [InlineData("CRDT", "true", -5.00, TransactionKind.BankDebit)]
    [InlineData("DBIT", "true", 5.00, TransactionKind.BankCredit)]
    public void Reversal_FlipsTheSign(string indicator, string reversal, decimal expected, TransactionKind kind)
    {
        var run = RunText(_parser, Camt053($"""
            <Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>{indicator}</CdtDbtInd><RvslInd>{reversal}</RvslInd><Sts>BOOK</Sts>
              <BookgDt><Dt>2024-03-01</Dt></BookgDt><ValDt><Dt>2024-03-02</Dt></ValDt><AddtlNtryInf>Fee</AddtlNtryInf></Ntry>
            """)).ShouldBeReadable();

        var transaction = Assert.Single(run.Transactions);
        Assert.Equal(expected, transaction.Amount.Amount);
        Assert.Equal(kind, transaction.Kind);
        Assert.Equal(new DateOnly(2024, 3, 2), transaction.ValueDate);
        Assert.Equal("Fee", transaction.Description);
    }

    [Fact]
    public void BadEntry_IsRejectedAndTheRestRead()
    {
        var run = RunText(_parser, Camt053("""
            <Ntry><Amt Ccy="EUR">abc</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-03-01</Dt></BookgDt></Ntry>
            <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-03-01</Dt></BookgDt></Ntry>
            """)).ShouldBeReadable();

        Assert.Single(run.Transactions);
        var rejection = Assert.Single(run.Diagnostics.Rejections);
        Assert.Equal(4, rejection.Line);
        Assert.Contains("Amt", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedXml_IsUnreadable()
    {
        var run = RunText(_parser, Camt053("<Ntry><Amt Ccy=\"EUR\">1.00</Amt>"));

        Assert.NotNull(run.Unreadable);
        Assert.Contains("not well-formed", run.Unreadable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_RecognisesEveryCamtVersionAndIgnoresOthers()
    {
        foreach (var row in FilesWithExpectedParse)
        {
            Assert.True(_parser.Detect(Sample("Camt", row.Data + ".xml")) >= 90, row.Data);
        }

        Assert.Equal(0, _parser.Detect(Sample("Ofx", "anzcc.ofx")));
        Assert.Equal(0, _parser.Detect(Sample("Mt940", "jejik", "ing.sta")));
    }

    private void AssertMatchesExpectedParse(string name)
    {
        var (expected, records) = CamtExpectedParse.Load(PathOf("Camt", name + ".json"));
        var run = Run(_parser, "Camt", name + ".xml").ShouldBeReadable();
        var booked = expected.Where(e => e.Status == "BOOK").ToList();
        var byEntry = run.Transactions.GroupBy(t => t.Line).OrderBy(g => g.Key).ToList();

        if (records == 1)
        {
            Assert.Equal(booked.Count, byEntry.Count);
        }

        Assert.Equal(expected.Count - booked.Count, run.Diagnostics.Notices.Count(n => n.Contains("not booked", StringComparison.Ordinal)));
        // With several records genkgo/camt's getEntries holds the last record's entries: compare against the tail.
        foreach (var (want, got) in booked.Zip(byEntry.Skip(byEntry.Count - booked.Count)))
        {
            var transactions = got.ToList();
            Assert.Equal(want.MinorUnits, (long)(transactions.Sum(t => t.Amount.Amount) * 100m));
            Assert.All(transactions, t => Assert.Equal(want.Currency, t.Amount.Currency.Value));
            Assert.All(transactions, t => Assert.Equal(t.Amount.Amount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit, t.Kind));
            Assert.All(transactions, t => Assert.Equal(want.ValueDate, t.ValueDate));
            if (want.BookingDate is { } bookingDate)
            {
                Assert.All(transactions, t => Assert.Equal(bookingDate, t.BookingDate));
            }

            if (transactions.Count == 1)
            {
                var single = transactions[0];
                Assert.Equal(want.Details <= 1 ? want.DetailReference ?? want.EntryReference : want.EntryReference, single.References.BankId);
                if (want.Details == 1)
                {
                    Assert.Equal(want.EndToEndId is "NOTPROVIDED" ? null : want.EndToEndId, single.References.EndToEndId);
                }
            }
            else
            {
                Assert.Equal(want.Details, transactions.Count);
            }
        }
    }

    private static string Camt053(string entries) => new StringBuilder()
        .Append("""<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>""")
        .Append('\n')
        .Append("<GrpHdr><MsgId>1</MsgId><CreDtTm>2024-03-02T08:00:00</CreDtTm></GrpHdr>\n")
        .Append("<Stmt><Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>\n")
        .Append(entries)
        .Append("\n</Stmt></BkToCstmrStmt></Document>\n")
        .ToString();
}
