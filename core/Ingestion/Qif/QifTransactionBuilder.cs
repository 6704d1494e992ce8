using ProfitPipeline.Ingestion.Csv;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Qif;

/// <summary>
/// Collects the fields of one QIF record (D, T/U, P, M, N, L, C, and S/E/$ splits) into a transaction.
/// Dates may be in any of <paramref name="dateFormats"/> (one day/month order: Quicken mixes 1/25'24 and 1/25/1999).
/// </summary>
internal sealed class QifTransactionBuilder(IReadOnlyList<DateFormat> dateFormats, AmountFormat amountFormat, CurrencyCode currency, ParseDiagnostics diagnostics)
{
    private readonly List<InvoiceLine> _splits = [];
    private int _firstLine;
    private DateOnly? _date;
    private decimal? _amount;
    private string? _payee;
    private string? _memo;
    private string? _number;
    private string? _category;
    private string? _status;
    private string? _splitCategory;
    private string? _splitMemo;
    private bool _failed;

    public int Completed { get; private set; }

    public void Add(int line, char code, ReadOnlySpan<char> value)
    {
        if (_firstLine == 0)
        {
            _firstLine = line;
        }

        switch (code)
        {
            case 'D':
                var text = QifParser.NormalizeDate(value);
                DateOnly? date = null;
                foreach (var format in dateFormats)
                {
                    if (date is null && format.TryParse(text, out var parsed))
                    {
                        date = parsed;
                    }
                }

                _date = date;
                if (date is null)
                {
                    Fail(line, $"the date is not a valid date in the file's format {dateFormats[0]}");
                }

                break;
            case 'T' or 'U':
                if (amountFormat.TryParse(value, out var amount, out _))
                {
                    _amount = amount;
                }
                else
                {
                    Fail(line, "the amount is not a number");
                }

                break;
            case 'P':
                _payee = value.ToString();
                break;
            case 'M':
                _memo = value.ToString();
                break;
            case 'N':
                _number = value.ToString();
                break;
            case 'L':
                _category = value.ToString();
                break;
            case 'C':
                _status = value is "X" or "R" ? "reconciled" : value is "*" or "c" ? "cleared" : null;
                break;
            case 'S':
                _splitCategory = value.ToString();
                _splitMemo = null;
                break;
            case 'E':
                _splitMemo = value.ToString();
                break;
            case '$':
                if (amountFormat.TryParse(value, out var split, out _))
                {
                    _splits.Add(new InvoiceLine(_splitMemo ?? _splitCategory ?? string.Empty, new Money(split, currency), _splitCategory));
                    _splitCategory = null;
                    _splitMemo = null;
                }
                else
                {
                    Fail(line, "the split amount is not a number");
                }

                break;
            default:
                break; // addresses (A), flags and fields this ledger has no place for
        }
    }

    /// <summary>The record ended (^): the transaction, or null when it was rejected or empty.</summary>
    public ParsedTransaction? Complete(string? account)
    {
        try
        {
            if (_firstLine == 0 || _failed)
            {
                return null;
            }

            if (_date is not { } date || _amount is not { } amount)
            {
                diagnostics.Reject(_firstLine, null, _date is null ? "the record has no date (D)" : "the record has no amount (T)");
                return null;
            }

            Completed++;
            return new ParsedTransaction
            {
                Line = _firstLine,
                Kind = amount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit,
                BookingDate = date,
                Amount = new Money(amount, currency),
                Counterparty = _payee,
                Description = _memo ?? _payee ?? string.Empty,
                Account = account,
                SourceCategory = _category,
                Status = _status,
                References = _number is null ? TransactionReferences.None : new TransactionReferences(PaymentReference: _number),
                Lines = _splits.ToList(),
            };
        }
        finally
        {
            Reset();
        }
    }

    public void Reset()
    {
        _splits.Clear();
        _firstLine = 0;
        _date = null;
        _amount = null;
        _payee = _memo = _number = _category = _status = _splitCategory = _splitMemo = null;
        _failed = false;
    }

    private void Fail(int line, string reason)
    {
        if (!_failed)
        {
            diagnostics.Reject(line, null, reason);
        }

        _failed = true;
    }
}
