using System.Globalization;
using CsvHelper;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Csv;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// Reads a labelled CSV with a header row: delimiter sniffed among comma, semicolon and tab; encoding detected as for bank
/// files (<see cref="TextDecoding"/>: BOM, UTF-16, UTF-8, else Windows-1252, as older council and bank exports are). Dates
/// and amounts are read the way bank CSVs are (<see cref="DateFormatVote"/>, <see cref="DecimalSeparatorVote"/>,
/// <see cref="AmountFormat"/>): the date format is the one that reads most of the column (so 03/04 is read as the other
/// dates of the file are), amounts take a decimal comma or dot, thousands separators, currency symbols or codes and
/// parentheses. Rows without a label are skipped and counted; an amount or date that does not parse is reported with its
/// line and column, and its row is kept without it; a row with more or fewer fields than the header is reported with its line.
/// </summary>
internal static class LabelledCsvReader
{
    public static LabelledCsv Read(string path, LabelledCsvColumns columns)
    {
        var file = Path.GetFileName(path);
        var content = TextDecoding.Decode(File.ReadAllBytes(path));
        if (content.Length == 0)
        {
            throw new InvalidDataException($"{file}: the file is empty.");
        }

        var delimiter = HeaderDelimiter.OfFirstLine(content);
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            IncludeValuesInExceptions = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
        };
        using var csv = CsvReader.FromText(content, options);
        int Column(string name) =>
            csv.TryGetFieldIndex(name, out var index)
                ? index
                : throw new InvalidDataException($"{file}: line 1: no column '{name}' in the header (it has: {string.Join(", ", csv.Headers.ToArray())}).");
        var text = columns.Text.Select(Column).ToArray();
        var label = Column(columns.Label);
        var amount = columns.Amount is null ? -1 : Column(columns.Amount);
        var date = columns.Date is null ? -1 : Column(columns.Date);

        var width = csv.Headers.ToArray().Length;
        var rows = new List<RawRow>();
        var problems = new List<string>();
        var unlabelled = 0;
        while (csv.Read())
        {
            if (csv.FieldCount != width)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: line {csv.LineNumber}: {csv.FieldCount} fields where the header has {width}; missing fields read as empty, extra ones are ignored"));
            }

            string Field(int index) => index >= 0 && index < csv.FieldCount ? csv.GetString(index).Trim() : string.Empty;
            var labelValue = Field(label);
            if (labelValue.Length == 0)
            {
                unlabelled++;
                continue;
            }

            rows.Add(new RawRow(csv.LineNumber, [.. text.Select(Field)], labelValue, Field(amount), Field(date)));
        }

        var dates = DateColumn(file, columns.Date, rows, problems);
        var amounts = AmountColumn(rows, delimiter);
        var examples = new List<LabelledExample>(rows.Count);
        foreach (var row in rows)
        {
            DateOnly? dateValue = dates is not null && dates.TryParse(row.Date, out var parsedDate) ? parsedDate : null;
            double? amountValue = amounts.TryParse(row.Amount, out var parsedAmount, out _) ? (double)parsedAmount : null;
            if (amountValue is null && row.Amount.Length > 0)
            {
                problems.Add(Problem(file, row.Line, columns.Amount, $"'{row.Amount}' is not an amount; the row is kept without one"));
            }

            if (dates is not null && dateValue is null && row.Date.Length > 0)
            {
                problems.Add(Problem(file, row.Line, columns.Date, $"'{row.Date}' is not a date (the column's dates are {dates.Pattern}); the row is kept without one"));
            }

            var example = new ClassificationExample(string.Join(' ', row.Texts.Where(t => t.Length > 0)), amountValue, Date: dateValue, Counterparty: row.Texts[0]);
            examples.Add(new LabelledExample(example, row.Label));
        }

        return new LabelledCsv(file, examples, problems, unlabelled);
    }

    /// <summary>
    /// The format that reads the most values; when day-first and month-first read all alike, day-first, and a warning says so.
    /// When no value reads as a date, one warning for the column rather than one per row.
    /// </summary>
    private static DateFormat? DateColumn(string file, string? column, List<RawRow> rows, List<string> problems)
    {
        var vote = new DateFormatVote();
        foreach (var row in rows)
        {
            vote.Observe(row.Date);
        }

        if (vote.Values > 0 && vote.BestCount == 0)
        {
            var first = rows.First(r => r.Date.Trim().Length > 0);
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: column '{column}': no value reads as a date (line {first.Line}: '{first.Date}'; read are yyyy-MM-dd, dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, d MMM yyyy, MMM d, yyyy and the like); every row is kept without one"));
            return null;
        }

        var format = vote.Winner ?? vote.Leaders.FirstOrDefault(f => f.Order == DateOrder.DayMonthYear);
        if (vote.IsAmbiguous && format is not null)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: column '{column}': no date has a day above 12, so day-first and month-first read alike; read as {format.Pattern}"));
        }

        return format;
    }

    private static AmountFormat AmountColumn(List<RawRow> rows, char delimiter)
    {
        var vote = new DecimalSeparatorVote();
        foreach (var row in rows)
        {
            vote.Observe(row.Amount);
        }

        // The currency is not a feature: what "$" stands for does not matter here.
        return new AmountFormat(vote.Decide(delimiter), CurrencyCode.Usd);
    }

    private static string Problem(string file, long line, string? column, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}: line {line}, column '{column}': {reason}");

    private sealed record RawRow(long Line, string[] Texts, string Label, string Amount, string Date);
}

/// <summary>The labelled rows of one CSV, the problems met on the way (file, line, column, reason) and how many rows had no label.</summary>
internal sealed record LabelledCsv(string File, List<LabelledExample> Rows, IReadOnlyList<string> Problems, int UnlabelledRows)
{
    /// <summary>Every problem, then the count of rows skipped for want of a label.</summary>
    public IEnumerable<string> Warnings =>
        UnlabelledRows == 0 ? Problems : Problems.Append(string.Create(CultureInfo.InvariantCulture, $"{File}: {UnlabelledRows} {(UnlabelledRows == 1 ? "row" : "rows")} without a label {(UnlabelledRows == 1 ? "was" : "were")} skipped"));
}
