using System.Text;
using CsvHelper;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Streams a bank CSV's data rows as transactions, one row in memory at a time (plus the previous one, which a
/// continuation row may still extend). Bad rows are rejected by line and column; failed rows after the last
/// transaction are taken for a summary footer unless their date cell holds a date.
/// </summary>
internal sealed class BankCsvRowReader
{
    private const int MaxCellChars = 256;

    private readonly BankCsvLayout _layout;
    private readonly ParseDiagnostics _diagnostics;
    private readonly char[] _cell = new char[MaxCellChars];
    private readonly Dictionary<string, CurrencyCode> _currencies = new(StringComparer.Ordinal);
    private readonly List<RowFailure> _unflushed = [];

    public BankCsvRowReader(BankCsvLayout layout, ParseDiagnostics diagnostics)
    {
        _layout = layout;
        _diagnostics = diagnostics;
    }

    private enum RowKind
    {
        Transaction,
        Continuation,
        Blank,
        Failed,
    }

    public static CsvReaderOptions ReaderOptions(BankCsvLayout layout) => CsvSample.Options(layout.Delimiter) with
    {
        // Null reads UTF-8 natively; anything else (Windows-1252, UTF-16) is transcoded while reading.
        Encoding = layout.Encoding is UTF8Encoding ? null : layout.Encoding,
        PoolStrings = true,
    };

    /// <summary>Reads from <paramref name="stream"/>, positioned after any byte order mark.</summary>
    public IEnumerable<ParsedTransaction> Read(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = CsvReader.Create(stream, ReaderOptions(_layout), leaveOpen: false);
        ParsedTransaction? previous = null;
        var rows = 0;
        while (reader.Read())
        {
            if ((++rows & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = (int)reader.LineNumber;
            if (line <= _layout.LastNonDataLine)
            {
                continue;
            }

            switch (ReadRow(reader, line, out var transaction, out var text))
            {
                case RowKind.Transaction:
                    FlushFailures(asFooter: false);
                    if (previous is not null)
                    {
                        yield return previous;
                    }

                    previous = transaction;
                    break;
                case RowKind.Continuation when previous is not null && _unflushed.Count == 0:
                    previous = previous with { Description = Join(previous.Description, text!) };
                    break;
                default:
                    break;
            }
        }

        if (previous is not null)
        {
            yield return previous;
        }

        FlushFailures(asFooter: true);
    }

    private RowKind ReadRow(CsvReader reader, int line, out ParsedTransaction? transaction, out string? text)
    {
        transaction = null;
        text = null;
        var layout = _layout;
        var count = reader.FieldCount;
        if (IsEmpty(reader, layout.DateColumn) && NoAmountCells(reader))
        {
            return Unanchored(reader, line, out text);
        }

        var dateText = Cell(reader, layout.DateColumn);
        var hasDate = layout.DateFormat.TryParse(dateText, out var bookingDate);
        var dateLike = IsDateLike(dateText);
        if (count != layout.FieldCount)
        {
            return Fail(line, Math.Min(count, layout.FieldCount) + 1, $"the row has {count} columns, the table {layout.FieldCount}", hasDate);
        }

        if (!hasDate)
        {
            return Fail(line, layout.DateColumn + 1, $"the date is not a valid date in the file's format {layout.DateFormat}", dateLike);
        }

        if (!TryReadAmount(reader, out var amount, out var cellCurrency, out var badColumn))
        {
            return Fail(line, badColumn + 1, "the amount is not a number", looksLikeData: true);
        }

        var description = Description(reader);
        if (BalanceLines.IsBalanceLine(description))
        {
            _diagnostics.Notice($"Line {line} states a balance, not a transaction, and was skipped.");
            return RowKind.Blank;
        }

        var counterparty = layout.CounterpartyColumn is { } counterpartyColumn ? Text(reader, counterpartyColumn) : null;
        var currency = CurrencyOf(reader) ?? cellCurrency ?? layout.Currency;
        var references = layout.IdColumn is { } id && Text(reader, id) is { } bankId ? new TransactionReferences(BankId: bankId) : TransactionReferences.None;
        transaction = new ParsedTransaction
        {
            Line = line,
            Kind = amount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit,
            BookingDate = bookingDate,
            ValueDate = layout.ValueDateColumn is { } valueColumn && layout.DateFormat.TryParse(Cell(reader, valueColumn), out var valueDate) ? valueDate : null,
            Amount = new Money(amount, currency),
            Description = description.Length > 0 ? description : counterparty ?? string.Empty,
            Counterparty = counterparty,
            CounterpartyAccount = layout.CounterpartyAccountColumn is { } iban ? Text(reader, iban) : null,
            Account = layout.AccountColumn is { } account ? Text(reader, account) : null,
            SourceCategory = layout.CategoryColumn is { } category ? Text(reader, category) : null,
            References = references,
        };
        return RowKind.Transaction;
    }

    /// <summary>A row without date or amount: a blank row, the rest of the previous row's text, or a footer.</summary>
    private RowKind Unanchored(CsvReader reader, int line, out string? text)
    {
        text = null;
        var anyField = false;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            anyField |= !reader.GetSpan(i).IsEmpty;
        }

        if (!anyField)
        {
            return RowKind.Blank;
        }

        var description = reader.FieldCount == _layout.FieldCount ? Description(reader) : string.Empty;
        if (description.Length > 0 && OnlyTextColumnsFilled(reader))
        {
            text = description;
            return RowKind.Continuation;
        }

        return Fail(line, _layout.DateColumn + 1, "the row has no date", looksLikeData: false);
    }

    private bool OnlyTextColumnsFilled(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!reader.GetSpan(i).IsEmpty && !_layout.DescriptionColumns.Contains(i) && i != _layout.CounterpartyColumn)
            {
                return false;
            }
        }

