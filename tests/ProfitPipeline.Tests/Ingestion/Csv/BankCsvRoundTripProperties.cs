using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion.Csv;

/// <summary>
/// Random transactions written as CSV in a random dialect, sniffed and parsed back, equal the input; and the result
/// does not depend on the thread's culture.
/// </summary>
public sealed class BankCsvRoundTripProperties
{
    private static readonly string[] Words = ["Miete", "Gehalt", "Überweisung", "Café", "Rechnung", "REWE", "Straße", "Stadtwerke", "Payment", "Kühlschrank", "Facture", "Loyer"];

    private static readonly (string Date, string Text, string Amount, string Debit, string Credit)[] Headers =
    [
        ("Date", "Description", "Amount", "Money out", "Money in"),
        ("Buchungstag", "Verwendungszweck", "Betrag", "Soll", "Haben"),
        ("Datum", "Omschrijving", "Bedrag", "Debet", "Credit"),
        ("Date de l'opération", "Libellé", "Montant", "Débit", "Crédit"),
    ];

    private static readonly string[] DatePatterns = ["yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "yyyyMMdd", "d MMM yyyy", "dd-MM-yyyy", "MMM d, yyyy"];

    private static readonly Encoding[] Encodings =
    [
        new UTF8Encoding(false), new UTF8Encoding(true), CodePagesEncodingWindows1252(), new UnicodeEncoding(false, true), new UnicodeEncoding(false, false), new UnicodeEncoding(true, true),
    ];

    [Fact]
    public void WrittenInAnyDialect_ParsesBackToTheSameTransactions()
    {
        Prop.ForAll(Arb.From(CaseGen()), (Func<Case, bool>)RoundTrips).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ParseUnderGermanAndTurkishCultures_GivesIdenticalResults()
    {
        Prop.ForAll(Arb.From(CaseGen()), (Func<Case, bool>)(c =>
        {
            var invariant = ParseUnder(CultureInfo.InvariantCulture, c);
            return invariant.SequenceEqual(ParseUnder(CultureInfo.GetCultureInfo("de-DE"), c))
                && invariant.SequenceEqual(ParseUnder(CultureInfo.GetCultureInfo("tr-TR"), c));
        })).QuickCheckThrowOnFailure();
    }

    private static bool RoundTrips(Case c)
    {
        var parsed = Parse(c);
        var expected = c.Rows.Select(r => (r.Date, r.Cents / 100m, r.Text)).ToList();
        return parsed.SequenceEqual(expected);
    }

    private static List<(DateOnly Date, decimal Amount, string Text)> ParseUnder(CultureInfo culture, Case c)
    {
        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = culture;
            return Parse(c);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }

    private static List<(DateOnly Date, decimal Amount, string Text)> Parse(Case c)
    {
        var file = FileContent.FromBytes("prop.csv", c.Bytes());
        var (transactions, diagnostics) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), file);
        Assert.Empty(diagnostics.Rejections);
        Assert.All(transactions, t => Assert.Equal(t.Amount.Amount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit, t.Kind));
        return transactions.Select(t => (t.BookingDate, t.Amount.Amount, t.Description)).ToList();
    }

    private static Gen<Case> CaseGen() =>
        from delimiter in Gen.Elements(',', ';', '\t', '|')
        from encoding in Gen.Elements(Encodings)
        from decimalComma in Gen.Elements(true, false)
        from thousands in Gen.Elements("", ".", ",", "'", " ", "\u00A0")
        from pattern in Gen.Elements(DatePatterns)
        from header in Gen.Elements(-1, 0, 1, 2, 3)
        from split in Gen.Elements(true, false)
        from rows in Gen.ListOf(RowGen()).Select(r => r.ToList())
        from first in RowGen()
        from second in RowGen()
        let decimalSeparator = decimalComma ? ',' : '.'
        let groups = thousands == decimalSeparator.ToString() || thousands == delimiter.ToString() ? "" : thousands
        select new Case(delimiter, encoding, decimalSeparator, groups, pattern, header, split, Normalise([first, second, .. rows]));

    private static Gen<Row> RowGen() =>
        from days in Gen.Choose(0, 3000)
        from cents in Gen.Choose(1, 500_000_000)
        from negative in Gen.Elements(true, false)
        from words in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Gen.Elements(Words), n))
        select new Row(new DateOnly(2016, 1, 1).AddDays(days), negative ? -cents : cents, string.Join(' ', words));

    /// <summary>Makes the case decidable, as a real statement is: a day above 12 (day/month order) and money both ways.</summary>
    private static List<Row> Normalise(List<Row> rows)
    {
        var first = rows[0];
        rows[0] = first with { Date = new DateOnly(first.Date.Year, first.Date.Month, 13 + (first.Date.Day % 15)), Cents = Math.Abs(first.Cents) };
        rows[1] = rows[1] with { Cents = -Math.Abs(rows[1].Cents) };
        return rows;
    }

    private static Encoding CodePagesEncodingWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    internal sealed record Row(DateOnly Date, long Cents, string Text);

    internal sealed record Case(char Delimiter, Encoding Encoding, char DecimalSeparator, string Thousands, string DatePattern, int Header, bool Split, List<Row> Rows)
    {
        public byte[] Bytes()
        {
            var text = new StringBuilder();
            if (Header >= 0)
            {
                var names = Headers[Header];
                WriteLine(text, Split ? [names.Date, names.Text, names.Debit, names.Credit] : [names.Date, names.Text, names.Amount]);
            }

            foreach (var row in Rows)
            {
                var date = row.Date.ToString(DatePattern, CultureInfo.InvariantCulture);
                var amount = Format(Math.Abs(row.Cents));
                WriteLine(text, Split
                    ? [date, row.Text, row.Cents < 0 ? amount : string.Empty, row.Cents > 0 ? amount : string.Empty]
                    : [date, row.Text, (row.Cents < 0 ? "-" : string.Empty) + amount]);
            }

            var preamble = Encoding.GetPreamble();
            return [.. preamble, .. Encoding.GetBytes(text.ToString())];
        }

        public override string ToString() =>
            $"delimiter={(int)Delimiter} encoding={Encoding.WebName}/{Encoding.GetPreamble().Length} decimal={DecimalSeparator} thousands='{Thousands}' dates={DatePattern} header={Header} split={Split} rows={Rows.Count}";

        private string Format(long cents)
        {
            var whole = (cents / 100).ToString(CultureInfo.InvariantCulture);
            var grouped = new StringBuilder();
            for (var i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (whole.Length - i) % 3 == 0)
                {
                    grouped.Append(Thousands);
                }

                grouped.Append(whole[i]);
            }

            return string.Create(CultureInfo.InvariantCulture, $"{grouped}{DecimalSeparator}{cents % 100:00}");
        }

        private void WriteLine(StringBuilder text, string[] fields)
        {
            text.AppendJoin(Delimiter, fields.Select(f => f.Contains(Delimiter, StringComparison.Ordinal) || f.Contains('"', StringComparison.Ordinal) ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
            text.Append("\r\n");
        }
    }
}
