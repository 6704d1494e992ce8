using System.Text;
using ProfitPipeline.Classification.Evaluation;

namespace ProfitPipeline.Tests.Classification.Evaluation;

public sealed class LabelledCsvReaderTests : IDisposable
{
    private static readonly LabelledCsvColumns Columns = new(["payee", "memo"], "category", "amount", "date");

    private readonly string _folder = Directory.CreateTempSubdirectory("profit-labelled-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void MonthFirstDates_ReadAsTheRestOfTheColumnSays()
    {
        var csv = Read("us.csv", "date,payee,memo,amount,category", "01/05/2017,Uber,,-12.5,Travel", "01/24/2017,Lyft,ride,-8,Travel");

        Assert.Equal([new DateOnly(2017, 1, 5), new DateOnly(2017, 1, 24)], csv.Rows.Select(r => r.Example.Date));
        Assert.Empty(csv.Problems);
    }

    [Fact]
    public void NoDayAbove12_ReadDayFirstAndSaidSo()
    {
        var csv = Read("dmy.csv", "date,payee,memo,amount,category", "03/04/2017,Uber,,-12.5,Travel", "05/06/2017,Lyft,,-8,Travel");

        Assert.Equal([new DateOnly(2017, 4, 3), new DateOnly(2017, 6, 5)], csv.Rows.Select(r => r.Example.Date));
        Assert.Equal(["dmy.csv: column 'date': no date has a day above 12, so day-first and month-first read alike; read as dd/MM/yyyy"], csv.Problems);
    }

    [Fact]
    public void AmountsWithSymbolsGroupsAndParentheses_Read()
    {
        var csv = Read("amounts.csv", "date,payee,memo,amount,category", "2017-01-05,A,,\"$1,234.56\",X", "2017-01-06,B,,(12.50),X", "2017-01-07,C,,USD 7,X", "2017-01-08,D,,-0.99,X");

        Assert.Equal([1234.56, -12.5, 7d, -0.99], csv.Rows.Select(r => r.Example.Amount));
        Assert.Empty(csv.Problems);
    }

    [Fact]
    public void SemicolonFileWithDecimalCommas_AmountsAndDotDatesRead()
    {
        var csv = Read("eu.csv", "date;payee;memo;amount;category", "24.01.2017;Bäckerei;Brötchen;-1.234,50;Food", "25.01.2017;Miete;;-850;Rent");

        Assert.Equal([-1234.5, -850d], csv.Rows.Select(r => r.Example.Amount));
        Assert.Equal([new DateOnly(2017, 1, 24), new DateOnly(2017, 1, 25)], csv.Rows.Select(r => r.Example.Date));
        Assert.Equal(["Bäckerei Brötchen", "Miete"], csv.Rows.Select(r => r.Example.Text));
    }

    [Fact]
    public void Windows1252File_TextDecodedNotReplaced()
    {
        var path = Path.Combine(_folder, "cp1252.csv");

        // é and ü are one byte each in Windows-1252 (as in Latin-1), and invalid as UTF-8.
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("date,payee,memo,amount,category\r\n2017-01-24,Café Müller,,-3.50,Food\r\n"));

        var csv = LabelledCsvReader.Read(path, Columns);

        Assert.Equal(["Café Müller"], csv.Rows.Select(r => r.Example.Text));
    }

    [Fact]
    public void BadValuesAndMissingLabels_RowsKeptOrCountedAndEachProblemPlaced()
    {
        var csv = Read("bad.csv", "date,payee,memo,amount,category", "2017-01-05,A,,ten,X", "2017-13-40,B,,5,Y", "2017-01-07,C,,5,");

        Assert.Equal(["X", "Y"], csv.Rows.Select(r => r.Label));
        Assert.Equal([null, 5d], csv.Rows.Select(r => r.Example.Amount));
        Assert.Equal([new DateOnly(2017, 1, 5), null], csv.Rows.Select(r => r.Example.Date));
        Assert.Equal(
            ["bad.csv: line 2, column 'amount': 'ten' is not an amount; the row is kept without one",
             "bad.csv: line 3, column 'date': '2017-13-40' is not a date (the column's dates are yyyy-MM-dd); the row is kept without one",
             "bad.csv: 1 row without a label was skipped"],
            csv.Warnings);
    }

    [Fact]
    public void RowsWithMoreOrFewerFieldsThanTheHeader_ReportedWithTheirLines()
    {
        var csv = Read("ragged.csv", "date,payee,memo,amount,category", "2017-01-05,A,,-1,X,stray", "2017-01-06,B,,-2,Y", "2017-01-07,C,,-3");

        Assert.Equal(["X", "Y"], csv.Rows.Select(r => r.Label));
        Assert.Equal(
            ["ragged.csv: line 2: 6 fields where the header has 5; missing fields read as empty, extra ones are ignored",
             "ragged.csv: line 4: 4 fields where the header has 5; missing fields read as empty, extra ones are ignored",
             "ragged.csv: 1 row without a label was skipped"],
            csv.Warnings);
    }

    [Fact]
    public void NoValueReadsAsADate_OneWarningForTheColumnAndEveryRowKept()
    {
        var csv = Read("nodates.csv", "date,payee,memo,amount,category", "soon,A,,-1,X", "later,B,,-2,Y", "never,C,,-3,Y");

        Assert.Equal(3, csv.Rows.Count);
        Assert.All(csv.Rows, r => Assert.Null(r.Example.Date));
        Assert.Equal(
            ["nodates.csv: column 'date': no value reads as a date (line 2: 'soon'; read are yyyy-MM-dd, dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, d MMM yyyy, MMM d, yyyy and the like); every row is kept without one"],
            csv.Warnings);
    }

    private LabelledCsv Read(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return LabelledCsvReader.Read(path, Columns);
    }
}
