using System.Globalization;
using System.Text;
using CsvHelper;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// Reads a labelled CSV with a header row: delimiter sniffed among comma, semicolon and tab; UTF-8 with or without BOM;
/// amounts invariant ("1234.56") or comma-decimal ("1.234,56"). Rows without a label are skipped.
/// </summary>
internal static class LabelledCsvReader
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm:ss", "yyyyMMdd"];

    private static readonly CultureInfo CommaDecimal = CultureInfo.GetCultureInfo("de-DE");

    public static List<LabelledExample> Read(string path, LabelledCsvColumns columns)
    {
        var options = new CsvReaderOptions
        {
            Separator = SniffDelimiter(FirstLine(path)),
            IncludeValuesInExceptions = false,
            TrimWhitespace = true,
        };
        using var csv = CsvReader.FromFile(path, options);
        int Column(string name) =>
            csv.TryGetFieldIndex(name, out var index) ? index : throw new InvalidDataException($"The CSV file has no column '{name}'.");
        var text = columns.Text.Select(Column).ToArray();
        var label = Column(columns.Label);
        var amount = columns.Amount is null ? -1 : Column(columns.Amount);
        var date = columns.Date is null ? -1 : Column(columns.Date);

        var examples = new List<LabelledExample>();
        while (csv.Read())
        {
            string Field(int index) => index >= 0 ? csv.GetString(index).Trim() : string.Empty;
            var labelValue = Field(label);
            if (labelValue.Length == 0)
            {
                continue;
            }

            var texts = text.Select(Field).ToArray();
            var example = new ClassificationExample(
                string.Join(' ', texts.Where(t => t.Length > 0)),
                ParseAmount(Field(amount)),
                Date: ParseDate(Field(date)));
            examples.Add(new LabelledExample(example, labelValue, texts[0]));
        }

        return examples;
    }

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadLine() ?? throw new InvalidDataException("The CSV file is empty.");
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
