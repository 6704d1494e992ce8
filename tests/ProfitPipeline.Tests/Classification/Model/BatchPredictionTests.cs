using Microsoft.ML;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>
/// The batch path scores each distinct input once, in parallel chunks; on real Oxford rows (repeated suppliers, some rows
/// repeated exactly) it must give every row exactly what scoring that row on its own gives.
/// </summary>
public sealed class BatchPredictionTests
{
    [Fact]
    public void LinearModels_ScoredOutsideMlNet_MatchMlNetsOwnScores()
    {
        var (fitted, validation) = FitOnOxfordSample();
        var members = fitted.Models.Select(m => new CalibratedMember(m.Kind, m.Model, 0.5)).ToList();
        var classifier = fitted.Classifier(members);
        var features = validation.Select(e => FeatureRow.From(e.Example)).ToList();

        var ours = classifier.ModelProbabilities(features);
        var mlNet = members.Select(m => m.Probabilities(classifier.Featurize(features), fitted.Labels)).ToList();

        Assert.All(fitted.Models, m => Assert.NotNull(LinearScorer.For(m.Model)));
        for (var m = 0; m < members.Count; m++)
        {
            for (var i = 0; i < features.Count; i++)
            {
                Assert.Equal(Array.IndexOf(mlNet[m][i], mlNet[m][i].Max()), Array.IndexOf(ours[m][i], ours[m][i].Max()));
                Assert.All(ours[m][i].Zip(mlNet[m][i]), p => Assert.Equal(p.Second, p.First, 1e-5f));
            }
        }
    }

    [Fact]
    public void RepeatedInputsScoredOnceInParallel_SameAsEveryRowOnItsOwn()
    {
        var (fitted, validation) = FitOnOxfordSample();
        var svm = new CalibratedMember(ClassifierKind.LinearSvm, fitted.ModelOf(ClassifierKind.LinearSvm), 0.05);
        var maxEnt = new CalibratedMember(ClassifierKind.MaximumEntropy, fitted.ModelOf(ClassifierKind.MaximumEntropy), 0.8);
        var examples = validation.Concat(validation.Take(150)).Select(e => e.Example).ToList();
        TextClassifier[] classifiers =
        [
            fitted.Classifier([svm], [maxEnt], withHistory: true).WithAcceptance(new AcceptanceRule(0.5, null)),
            fitted.Classifier([svm, maxEnt], [], withHistory: true).WithAcceptance(new AcceptanceRule(0.5, null)),
        ];

        foreach (var classifier in classifiers)
        {
            var batch = classifier.Predict(examples);
            var oneByOne = examples.Select(e => classifier.Predict([e]).Single()).ToList();

            Assert.Equal(oneByOne, batch);
            Assert.Contains(batch, p => p.Accepted);
            Assert.Contains(batch, p => !p.Accepted);
        }
    }

    /// <summary>Both linear models, briefly trained on the earlier 80% of the Oxford sample; and the later 20%.</summary>
    private static (FittedModels Fitted, List<LabelledExample> Validation) FitOnOxfordSample()
    {
        var rows = OxfordSample.Rows();
        var (fit, validation) = HoldoutSplit.ForValidation(rows);
        var fitted = new CandidateFitter(new MLContext(7), new ClassifierTrainingOptions { MaximumEntropyIterations = 5, LinearSvmIterations = 5 })
            .Fit(fit, [ClassifierKind.MaximumEntropy, ClassifierKind.LinearSvm]);
        return (fitted, validation);
    }
}
