using Microsoft.Extensions.Logging;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>A retrain over hundreds of labels runs for minutes; a host shutting down stops it before its next fit.</summary>
public sealed class TrainingCancellationTests
{
    [Fact]
    public void CancelledDuringTheFirstFit_NoOtherFitStartsAndTheCallersTokenSurfaces()
    {
        var (fit, validation) = HoldoutSplit.ForValidation(OxfordSample.Rows());
        using var cancel = new CancellationTokenSource();
        var log = new CancelOnFit(cancel, "Fitted ");

        var thrown = Assert.ThrowsAny<OperationCanceledException>(() => new ClassifierTrainer(OxfordSample.FastOptions, log).Train(fit, validation, cancel.Token));

        Assert.Equal(cancel.Token, thrown.CancellationToken);
        Assert.Single(log.Messages, m => m.StartsWith("Fitted ", StringComparison.Ordinal));
    }

    [Fact]
    public void CancelledWhileTheRefitRunsBeside_TheThresholdsFitStopsAndTheCallersTokenSurfaces()
    {
        var (fit, validation) = HoldoutSplit.ForValidation(OxfordSample.Rows());
        using var cancel = new CancellationTokenSource();

        // Compared on a sample, so the winner's fit on the training rows runs beside its refit on every row.
        var log = new CancelOnFit(cancel, $"Fitted LinearSvm on {fit.Count} rows");
        var options = OxfordSample.FastOptions with { ComparisonRows = 500, MemoryForRefitBeside = long.MaxValue };

        var thrown = Assert.ThrowsAny<OperationCanceledException>(() => new ClassifierTrainer(options, log).Train(fit, validation, cancel.Token));

        Assert.Equal(cancel.Token, thrown.CancellationToken);
        Assert.DoesNotContain(log.Messages, m => m.StartsWith($"Fitted MaximumEntropy on {fit.Count} rows", StringComparison.Ordinal));
    }

    /// <summary>Cancels when a message starting with <paramref name="trigger"/> is logged: a point in the run that every run reaches.</summary>
    private sealed class CancelOnFit(CancellationTokenSource cancel, string trigger) : ILogger
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            lock (_messages)
            {
                _messages.Add(message);
            }

            if (message.StartsWith(trigger, StringComparison.Ordinal))
            {
                cancel.Cancel();
            }
        }
    }
}
