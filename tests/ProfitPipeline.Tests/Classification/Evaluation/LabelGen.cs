using FsCheck;
using FsCheck.Fluent;

namespace ProfitPipeline.Tests.Classification.Evaluation;

/// <summary>Lists of labels from a small chart, so that generated predictions hit and miss often.</summary>
internal static class LabelGen
{
    public static readonly string[] Labels = ["rent", "software", "travel", "meals", "payroll"];

    public static Gen<List<string>> List(int count) => Gen.ListOf(Gen.Elements(Labels), count).Select(l => l.ToList());

    /// <summary>Truth and two models' predictions over the same rows.</summary>
    public static Arbitrary<(List<string> Truth, List<string> Ours, List<string> Other)> Triples(int minimumRows, int maximumRows) =>
        (from n in Gen.Choose(minimumRows, maximumRows)
         from truth in List(n)
         from ours in List(n)
         from other in List(n)
         select (truth, ours, other)).ToArbitrary();
}
