using System.Globalization;
using CsvHelper;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// Writes the shared labelled sets as the CSV files <c>profit evaluate</c> reads, so that every <c>profit evaluate</c> figure in
/// docs/benchmarks.md can be rerun: <c>dotnet run -c Release --project tests/ProfitPipeline.Benchmarks -- splits DIR</c>.
/// Columns: <c>counterparty</c>, <c>rest</c> (the row's other text), <c>label</c>, <c>amount</c>, <c>date</c>; for each set a
/// split by date (<c>-time-</c>: Hack Club's latest 20%, Oxford's latest 25%) and one by counterparty hash (<c>-payee-</c>, 20%).
/// </summary>
internal static class LabelledSplits
{
    public const string Command = "splits";

    public static int Write(string folder)
    {
        var data = SharedData.Folder("labelled");
        Directory.CreateDirectory(folder);
        var sets = new (string Name, List<LabelledExample> Rows, double TimeHoldout)[]
        {
            ("hackclub", LedgerCliReader.Read(Path.Combine(data, "hackclub-ledger", "main.ledger")), 0.2),
            ("oxford", OxfordSpendReader.ReadFolder(Path.Combine(data, "oxford-spend", "data")), 0.25),
        };
        foreach (var (name, rows, timeHoldout) in sets)
        {
            WritePair(folder, $"{name}-time", HoldoutSplit.ByTime(rows, e => e.Example.Date, timeHoldout));
            WritePair(folder, $"{name}-payee", HoldoutSplit.ByGroup(rows, e => e.Counterparty, 0.2));
        }

        return 0;
    }

    private static void WritePair(string folder, string name, (List<LabelledExample> Train, List<LabelledExample> Test) split)
    {
        WriteFile(Path.Combine(folder, name + "-train.csv"), split.Train);
        WriteFile(Path.Combine(folder, name + "-test.csv"), split.Test);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {split.Train.Count} training rows, {split.Test.Count} test rows"));
    }

    private static void WriteFile(string path, IEnumerable<LabelledExample> rows)
    {
        using var file = File.Create(path);
        using var csv = CsvWriter.Create(file, new CsvWriterOptions(), leaveOpen: false);
        foreach (var header in new[] { "counterparty", "rest", "label", "amount", "date" })
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var row in rows)
        {
            var example = row.Example;
            var counterparty = example.Counterparty ?? string.Empty;

            // Both readers join the counterparty and the rest with a space, the counterparty first.
            var rest = example.Text.StartsWith(counterparty, StringComparison.Ordinal) ? example.Text[counterparty.Length..].Trim() : example.Text;
            csv.WriteField(counterparty);
            csv.WriteField(rest);
            csv.WriteField(row.Label);
            csv.WriteField(example.Amount?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(example.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
            csv.EndRecord();
        }
    }
}