        return true;
    }

    private bool NoAmountCells(CsvReader reader) =>
        (_layout.AmountColumn is not { } a || IsEmpty(reader, a))
        && (_layout.DebitColumn is not { } d || IsEmpty(reader, d))
        && (_layout.CreditColumn is not { } c || IsEmpty(reader, c));

    private static bool IsEmpty(CsvReader reader, int column) => column >= reader.FieldCount || reader.GetSpan(column).IsEmpty;

    private bool TryReadAmount(CsvReader reader, out decimal amount, out CurrencyCode? currency, out int badColumn)
    {
        var layout = _layout;
        amount = 0m;
        currency = null;
        badColumn = layout.AmountColumn ?? layout.DebitColumn ?? layout.CreditColumn ?? 0;
        if (layout.AmountColumn is { } amountColumn)
        {
            if (!layout.AmountFormat.TryParse(Cell(reader, amountColumn), out amount, out currency))
            {
                return false;
            }

            if (layout.MarkerColumn is { } marker && DebitCreditMarker.Sign(Cell(reader, marker)) is var sign and not 0)
            {
                amount = sign * Math.Abs(amount);
            }
        }
        else
        {
            var found = false;
            foreach (var (column, sign) in new[] { (layout.DebitColumn, -1), (layout.CreditColumn, 1) })
            {
                if (column is not { } index || IsEmpty(reader, index))
                {
                    continue;
                }

                if (!layout.AmountFormat.TryParse(Cell(reader, index), out var part, out var partCurrency))
                {
                    badColumn = index;
                    return false;
                }

                amount += sign * Math.Abs(part);
                currency ??= partCurrency;
                found = true;
            }

            if (!found)
            {
                return false;
            }
        }

        if (layout.InvertSign)
        {
            amount = -amount;
        }

        return true;
    }

    private CurrencyCode? CurrencyOf(CsvReader reader)
    {
        if (_layout.CurrencyColumn is not { } column || Text(reader, column) is not { } code)
        {
            return null;
        }

        if (!_currencies.TryGetValue(code, out var currency))
        {
            if (!CurrencyCode.TryParse(code, out currency))
            {
                return null;
            }

            _currencies[code] = currency;
        }

        return currency;
    }

    private string Description(CsvReader reader)
    {
        var columns = _layout.DescriptionColumns;
        if (columns.Count == 1)
        {
            return Text(reader, columns[0]) ?? string.Empty;
        }

        var result = string.Empty;
        foreach (var column in columns)
        {
            if (Text(reader, column) is { } part)
            {
                result = Join(result, part);
            }
        }

        return result;
    }

    /// <summary>A short cell of digits and separators (31.02.2024): a bad date in a data row, not a footer's label.</summary>
    private static bool IsDateLike(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return text.Length <= 20 && letters <= 4 && text.ContainsAnyInRange('0', '9');
    }

    private static string Join(string left, string right) =>
        left.Length == 0 ? right : right.Length == 0 ? left : string.Concat(left, " ", right);

    private static string? Text(CsvReader reader, int column) =>
        column < reader.FieldCount && !reader.GetSpan(column).IsEmpty ? reader.GetString(column) : null;

    /// <summary>The cell as characters in a reused buffer (valid until the next call); empty when missing or too long.</summary>
    private ReadOnlySpan<char> Cell(CsvReader reader, int column)
    {
        if (column >= reader.FieldCount)
        {
            return [];
        }

        var bytes = reader.GetSpan(column);
        if (bytes.Length > MaxCellChars)
        {
            return "?";
        }

        var length = Encoding.UTF8.GetChars(bytes, _cell);
        return _cell.AsSpan(0, length);
    }

    private RowKind Fail(int line, int column, string reason, bool looksLikeData)
    {
        _unflushed.Add(new RowFailure(line, column, reason, looksLikeData));
        return RowKind.Failed;
    }

    private void FlushFailures(bool asFooter)
    {
        var footerLines = 0;
        foreach (var failure in _unflushed)
        {
            if (asFooter && !failure.LooksLikeData)
            {
                footerLines++;
            }
            else
            {
                _diagnostics.Reject(failure.Line, failure.Column, failure.Reason);
            }
        }

        if (footerLines > 0)
        {
            _diagnostics.Notice($"{footerLines} line(s) after the last transaction read as a summary or footer and were skipped.");
        }

        _unflushed.Clear();
    }

    private readonly record struct RowFailure(int Line, int Column, string Reason, bool LooksLikeData);
}
