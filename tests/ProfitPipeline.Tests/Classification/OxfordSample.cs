using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification;

/// <summary>2,500 Oxford City Council payments with accountant-assigned categories (Fixtures/Labelled, see its README).</summary>
internal static class OxfordSample
{
    /// <summary>Few iterations keep the tests to seconds; the benchmarks measure the default settings.</summary>
    public static ClassifierTrainingOptions FastOptions { get; } = new() { MaximumEntropyIterations = 10, LinearSvmIterations = 10, LightGbmIterations = 5 };

    public static List<LabelledExample> Rows() =>
        LabelledCsvReader.Read(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "Labelled", "oxford-spend-sample.csv"),
            new LabelledCsvColumns(["supplier", "area", "type"], "category", "amount", "date")).Rows;
}
