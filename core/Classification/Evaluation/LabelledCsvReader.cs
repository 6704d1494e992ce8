using System.Globalization;
using System.Text;
using CsvHelper;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// Reads a labelled CSV with a header row: delimiter sniffed among comma, semicolon and tab; UTF-8 with or without BOM;
/// amounts invariant ("1234.56") or comma-decimal ("1.234,56"). Rows without a label are skipped and counted; an amount or
/// date that does not parse is reported with its line and column, and its row is kept without it.
/// </summary>
internal static class LabelledCsvReader
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm:ss", "yyyyMMdd"];

    private static readonly CultureInfo CommaDecimal = CultureInfo.GetCultureInfo("de-DE");

    public static LabelledCsv Read(string path, LabelledCsvColumns columns)
    {
        var file = Path.GetFileName(path);
        var options = new CsvReaderOptions
        {
            Separator = SniffDelimiter(FirstLine(path)),
            IncludeValuesInExceptions = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
        };
        using var csv = CsvReader.FromFile(path, options);
        int Column(string name) =>
            csv.TryGetFieldIndex(name, out var index)
                ? index
                : throw new InvalidDataException($"{file}: line 1: no column '{name}' in the header (it has: {string.Join(", ", csv.Headers.ToArray())}).");
        var text = columns.Text.Select(Column).ToArray();
        var label = Column(columns.Label);
        var amount = columns.Amount is null ? -1 : Column(columns.Amount);
        var date = columns.Date is null ? -1 : Column(columns.Date);

        var examples = new List<LabelledExample>();
        var problems = new List<string>();
        var unlabelled = 0;
        while (csv.Read())
        {
            string Field(int index) => index >= 0 && index < csv.FieldCount ? csv.GetString(index).Trim() : string.Empty;
            var labelValue = Field(label);
            if (labelValue.Length == 0)
            {
                unlabelled++;
                continue;
            }

            var texts = text.Select(Field).ToArray();
            var (amountText, dateText) = (Field(amount), Field(date));
            var amountValue = ParseAmount(amountText);
            var dateValue = ParseDate(dateText);
            if (amountValue is null && amountText.Length > 0)
            {
                problems.Add(Problem(file, csv.LineNumber, columns.Amount, $"'{amountText}' is not an amount; the row is kept without one"));
            }

            if (dateValue is null && dateText.Length > 0)
            {
                problems.Add(Problem(file, csv.LineNumber, columns.Date, $"'{dateText}' is not a date (yyyy-MM-dd, dd/MM/yyyy, dd.MM.yyyy ...); the row is kept without one"));
            }

            var example = new ClassificationExample(string.Join(' ', texts.Where(t => t.Length > 0)), amountValue, Date: dateValue);
            examples.Add(new LabelledExample(example, labelValue, texts[0]));
        }

        return new LabelledCsv(file, examples, problems, unlabelled);
    }

    private static string Problem(string file, long line, string? column, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}: line {line}, column '{column}': {reason}");

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadLine() ?? throw new InvalidDataException($"{Path.GetFileName(path)}: the file is empty.");
    }

    internal static char SniffDelimiter(string header)
    {
        char[] candidates = [',', ';', '\t'];
        return candidates.MaxBy(c => header.Count(h => h == c));
    }

    internal static double? ParseAmount(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var cleaned = value.Replace(" ", string.Empty, StringComparison.Ordinal);
        var lastComma = cleaned.LastIndexOf(',');
        var commaDecimal = lastComma >= 0 && lastComma > cleaned.LastIndexOf('.') && cleaned.Length - lastComma - 1 is 1 or 2;
        var culture = commaDecimal ? CommaDecimal : CultureInfo.InvariantCulture;
        return decimal.TryParse(cleaned, NumberStyles.Number | NumberStyles.AllowCurrencySymbol, culture, out var amount) ? (double)amount : null;
    }

    internal static DateOnly? ParseDate(string value) =>
        DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? DateOnly.FromDateTime(date)
            : null;
}

/// <summary>The labelled rows of one CSV, the problems met on the way (file, line, column, reason) and how many rows had no label.</summary>
internal sealed record LabelledCsv(string File, List<LabelledExample> Rows, IReadOnlyList<string> Problems, int UnlabelledRows)
{
    /// <summary>Every problem, then the count of rows skipped for want of a label.</summary>
    public IEnumerable<string> Warnings =>
        UnlabelledRows == 0 ? Problems : Problems.Append(string.Create(CultureInfo.InvariantCulture, $"{File}: {UnlabelledRows} rows without a label were skipped"));
}
