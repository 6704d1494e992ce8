using Microsoft.ML;

namespace ProfitPipeline.Classification.Model;

/// <summary>One trained model of a classifier with the temperature that calibrates its probabilities.</summary>
internal sealed record CalibratedMember(ClassifierKind Kind, ITransformer Model, double Temperature);
