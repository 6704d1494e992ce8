using System.Globalization;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion;

/// <summary>
/// A deliberately tiny format for testing the import pipeline apart from the real parsers: a first line "#lines", then
/// "yyyy-MM-dd|amount|text[|bankId]" per row. Rows that do not fit are rejected with line and column.
/// </summary>
internal sealed class LineFormatParser : IFileParser
{
    public const string Header = "#lines";

    public FileFormat Format => FileFormat.BankCsv;

    public int Detect(FileSample sample) => sample.HeadText.StartsWith(Header, StringComparison.Ordinal) ? 100 : 0;

    public IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenRead());
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('|');
            if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                diagnostics.Reject(lineNumber, 1, "not a date in yyyy-MM-dd");
                continue;
            }

            if (fields.Length < 3 || !decimal.TryParse(fields[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                diagnostics.Reject(lineNumber, 2, "not an amount");
                continue;
            }

            yield return new ParsedTransaction
            {
                Line = lineNumber,
                Kind = amount >= 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit,
                BookingDate = date,
                Amount = new Money(amount, CurrencyCode.Eur),
                Description = fields[2],
                References = fields.Length > 3 ? new TransactionReferences(BankId: fields[3]) : TransactionReferences.None,
            };
        }
    }

    public static FileContent File(string name, params string[] rows) =>
        FileContent.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows]) + "\n"));
}
