using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace ProfitPipeline.Classification.Model;

/// <summary>The ML.NET trainer behind each single candidate kind, with the iteration caps of the options.</summary>
internal static class CandidateEstimators
{
    /// <summary>
    /// SDCA's L1 soft threshold (L1 relative to L2). Left to itself SDCA sets it to 1 once there are more than 10,000 features
    /// (always, with n-grams), and that zeroes the small weights of labels with few rows, so they are never predicted: on the
    /// Oxford time split 90 of the 186 test labels were never predicted (the one-SVM-per-label anchor misses 75). At 0.1
    /// macro-F1 there rose from 0.346 to 0.377; with no threshold at all to 0.386, but the dense weights memorise names and
    /// Hack Club's unseen payees fell from 0.44 to 0.30 accuracy.
    /// </summary>
    private const float L1Threshold = 0.1f;

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
            L1Regularization = L1Threshold,
        }),
        ClassifierKind.LinearSvm => ml.MulticlassClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedMulticlassTrainer.Options
        {
            LabelColumnName = TextFeaturizer.Label,
            FeatureColumnName = TextFeaturizer.Features,
            Loss = new HingeLoss(),
            MaximumNumberOfIterations = options.LinearSvmIterations,
            NumberOfThreads = options.Threads,
            L1Regularization = L1Threshold,
        }),
        ClassifierKind.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = TextFeaturizer.Label,

            // Trees choke on hundreds of thousands of sparse n-gram columns: LightGBM reads the compact hashed vector.
            FeatureColumnName = TextFeaturizer.CompactFeatures,
            NumberOfIterations = options.LightGbmIterations,
            NumberOfLeaves = options.LightGbmLeaves,

            // With hundreds of softmax classes a rate of 0.2 and leaves of 5 rows diverged: on 8,000 Oxford rows (about 200
            // labels) test accuracy fell to 0.03, below guessing the most frequent label. At 0.1 and 10 rows it is 0.47 there,
            // and on the Hack Club splits it is the strongest single model by counterparty (macro-F1 0.27 against 0.23).
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            UseSoftmax = true,
            NumberOfThreads = options.Threads,
            Seed = options.Seed,
            Silent = true,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a single model."),
    };
}
