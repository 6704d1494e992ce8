using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Csv;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Qif;

/// <summary>
/// Quicken Interchange Format bank, card and cash exports. A first pass over the file decides the date format (the
/// whole file, as for CSV: an undecidable day/month order is refused) and the decimal separator; the second streams records.
/// </summary>
internal sealed class QifParser : IFileParser
{
    private static readonly string[] BankTypes = ["bank", "ccard", "cash", "oth a", "oth l"];

    private readonly CurrencyCode _homeCurrency;

    public QifParser(IOptions<IngestionOptions> options) => _homeCurrency = CurrencyCode.Parse(options.Value.DefaultCurrency);

    public FileFormat Format => FileFormat.Qif;

    public int Detect(FileSample sample)
    {
        var text = sample.HeadText.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("!Type:", StringComparison.OrdinalIgnoreCase))
        {
            return IsBankType(text.AsSpan(6)) ? 90 : 40;
        }

        return text.StartsWith("!Account", StringComparison.OrdinalIgnoreCase) || text.StartsWith("!Option:", StringComparison.OrdinalIgnoreCase) ? 80 : 0;
    }

    public IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var (dateFormat, amountFormat) = DecideFormats(file, cancellationToken);
        IReadOnlyList<DateFormat> dateFormats = [dateFormat, .. DateFormat.AllowList.Where(f => f.Order == dateFormat.Order && f != dateFormat)];
        var builder = new QifTransactionBuilder(dateFormats, amountFormat, _homeCurrency, diagnostics);
        var bankSection = false;
        var inAccountBlock = false;
        var sawBankSection = false;
        string? account = null;
        foreach (var (number, line) in Lines(file, cancellationToken))
        {
            if (line.StartsWith('!'))
            {
                builder.Reset();
                inAccountBlock = line.StartsWith("!Account", StringComparison.OrdinalIgnoreCase);
                if (line.StartsWith("!Type:", StringComparison.OrdinalIgnoreCase))
                {
                    bankSection = IsBankType(line.AsSpan(6));
                    sawBankSection |= bankSection;
                }

                continue;
            }

            if (inAccountBlock)
            {
                account = line.StartsWith('N') ? line[1..].Trim() : account;
                inAccountBlock = !line.StartsWith('^');
                continue;
            }

            if (!bankSection || line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('^'))
            {
                if (builder.Complete(account) is { } transaction)
                {
                    yield return transaction;
                }

                continue;
            }

            builder.Add(number, line[0], line.AsSpan(1).Trim());
        }

        if (bankSection && builder.Complete(account) is { } last)
        {
            yield return last;
        }

        if (!sawBankSection)
        {
            throw new UnreadableFileException("The QIF file has no bank, card or cash section (!Type:Bank, !Type:CCard, !Type:Cash).");
        }

        if (builder.Completed == 0 && diagnostics.Rejections.Count == 0)
        {
            throw new UnreadableFileException("The QIF file has no transactions.");
        }
    }

    /// <summary>Normalises QIF's date quirks: 1/25'15 (apostrophe before 21st-century years) and space-padded parts.</summary>
    public static string NormalizeDate(ReadOnlySpan<char> value) =>
        value.Trim().ToString().Replace('\'', '/').Replace(" ", string.Empty, StringComparison.Ordinal);

    private static (DateFormat Date, AmountFormat Amount) DecideFormats(FileContent file, CancellationToken cancellationToken)
    {
        var dates = new DateFormatVote();
        var separators = new DecimalSeparatorVote();
        foreach (var (_, line) in Lines(file, cancellationToken))
        {
            if (line.StartsWith('D'))
            {
                dates.Observe(NormalizeDate(line.AsSpan(1)));
            }
            else if (line.Length > 1 && line[0] is 'T' or 'U' or '$')
            {
                separators.Observe(line.AsSpan(1).Trim());
            }
        }

        if (dates.IsAmbiguous)
        {
            throw new UnreadableFileException(
                "The day/month order of the dates is ambiguous: every date reads both day-first and month-first. A mapping profile with the date format is needed.");
        }

        if (dates.Winner is not { } format)
        {
            throw new UnreadableFileException("The QIF dates are in no allowed date format.");
        }

        return (format, new AmountFormat(separators.Decide(','), CurrencyCode.Usd));
    }

    private static IEnumerable<(int Number, string Line)> Lines(FileContent file, CancellationToken cancellationToken)
    {
        using var stream = file.OpenRead();
        using var reader = TextDecoding.OpenReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if ((number & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return (number, line.TrimEnd());
        }
    }

    private static bool IsBankType(ReadOnlySpan<char> type)
    {
        var trimmed = type.Trim();
        foreach (var bank in BankTypes)
        {
            if (trimmed.StartsWith(bank, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
