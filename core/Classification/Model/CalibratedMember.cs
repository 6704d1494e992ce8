using Microsoft.ML;

namespace ProfitPipeline.Classification.Model;

/// <summary>One trained model of a classifier with the temperature that calibrates its probabilities.</summary>
internal sealed record CalibratedMember(ClassifierKind Kind, ITransformer Model, double Temperature)
{
    /// <summary>Calibrated class probabilities per row, in <paramref name="labels"/> order.</summary>
    public List<float[]> Probabilities(IDataView features, IReadOnlyList<string> labels) =>
        [.. ScoreColumn.Probabilities(Model.Transform(features), labels, Kind).Select(p => TemperatureScaling.Apply(p, Temperature))];
}
