using System.Globalization;
using CsvHelper;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Rendering;

/// <summary>
/// The CSV rendering of a document's main table (RFC 4180 quoting by CsvHelper, invariant culture, UTF-8 with BOM so
/// spreadsheets read accents). CsvHelper's own injection escaping (<see cref="CsvInjection"/>) stays off: it looks at every
/// field, so it would also prefix negative numbers, and it ignores CR and LF; text cells go through <see cref="CsvTextCell"/> instead. Money columns carry the currency in the header, or in a column of their own
/// when a column mixes currencies; percent columns are written in percentage points.
/// </summary>
internal static class ReportCsvWriter
{
    /// <summary>How every CSV meant for a spreadsheet is written (reports, the review sheet).</summary>
    internal static readonly CsvWriterOptions SpreadsheetOptions = new()
    {
        Mode = CsvMode.Rfc4180,
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\r\n",
        WriteByteOrderMark = true,
    };

    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, SpreadsheetOptions, leaveOpen: true))
        {
            if (document.MainTable is { } table)
            {
                WriteTable(csv, table);
            }
        }

        return stream.ToArray();
    }

    private static void WriteTable(CsvWriter csv, ReportTable table)
    {
        var currencies = table.Columns.Select((c, i) => c.Kind == ColumnKind.Money ? Currencies(table, i) : []).ToArray();
        var mixedCurrency = currencies.Select(c => c.Count > 1).ToArray();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            CsvTextCell.Write(csv, Header(column, currencies[i]));
            if (mixedCurrency[i])
            {
                CsvTextCell.Write(csv, column.Title + " currency");
            }
        }

        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var value = row[i];
                var kind = table.Columns[i].Kind;
                if (value.HasNumber)
                {
                    var number = kind == ColumnKind.Percent ? value.Number * 100m : value.Number;
                    csv.WriteField(number.ToString(CultureInfo.InvariantCulture));
                }
                else if (value.Text is { } text)
                {
                    CsvTextCell.Write(csv, text);
                }
                else
                {
                    csv.WriteField(ReportValueFormatting.Raw(value));
                }

                if (mixedCurrency[i])
                {
                    CsvTextCell.Write(csv, value.Currency?.Value ?? string.Empty);
                }
            }

            csv.EndRecord();
        }
    }

    private static string Header(ReportColumn column, HashSet<string> currencies) => column.Kind switch
    {
        ColumnKind.Money when currencies.Count == 1 => $"{column.Title} ({currencies.First()})",
        ColumnKind.Percent => column.Title + " (%)",
        _ => column.Title,
    };

    private static HashSet<string> Currencies(ReportTable table, int index) =>
        table.Rows.Where(r => r[index].Currency is not null).Select(r => r[index].Currency!.Value.Value).ToHashSet(StringComparer.Ordinal);
}
