using Microsoft.Extensions.Logging;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// What a training run is doing, for runs that take minutes (hundreds of labels, tens of thousands of rows). Counts, model
/// kinds and seconds only: never a text or a label.
/// </summary>
internal static partial class TrainingLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Comparing candidates on {Rows} of {TrainRows} training rows ({Labels} labels); validating on {ValidationRows} rows")]
    public static partial void Comparing(ILogger logger, int rows, int trainRows, int labels, int validationRows);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Fitted {Kind} on {Rows} rows in {Seconds:0.0} s")]
    public static partial void Fitted(ILogger logger, ClassifierKind kind, int rows, double seconds);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Picked {Name}: {Reason}")]
    public static partial void Picked(ILogger logger, string name, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Refitting on all {Rows} rows after the threshold's fit, not beside it: beside it would take about {NeededMegabytes} MB, and {SpareMegabytes} MB are to spare")]
    public static partial void RefitAfter(ILogger logger, int rows, long neededMegabytes, long spareMegabytes);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "No rows can be held out for validation: training on all {Rows} rows, never auto-accepting")]
    public static partial void Unvalidated(ILogger logger, int rows);
}
