using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace ProfitPipeline.Classification.Model;

/// <summary>The ML.NET trainer behind each single candidate kind, with the iteration caps of the options.</summary>
internal static class CandidateEstimators
{
    public static IEnumerable<ClassifierKind> Singles(ClassifierTrainingOptions options) =>
        options.IncludeLightGbm
            ? [ClassifierKind.MaximumEntropy, ClassifierKind.LinearSvm, ClassifierKind.LightGbm]
            : [ClassifierKind.MaximumEntropy, ClassifierKind.LinearSvm];

    public static IEstimator<ITransformer> For(ClassifierKind kind, MLContext ml, ClassifierTrainingOptions options) => kind switch
    {
        ClassifierKind.MaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = TextFeaturizer.Label,
            FeatureColumnName = TextFeaturizer.Features,
            MaximumNumberOfIterations = options.MaximumEntropyIterations,
            NumberOfThreads = options.Threads,
        }),
        ClassifierKind.LinearSvm => ml.MulticlassClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedMulticlassTrainer.Options
        {
            LabelColumnName = TextFeaturizer.Label,
            FeatureColumnName = TextFeaturizer.Features,
            Loss = new HingeLoss(),
            MaximumNumberOfIterations = options.LinearSvmIterations,
            NumberOfThreads = options.Threads,
        }),
        ClassifierKind.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = TextFeaturizer.Label,

            // Trees choke on hundreds of thousands of sparse n-gram columns: LightGBM reads the compact hashed vector.
            FeatureColumnName = TextFeaturizer.CompactFeatures,
            NumberOfIterations = options.LightGbmIterations,
            NumberOfLeaves = options.LightGbmLeaves,
            MinimumExampleCountPerLeaf = 5,
            LearningRate = 0.2,
            UseSoftmax = true,
            NumberOfThreads = options.Threads,
            Seed = options.Seed,
            Silent = true,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a single model."),
    };
}
