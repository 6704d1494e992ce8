using System.Globalization;
using System.Text;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Reporting.ReviewSheets;

namespace ProfitPipeline.Tests.Reporting.ReviewSheets;

/// <summary>The review queue as a spreadsheet: written for people to answer in, read back with every problem placed.</summary>
public sealed class ReviewSheetTests
{
    private const string Waits = "waits";

    [Fact]
    public void AnyRowsAnsweredInASpreadsheetAndSavedWithAnyDelimiter_ReadBackAsTheAnswersGiven()
    {
        var text = Gen.Elements("Café", "Uber", "a,b", "x;y", "say \"hi\"", "=SUM(A1)", "-12", "@home", "two\nlines", "tab\there", " padded ", "");
        var answer = Gen.Elements<string?>(null, "travel", "Meals & drinks", "a;b,c");
        var customer = Gen.Elements<string?>(null, "acme", "none", "ACME \"UK\"");
        var rows = from description in text
                   from counterparty in text
                   from category in answer
                   from who in customer
                   from remember in Gen.Elements<string?>(null, "yes", "no")
                   select (Description: description, Counterparty: counterparty, Category: category, Customer: who, Remember: category is null && who is null ? null : remember);
        var sheets = from list in Gen.ListOf(rows)
                     from delimiter in Gen.Elements(',', ';', '\t')
                     select (Rows: list.ToList(), Delimiter: delimiter);

        Prop.ForAll(sheets.ToArbitrary(), sheet =>
        {
            var items = sheet.Rows.Select((r, i) => Item(i, r.Counterparty, r.Description)).ToList();
            var answered = Answer(ReviewSheet.Write(items), sheet.Delimiter, sheet.Rows.Select(r => new[] { r.Category, r.Customer, null, r.Remember }).ToList());

            var read = ReviewSheet.Read(answered, "sheet.csv");

            // A record starts on the line after the previous one ends: a text with a line break takes two.
            var lines = sheet.Rows.Select(r => 1 + (r.Counterparty + r.Description).Count(c => c == '\n')).ToList();
            var expected = sheet.Rows
                .Select((r, i) => (Row: r, Id: items[i].TransactionId, Line: 2 + lines.Take(i).Sum()))
                .Where(x => x.Row.Category is not null || x.Row.Customer is not null)
                .Select(x => new ReviewSheetAnswer(x.Line, new ReviewCorrection(x.Id, x.Row.Category, x.Row.Customer == "none" ? string.Empty : x.Row.Customer, null, x.Row.Remember == "yes")));
            return read.Problems.Count == 0
                && read.Answers.SequenceEqual(expected)
                && read.Unanswered == sheet.Rows.Count(r => r.Category is null && r.Customer is null);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void SheetAsWritten_ProposalsAndWhyShownAndFormulaTextDefused()
    {
        var item = Item(0, "=HYPERLINK(\"x\")", "ride") with
        {
            Tags = new TransactionTags(new Tag("travel", TagSource.Model, 0.62m, "model") { Accepted = false }, new Tag(string.Empty, TagSource.Match, 1m) { Accepted = true }),
            Because = ["taxi", "ride"],
        };

        var lines = Encoding.UTF8.GetString(ReviewSheet.Write([item])).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("transaction_id,date,kind,amount,currency,counterparty,description,proposed_category,category_confidence,model_read,proposed_customer,proposed_project,waiting,why,category,customer,project,remember", lines[0]);
        Assert.Equal("t0,2026-03-01,BankDebit,-12.5,EUR,\"'=HYPERLINK(\"\"x\"\")\",ride,travel,0.62,taxi; ride,none,,category,,,,,", lines[1]);
    }

    [Fact]
    public void SemicolonWindows1252SheetWithProblems_ValidRowsReadAndEachProblemPlaced()
    {
        var sheet = "TRANSACTION_ID;Description;Category;Customer;Remember\r\n"
            + "t1;Café;meals;;\r\n"
            + "t2;Rent;;none;yes\r\n"
            + "t3;Fonts;software;;maybe\r\n"
            + "t1;Café again;travel;;\r\n"
            + ";no id;travel;;\r\n"
            + "t4;left blank;;;\r\n"
            + "t5;remember only;;;yes\r\n";

        var read = ReviewSheet.Read(Encoding.Latin1.GetBytes(sheet), "answers.csv");

        Assert.Equal(
            [
                new ReviewSheetAnswer(2, new ReviewCorrection("t1", "meals")),
                new ReviewSheetAnswer(3, new ReviewCorrection("t2", null, string.Empty, null, Remember: true)),
            ],
            read.Answers);
        Assert.Equal(
            [
                "answers.csv:4:5: 'maybe' is not yes or no",
                "answers.csv:5:1: this row was answered on line 2 already; the first answer is kept",
                "answers.csv:6:1: the row is answered but has no transaction id",
                "answers.csv:8:5: remember is set but the row gives no category, customer or project to remember",
            ],
            read.Problems.Select(p => p.ToString()));
        Assert.Equal(1, read.Unanswered);
    }

    [Theory]
    [InlineData("", "answers.csv: the file is empty.")]
    [InlineData("id,category\nt1,travel\n", "answers.csv: line 1: a review sheet needs a 'transaction_id' column and one or more of 'category', 'customer' and 'project' (this header has: id, category).")]
    [InlineData("transaction_id,notes\nt1,travel\n", "answers.csv: line 1: a review sheet needs a 'transaction_id' column and one or more of 'category', 'customer' and 'project' (this header has: transaction_id, notes).")]
    public void NotAReviewSheet_SaysWhatItLacks(string content, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => ReviewSheet.Read(Encoding.UTF8.GetBytes(content), "answers.csv"));
        Assert.Equal(message, error.Message);
    }

    private static ReviewItem Item(int index, string counterparty, string description) =>
        new("t" + index.ToString(CultureInfo.InvariantCulture), new DateOnly(2026, 3, 1), "BankDebit", -12.5m, "EUR", counterparty, description,
            new TransactionTags(new Tag("software", TagSource.Model, 0.4m, Waits)));

    /// <summary>What a spreadsheet does: opens the sheet, fills the answer columns (the last four), saves it with its own delimiter.</summary>
    private static byte[] Answer(byte[] sheet, char delimiter, List<string?[]> answers)
    {
        using var reader = CsvReader.FromText(Encoding.UTF8.GetString(sheet).TrimStart('\uFEFF'), new CsvReaderOptions { HasHeader = false });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, new CsvWriterOptions { Separator = delimiter, Injection = CsvInjection.None, NewLine = "\r\n" }, leaveOpen: true))
        {
            for (var i = 0; i < records.Count; i++)
            {
                var fields = records[i];
                if (i > 0)
                {
                    answers[i - 1].Select(a => a ?? string.Empty).ToArray().CopyTo(fields, fields.Length - 4);
                }

                foreach (var field in fields)
                {
                    writer.WriteField(field);
                }

                writer.EndRecord();
            }
        }

        return stream.ToArray();
    }
}
