using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Ofx;

/// <summary>
/// OFX 1.x (SGML) and 2.x (XML) bank and credit-card statements, also sold as QFX. Investment statements are
/// reported, not booked: their cash lines belong to a brokerage account, not to the business's bank.
/// </summary>
internal sealed class OfxParser(IOptions<IngestionOptions> options) : IFileParser
{
    private readonly CurrencyCode _defaultCurrency = CurrencyCode.Parse(options.Value.DefaultCurrency);

    public FileFormat Format => FileFormat.Ofx;

    public int Detect(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var head = sample.HeadText;
        if (head.Contains("OFXHEADER", StringComparison.OrdinalIgnoreCase) || head.Contains("<?OFX", StringComparison.OrdinalIgnoreCase))
        {
            return 98;
        }

        return head.Contains("<OFX>", StringComparison.OrdinalIgnoreCase) ? 92 : 0;
    }

    public IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ParseFile(file, diagnostics, cancellationToken);
    }

    private IEnumerable<ParsedRecord> ParseFile(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        using var stream = file.OpenRead();
        using var reader = TextDecoding.OpenReader(stream);
        var state = new OfxReadState();
        foreach (var element in OfxTreeReader.ClosedElements(new OfxTokenizer(reader).Tokens()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element.Name)
            {
                case "STMTTRN":
                    if (ReadTransaction(element, state, diagnostics) is { } transaction)
                    {
                        yield return transaction;
                    }

                    continue; // not attached: transactions are streamed, not kept
                case "STATUS":
                    CheckStatus(element, state, diagnostics);
                    break;
                case "STMTRS" or "CCSTMTRS":
                    state.Statements++;
                    if (state.TransactionsIn(element) == 0)
                    {
                        diagnostics.Notice($"OFX statement at line {element.Line} has no transactions.");
                    }

                    break;
                case "INVSTMTRS":
                    state.InvestmentStatements++;
                    diagnostics.Notice(
                        $"OFX investment statement at line {element.Line} was not booked ({state.TransactionsIn(element)} cash transactions): only bank and card statements are.");
                    break;
                case "OFX":
                    state.SawRoot = true;
                    break;
            }

            element.Parent?.Add(element);
        }

        if (!state.SawRoot)
        {
            throw new UnreadableFileException("Not an OFX file: there is no <OFX> element.");
        }

        if (state.Statements == 0)
        {
            throw new UnreadableFileException(
                state.FailedRequest is { } failure ? $"OFX statement request failed: {failure}; no bank or card statement."
                : state.InvestmentStatements > 0 ? "OFX has no bank or card statement, only investment statements."
                : "OFX has no bank or card statement.");
        }
    }

    private ParsedTransaction? ReadTransaction(OfxElement trn, OfxReadState state, ParseDiagnostics diagnostics)
    {
        var statement = Statement(trn);
        state.Count(statement);
        if (statement is null || string.Equals(statement.Name, "INVSTMTRS", StringComparison.Ordinal))
        {
            return null; // counted for the investment notice
        }

        if (!OfxValues.TryParseAmount(trn.Find("TRNAMT"), out var amount))
        {
            diagnostics.Reject(trn.Line, null, "TRNAMT is missing or not a number.");
            return null;
        }

        var posted = trn.Find("DTPOSTED");
        if (posted is null)
        {
            diagnostics.Reject(trn.Line, null, "STMTTRN has no DTPOSTED.");
            return null;
        }

        if (!OfxValues.TryParseDate(posted, out var bookingDate))
        {
            diagnostics.Reject(trn.Line, null, "DTPOSTED is not a date (yyyyMMdd...).");
            return null;
        }

        var currency = CurrencyCode.TryParse(trn.Child("CURRENCY")?.Find("CURSYM"), out var own) ? own
            : CurrencyCode.TryParse(statement.Child("CURDEF")?.Value, out var statementCurrency) ? statementCurrency
            : _defaultCurrency;
        var checkNumber = trn.Find("CHECKNUM");
        return new ParsedTransaction
        {
            Line = trn.Line,
            Kind = amount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit,
            BookingDate = bookingDate,
            ValueDate = OfxValues.TryParseDate(trn.Find("DTUSER"), out var userDate) ? userDate : null,
            Amount = new Money(amount, currency),
            Account = (statement.Child("BANKACCTFROM") ?? statement.Child("CCACCTFROM"))?.Find("ACCTID"),
            Counterparty = trn.Find("NAME"),
            Description = trn.Find("MEMO") ?? trn.Find("NAME") ?? string.Empty,
            SourceCategory = trn.Find("TRNTYPE"),
            References = new TransactionReferences(
                BankId: trn.Find("FITID"),
                PaymentReference: checkNumber is null or "0" ? null : checkNumber),
        };
    }

    private static OfxElement? Statement(OfxElement trn)
    {
        for (var p = trn.Parent; p is not null; p = p.Parent)
        {
            if (p.Name is "STMTRS" or "CCSTMTRS" or "INVSTMTRS")
            {
                return p;
            }
        }

        return null;
    }

    private static void CheckStatus(OfxElement status, OfxReadState state, ParseDiagnostics diagnostics)
    {
        var severity = status.Find("SEVERITY");
        if (!string.Equals(severity, "ERROR", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var reason = $"code {status.Find("CODE") ?? "?"}: {status.Find("MESSAGE") ?? "no message"}";
        if (status.IsWithin("SONRS"))
        {
            throw new UnreadableFileException($"OFX sign-on failed ({reason}).");
        }

        state.FailedRequest ??= reason;
        diagnostics.Notice($"OFX request at line {status.Line} failed ({reason}).");
    }

    private sealed class OfxReadState
    {
        private readonly Dictionary<OfxElement, int> _transactions = [];

        public bool SawRoot { get; set; }

        public int Statements { get; set; }

        public int InvestmentStatements { get; set; }

        public string? FailedRequest { get; set; }

        public void Count(OfxElement? statement)
        {
            if (statement is not null)
            {
                _transactions[statement] = TransactionsIn(statement) + 1;
            }
        }

        public int TransactionsIn(OfxElement statement) => _transactions.GetValueOrDefault(statement);
    }
}
