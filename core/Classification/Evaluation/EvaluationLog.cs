using Microsoft.Extensions.Logging;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>The steps of <c>profit evaluate</c> after training, in counts only.</summary>
internal static partial class EvaluationLog
{
    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Scoring {Candidates} candidates on {Rows} test rows")]
    public static partial void Scoring(ILogger logger, int candidates, int rows);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Training the anchors on {Rows} rows beside the classifier (the linear SVM anchor is one SVM per label)")]
    public static partial void Anchors(ILogger logger, int rows);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Rolling origin {Fold} of {Folds}: training on {TrainRows} rows, testing on {TestRows}")]
    public static partial void RollingFold(ILogger logger, int fold, int folds, int trainRows, int testRows);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Counterparty fold {Fold} of {Folds}: training on {TrainRows} rows, testing on {TestRows} rows of {Counterparties} unseen counterparties")]
    public static partial void CounterpartyFold(ILogger logger, int fold, int folds, int trainRows, int testRows, int counterparties);
}
