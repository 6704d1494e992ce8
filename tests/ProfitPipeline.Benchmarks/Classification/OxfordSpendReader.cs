using System.Globalization;
using CsvHelper;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// Reads Oxford City Council's "expenditure over £500" quarters despite their header drift. Text = supplier name, service area
/// and capital/revenue type; label = expenditure category. The expenditure code is left out: it encodes the label.
/// Supplier ids before 2016 embed the transaction number, so the supplier name is the counterparty.
/// </summary>
internal static class OxfordSpendReader
{
    public static List<LabelledExample> ReadFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).SelectMany(Read)];

    private static IEnumerable<LabelledExample> Read(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { IncludeValuesInExceptions = false, TrimWhitespace = true });
        int Find(params string[] names) => names.Select(n => csv.TryGetFieldIndex(n, out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1);
        var category = Find("Expenditure Category", "Expenditure Catergory", "expenditure_category", "Expenditure Unit");
        if (category < 0)
        {
            yield break;
        }

        var area = Find("Organisational Unit", "Organisatonal Unit", "organisational_unit", "Service Area");
        var supplier = Find("Supplier Name", "supplier_name");
        var type = Find("Type", "caporrev", "Capital or Revenue", "Type of Expenditure");
        var amount = Find("Amount", "amount");
        var date = Find("Paid Date", "paid_date");
        while (csv.Read())
        {
            var label = csv.GetString(category).Trim();
            if (label.Length == 0
                || !DateOnly.TryParseExact(csv.GetString(date).Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var paid))
            {
                continue;
            }

            var name = csv.GetString(supplier).Trim();
            var text = string.Join(' ', name, area >= 0 ? csv.GetString(area) : string.Empty, type >= 0 ? csv.GetString(type) : string.Empty);
            double? value = double.TryParse(csv.GetString(amount), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            yield return new LabelledExample(new ClassificationExample(text, value, "BankDebit", paid, name), label);
        }
    }
}
