using Microsoft.Extensions.Logging;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Tests.Logging;

namespace ProfitPipeline.Tests.Classification.Evaluation;

/// <summary>An evaluation over hundreds of labels takes minutes; its log says what it is doing, in counts only.</summary>
public sealed class EvaluationProgressTests
{
    [Fact]
    public void Run_LogsEveryStepAndNeverAPayeeOrALabel()
    {
        var rows = OxfordSample.Rows();
        var (train, test) = HoldoutSplit.ByTime(rows, e => e.Example.Date, 0.25);
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs));

        new EvaluationRunner(OxfordSample.FastOptions, factory.CreateLogger<EvaluationRunner>()).Run(train, test);

        var messages = logs.Messages.Select(m => m.Split('|')[2]).ToList();
        Assert.StartsWith($"Training the anchors on {train.Count} rows beside the classifier", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("Comparing candidates on ", messages[1], StringComparison.Ordinal);
        Assert.Contains(messages, m => m.StartsWith("Fitted LinearSvm on ", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Picked ", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Scoring ", StringComparison.Ordinal) && m.EndsWith($"candidates on {test.Count} test rows", StringComparison.Ordinal));
        Assert.StartsWith("Scoring ", messages[^1], StringComparison.Ordinal);
        var secrets = rows.SelectMany(e => new[] { e.Counterparty, e.Label }).Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal).ToList();
        Assert.All(logs.Messages, m => Assert.DoesNotContain(secrets, s => m.Contains(s, StringComparison.Ordinal)));
    }
}
