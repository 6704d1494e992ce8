using System.Globalization;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Mt940;

/// <summary>
/// One statement between <c>:20:</c> and its end: account, currency and century from the opening balance, and the
/// <c>:61:</c> line waiting for its <c>:86:</c>.
/// </summary>
internal sealed class Mt940Statement(int line, CurrencyCode defaultCurrency)
{
    private CurrencyCode _currency = defaultCurrency;
    private int _century = 2000;
    private string? _account;
    private Mt940Field? _pendingLine;
    private readonly List<string> _pendingDetails = [];

    public int Line { get; } = line;

    public bool IsInterim { get; set; }

    public int InterimEntries { get; private set; }

    /// <summary>Takes a field; returns a transaction when the field completes the previous statement line.</summary>
    public ParsedTransaction? Accept(Mt940Field field, ParseDiagnostics diagnostics)
    {
        switch (field.Tag)
        {
            case "86":
                if (_pendingLine is not null)
                {
                    _pendingDetails.AddRange(_pendingDetails.Count > 0 ? [" ", .. field.Lines] : field.Lines);
                }

                return null;
            case "61":
                var previous = Flush(diagnostics);
                _pendingLine = field;
                return previous;
            case "25":
                if (_pendingLine is not null)
                {
                    diagnostics.Reject(field.Line, 1, "Field :25: (account) after a :61: statement line in the same statement; ignored.");
                    return null;
                }

                _account = field.FirstLine.Trim();
                return null;
            case "60F" or "60M":
                ReadOpeningBalance(field, diagnostics);
                return null;
            case "34F" or "13" or "13D":
                IsInterim = true;
                if (field.Tag == "34F" && CurrencyCode.TryParse(field.FirstLine.Trim()[..Math.Min(3, field.FirstLine.Trim().Length)], out var floorCurrency))
                {
                    _currency = floorCurrency;
                }

                return null;
            default:
                // :62F:/:62M:/:64:/:65:/:90x: and the rest end the pending line's details.
                return Flush(diagnostics);
        }
    }

    /// <summary>Completes the pending statement line, if any.</summary>
    public ParsedTransaction? Flush(ParseDiagnostics diagnostics)
    {
        if (_pendingLine is not { } field)
        {
            return null;
        }

        var details = _pendingDetails.Count > 0 ? Mt940Details.Parse(_pendingDetails) : Mt940Details.Empty;
        _pendingLine = null;
        _pendingDetails.Clear();
        if (IsInterim)
        {
            InterimEntries++;
            return null;
        }

        if (!Mt940StatementLine.TryParse(field, _century, out var line, out var error))
        {
            diagnostics.Reject(field.Line, 5, error!);
            return null;
        }

        var valueDate = line!.ValueDate;
        var bookingDate = line.EntryDate ?? valueDate;
        if (bookingDate is null)
        {
            diagnostics.Reject(field.Line, 5, ":61: value date is not a calendar date and there is no entry date.");
            return null;
        }

        if (valueDate is null)
        {
            diagnostics.Notice(string.Create(CultureInfo.InvariantCulture, $"MT940 line {field.Line}: value date is not a calendar date; booked on its entry date."));
        }

        return new ParsedTransaction
        {
            Line = field.Line,
            Kind = line.SignedAmount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit,
            BookingDate = bookingDate.Value,
            ValueDate = valueDate,
            Amount = new Money(line.SignedAmount, _currency),
            Account = _account,
            Counterparty = details.Name,
            CounterpartyAccount = details.Iban,
            Description = details.Description ?? line.Supplementary ?? string.Empty,
            SourceCategory = details.Category ?? line.TypeCode,
            References = new TransactionReferences(BankId: line.BankReference, EndToEndId: details.EndToEndId),
        };
    }

    // ":60F:C160229EUR1200,00": the currency of the statement and the century of its two-digit years.
    private void ReadOpeningBalance(Mt940Field field, ParseDiagnostics diagnostics)
    {
        var text = field.FirstLine.Trim();
        if (text.Length < 10 || text[0] is not ('C' or 'D') || !CurrencyCode.TryParse(text[7..10], out var currency))
        {
            diagnostics.Reject(field.Line, 6, "Opening balance is not {C|D}YYMMDD + currency + amount.");
            return;
        }

        _currency = currency;
        if (int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            _century = year >= 70 ? 1900 : 2000;
        }
    }
}
