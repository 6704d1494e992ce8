using System.Globalization;
using Microsoft.ML;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>
/// A model saved by an earlier build (Fixtures/Models, see its README) is read the way it was trained to read rows: models stay
/// in blob storage across releases, and a change to the manifest or the features must not change what they predict.
/// </summary>
public sealed class SavedModelCompatibilityTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Models");

    [Fact]
    public void ModelSavedByAnEarlierBuild_PredictsWhatThatBuildPredicted()
    {
        using var file = File.OpenRead(Path.Combine(Folder, "linear-svm-b9897e7.zip"));
        var classifier = TextClassifier.Load(new MLContext(1), file);
        var expected = ExpectedRows();

        var predictions = classifier.Predict([.. expected.Select(r => r.Example)]);

        Assert.Equal(40, expected.Count);
        Assert.Equal(expected.Select(r => r.Prediction.Label), predictions.Select(p => p.Label));
        Assert.Equal(expected.Select(r => r.Prediction.Accepted), predictions.Select(p => p.Accepted));
        Assert.All(expected.Zip(predictions), pair => Assert.Equal(pair.First.Prediction.Confidence, pair.Second.Confidence, 1e-5));
    }

    [Fact]
    public void ModelSavedByAnEarlierBuild_SharedTextScoringMatchesMlNetsOwn()
    {
        using var file = File.OpenRead(Path.Combine(Folder, "linear-svm-b9897e7.zip"));
        var classifier = TextClassifier.Load(new MLContext(1), file);
        var rows = ExpectedRows().Select(r => FeatureRow.From(r.Example)).ToList();

        var ours = classifier.ModelProbabilities(rows);
        var mlNet = classifier.Members[0].Probabilities(classifier.Featurize(rows), classifier.Labels);

        Assert.All(Enumerable.Range(0, rows.Count), i => Assert.All(ours[0][i].Zip(mlNet[i]), p => Assert.Equal(p.Second, p.First, 1e-5f)));
    }

    private static List<(ClassificationExample Example, ClassPrediction Prediction)> ExpectedRows() =>
        [.. File.ReadLines(Path.Combine(Folder, "linear-svm-b9897e7.tsv")).Skip(1).Select(line =>
        {
            var f = line.Split('\t');
            var example = new ClassificationExample(
                f[0],
                f[1].Length == 0 ? null : double.Parse(f[1], CultureInfo.InvariantCulture),
                f[3].Length == 0 ? null : f[3],
                f[2].Length == 0 ? null : DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                f[4].Length == 0 ? null : f[4]);
            return (example, new ClassPrediction(f[5], double.Parse(f[6], CultureInfo.InvariantCulture), bool.Parse(f[7])));
        })];
}
