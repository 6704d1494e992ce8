using System.Text.Json.Serialization;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// How the picked classifier did on the unseen test rows, next to every candidate and both anchors. Coverage is the share of
/// test rows whose confidence clears the threshold set on the training file's validation split; precision is theirs.
/// </summary>
public sealed record EvaluationReport(
    int TrainRows,
    int TestRows,
    int Classes,
    ClassifierKind Picked,
    double TargetPrecision,
    double Threshold,
    ClassificationScores Test,
    IReadOnlyList<ModelEvaluation> Models,
    AnchorScores MajorityPerCounterparty,
    AnchorScores LinearSvm,
    double TrainingSeconds)
{
    public double Accuracy => Test.Accuracy;

    public double MacroF1 => Test.MacroF1;

    public double CoverageAt95 => Test.Coverage;

    public double PrecisionAt95 => Test.AcceptedPrecision;

    /// <summary>The picked kind, and for an ensemble its members.</summary>
    public string PickedName { get; init; } = string.Empty;

    /// <summary>Why <see cref="Picked"/> was picked among the candidates (the linear SVM, or a candidate ahead of it on validation beyond noise: <see cref="Model.CandidatePick"/>).</summary>
    public string PickedBecause { get; init; } = string.Empty;

    /// <summary>
    /// Why the picked model never auto-accepts, when it was validated and still does not (too few validation rows to show the
    /// target precision, or not precise enough on them); otherwise null (and left out of JSON).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NeverAcceptsBecause { get; init; }

    /// <summary>With <c>--rolling</c>: the pooled rolling-origin evaluation over both files' rows; otherwise null (and left out of JSON).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RollingOriginReport? Rolling { get; init; }

    /// <summary>With <c>--counterparty-folds</c>: the pooled counterparty folds over both files' rows; otherwise null (and left out of JSON).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CounterpartyFoldReport? CounterpartyFolds { get; init; }

    /// <summary>Per label on the test file: the picked classifier against the linear SVM anchor (<see cref="LabelComparison"/>).</summary>
    public IReadOnlyList<LabelComparison> Labels { get; init; } = [];

    /// <summary>The picked classifier's shown confidence against how often it was right, on the test file.</summary>
    public Reliability? Reliability { get; init; }

    /// <summary>What spot checks of the picked classifier's accepted test rows, taken in date order, would have done (<see cref="SpotCheckReplay"/>).</summary>
    public IReadOnlyList<SpotCheckReplay> SpotChecks { get; init; } = [];

    /// <summary>Values in the input files that did not parse (file, line, column, reason) and rows skipped for want of a label.</summary>
    public IReadOnlyList<string> InputWarnings { get; init; } = [];
}

/// <summary>One candidate model: its figures on the validation split (where it was picked) and on the test file.</summary>
public sealed record ModelEvaluation(ClassifierKind Kind, double Threshold, CandidateScores Validation, ClassificationScores Test)
{
    /// <summary>The kind, and for an ensemble its members: two ensembles can be compared.</summary>
    public string Name { get; init; } = Kind.ToString();
}

/// <summary>An anchor's accuracy and macro-F1 on the test file, and the picked classifier's macro-F1 gap to it with its 95% interval.</summary>
public sealed record AnchorScores(double Accuracy, double MacroF1, MacroF1Gap PickedGap)
{
    internal static AnchorScores Of(IReadOnlyList<string> truth, IReadOnlyList<string> anchor, IReadOnlyList<string> picked) =>
        new(ClassificationScores.AccuracyOf(truth, anchor), ClassificationScores.MacroF1Of(truth, anchor), PairedBootstrap.MacroF1Gap(truth, picked, anchor));
}
