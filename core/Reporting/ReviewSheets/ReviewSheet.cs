using System.Globalization;
using CsvHelper;
using ProfitPipeline.Classification;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Csv;
using ProfitPipeline.Ledger;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.ReviewSheets;

/// <summary>
/// The review queue as a spreadsheet, for the finance person who would rather answer a hundred rows in Excel than one at a
/// time: <see cref="Write"/> lists the rows to answer (waiting, or tagged by nothing) with what was proposed (and the words the model read into it) and empty
/// answer columns; <see cref="Read"/> takes the
/// sheet back (whatever delimiter and encoding the spreadsheet saved it with) and turns each answered row into a
/// <see cref="ReviewCorrection"/>, reporting each cell it cannot read with its line and column. Rows left blank are skipped.
/// </summary>
public static class ReviewSheet
{
    /// <summary>What a customer or project cell says for "this row has none".</summary>
    public const string None = "none";

    private const string Id = "transaction_id";
    private const string Category = "category";
    private const string Customer = "customer";
    private const string Project = "project";
    private const string Remember = "remember";

    private static readonly string[] Header =
    [
        Id, "date", "kind", "amount", "currency", "counterparty", "description",
        "proposed_category", "category_confidence", "model_read", "proposed_customer", "proposed_project", "waiting", "why",
        Category, Customer, Project, Remember,
    ];

    /// <summary>UTF-8 with a BOM (so spreadsheets read accents), invariant culture, text cells guarded against formula injection.</summary>
    public static byte[] Write(IEnumerable<ReviewItem> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, ReportCsvWriter.SpreadsheetOptions, leaveOpen: true))
        {
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                var tags = row.Tags;
                csv.WriteField(row.TransactionId);
                csv.WriteField(row.BookingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(row.Kind);
                csv.WriteField(row.Amount.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.Currency);
                CsvTextCell.Write(csv, row.Counterparty ?? string.Empty);
                CsvTextCell.Write(csv, row.Description);
                CsvTextCell.Write(csv, Shown(tags.Category));
                csv.WriteField(tags.Category?.Confidence.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty);
                CsvTextCell.Write(csv, string.Join("; ", row.Because ?? []));
                CsvTextCell.Write(csv, Shown(tags.Customer));
                CsvTextCell.Write(csv, Shown(tags.Project));
                csv.WriteField(string.Join(' ', Waiting(tags)));
                CsvTextCell.Write(csv, new[] { tags.Category, tags.Customer, tags.Project }.OfType<Tag>().Where(t => !t.Accepted).Select(ModelTagDetail.WaitsBecause).FirstOrDefault(w => w is not null) ?? string.Empty);
                for (var answer = 0; answer < 4; answer++)
                {
                    csv.WriteField(string.Empty);
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The answers in a sheet. Needs a <c>transaction_id</c> column and at least one of <c>category</c>, <c>customer</c>,
    /// <c>project</c> (headers in any case); otherwise, or for an empty file, throws <see cref="InvalidDataException"/> saying
    /// so. A row whose id is missing, whose <c>remember</c> is not yes or no, or which answers a row answered above it is
    /// reported and left out; the rest are read.
    /// </summary>
    public static ReviewSheetAnswers Read(byte[] content, string file)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = TextDecoding.Decode(content);
        if (text.Trim().Length == 0)
        {
            throw new InvalidDataException($"{file}: the file is empty.");
        }

        using var csv = CsvReader.FromText(text, new CsvReaderOptions
        {
            Separator = HeaderDelimiter.OfFirstLine(text),
            IncludeValuesInExceptions = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
        });
        var headers = csv.Headers.ToArray();
        int Column(string name) => Array.FindIndex(headers, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        var (id, category, customer, project, remember) = (Column(Id), Column(Category), Column(Customer), Column(Project), Column(Remember));
        if (id < 0 || (category < 0 && customer < 0 && project < 0))
        {
            throw new InvalidDataException($"{file}: line 1: a review sheet needs a '{Id}' column and one or more of '{Category}', '{Customer}' and '{Project}' (this header has: {string.Join(", ", headers)}).");
        }

        var answers = new List<ReviewSheetAnswer>();
        var problems = new List<RowRejection>();
        var answeredOn = new Dictionary<string, int>(StringComparer.Ordinal);
        var unanswered = 0;
        while (csv.Read())
        {
            var line = checked((int)csv.LineNumber);
            string? Cell(int index) => index >= 0 && index < csv.FieldCount && csv.GetString(index).Trim() is { Length: > 0 } value ? value : null;
            RowRejection Problem(int index, string reason) => new(file, line, index + 1, reason);
            var answer = (Category: Cell(category), Customer: Cell(customer), Project: Cell(project), Remember: Cell(remember));
            if (answer is { Category: null, Customer: null, Project: null })
            {
                if (answer.Remember is not null && !IsNo(answer.Remember))
                {
                    problems.Add(Problem(remember, "remember is set but the row gives no category, customer or project to remember"));
                }
                else
                {
                    unanswered++;
                }

                continue;
            }

            if (Cell(id) is not { } transactionId)
            {
                problems.Add(Problem(id, "the row is answered but has no transaction id"));
            }
            else if (answer.Remember is { } flag && !IsYes(flag) && !IsNo(flag))
            {
                problems.Add(Problem(remember, $"'{flag}' is not yes or no"));
            }
            else if (answeredOn.TryGetValue(transactionId, out var earlier))
            {
                problems.Add(Problem(id, string.Create(CultureInfo.InvariantCulture, $"this row was answered on line {earlier} already; the first answer is kept")));
            }
            else
            {
                answeredOn[transactionId] = line;
                answers.Add(new ReviewSheetAnswer(line, new ReviewCorrection(
                    transactionId, answer.Category, NoneOr(answer.Customer), NoneOr(answer.Project), answer.Remember is { } yes && IsYes(yes))));
            }
        }

        return new ReviewSheetAnswers(file, answers, problems, unanswered);
    }

    private static string? NoneOr(string? value) => string.Equals(value, None, StringComparison.OrdinalIgnoreCase) ? string.Empty : value;

    private static bool IsYes(string value) => value.ToUpperInvariant() is "YES" or "Y" or "TRUE" or "1" or "X";

    private static bool IsNo(string value) => value.ToUpperInvariant() is "NO" or "N" or "FALSE" or "0";

    private static string Shown(Tag? tag) => tag is null ? string.Empty : tag.Value.Length == 0 ? None : tag.Value;

    private static IEnumerable<string> Waiting(TransactionTags tags)
    {
        if (tags.Category is null or { Accepted: false })
        {
            yield return Category;
        }

        if (tags.Customer is { Accepted: false })
        {
            yield return Customer;
        }

        if (tags.Project is { Accepted: false })
        {
            yield return Project;
        }
    }
}

/// <summary>A review sheet's answers, each with its line; the rows that could not be read; how many rows were left blank.</summary>
public sealed record ReviewSheetAnswers(string File, IReadOnlyList<ReviewSheetAnswer> Answers, IReadOnlyList<RowRejection> Problems, int Unanswered);

/// <summary>One answered row of a review sheet.</summary>
public sealed record ReviewSheetAnswer(int Line, ReviewCorrection Correction);
