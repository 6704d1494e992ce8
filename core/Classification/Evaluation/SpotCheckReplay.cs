using System.Globalization;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// What spot checks at one in <see cref="Every"/> would have done to a model meeting the test rows in date order: every
/// Every-th row it auto-accepted answered by a person who gives the row's true label, the answers run through the rule that
/// stops a model's acceptance (<see cref="ErrorRateCusum"/>). Whether they stop a model whose accepted tags fall below the
/// target, after how many accepted rows, and whether they leave alone one that holds. <see cref="Every"/> 0 is a model's own
/// first checks instead (<see cref="SpotChecks.FirstOf"/>), as if it had been promoted over the test rows: its sample of the
/// rows it accepted, answered oldest first as the review queue lists them; if they stop it, every accepted row waits.
/// </summary>
/// <param name="Accepted">Rows the model auto-accepted.</param>
/// <param name="Checked">Of those, spot-checked before the stop (or in all).</param>
/// <param name="Wrong">Spot checks the person answered with another label.</param>
/// <param name="StoppedAfter">The accepted row (1 = the first) whose answer stopped acceptance; null when the answers never did; 0 when first checks did (before any row stood accepted).</param>
/// <param name="PrecisionUntilStop">Precision of the accepted rows up to and including that one (of all, when never stopped).</param>
/// <param name="PrecisionAfterStop">Precision of the accepted rows after it, which would have waited for a person instead; 0 when none.</param>
public sealed record SpotCheckReplay(int Every, int Accepted, int Checked, int Wrong, int? StoppedAfter, double PrecisionUntilStop, double PrecisionAfterStop)
{
    /// <summary>The default rate (ClassificationOptions.SpotCheckEvery) and one five times as busy.</summary>
    internal static readonly int[] Rates = [50, 10];

    /// <summary>One replay per rate in <see cref="Rates"/>; <paramref name="dates"/> orders the rows (stably; undated last), else they are taken as given.</summary>
    internal static IReadOnlyList<SpotCheckReplay> Of(IReadOnlyList<string> truth, IReadOnlyList<ClassPrediction> predictions, IReadOnlyList<DateOnly?>? dates, double targetPrecision)
    {
        var order = Enumerable.Range(0, truth.Count);
        if (dates is not null)
        {
            order = order.OrderBy(i => dates[i] ?? DateOnly.MaxValue);
        }

        List<bool> right = [.. order.Where(i => predictions[i].Accepted).Select(i => string.Equals(predictions[i].Label, truth[i], StringComparison.Ordinal))];
        return [.. Rates.Select(every => Replay(right, every, targetPrecision)), FirstChecks(right, targetPrecision)];
    }

    /// <summary>The first checks the default settings draw (<see cref="ClassificationOptions.SpotChecksAtPromotion"/>) from <paramref name="acceptedRight"/>, in its order.</summary>
    internal static SpotCheckReplay FirstChecks(IReadOnlyList<bool> acceptedRight, double targetPrecision)
    {
        var sample = new ClassificationOptions().SpotChecks.FirstOf("replay", [.. Enumerable.Range(0, acceptedRight.Count).Select(i => new TransactionId(i.ToString(CultureInfo.InvariantCulture)))]);
        List<bool> answers = [.. sample.TransactionIds.Select(id => int.Parse(id, CultureInfo.InvariantCulture)).Order().Select(i => acceptedRight[i])];
        var run = ErrorRateCusum.Run(answers, targetPrecision);
        var asked = run.SignalledAt ?? answers.Count;
        var precision = Precision(acceptedRight);
        return run.Signalled
            ? new SpotCheckReplay(0, acceptedRight.Count, asked, answers.Take(asked).Count(a => !a), 0, 0d, precision)
            : new SpotCheckReplay(0, acceptedRight.Count, asked, answers.Count(a => !a), null, precision, 0d);
    }

    internal static SpotCheckReplay Replay(IReadOnlyList<bool> acceptedRight, int every, double targetPrecision)
    {
        // The answers on every Nth accepted row; once they stop the model, its later accepted rows would have waited instead.
        var answers = acceptedRight.Where((_, i) => (i + 1) % every == 0).ToList();
        if (ErrorRateCusum.Run(answers, targetPrecision).SignalledAt is not { } stop)
        {
            return new SpotCheckReplay(every, acceptedRight.Count, answers.Count, answers.Count(a => !a), null, Precision(acceptedRight), 0d);
        }

        var row = stop * every;
        return new SpotCheckReplay(every, acceptedRight.Count, stop, answers.Take(stop).Count(a => !a), row, Precision(acceptedRight.Take(row)), Precision(acceptedRight.Skip(row)));
    }

    private static double Precision(IEnumerable<bool> right)
    {
        var (rows, hits) = right.Aggregate((Rows: 0, Hits: 0), (sum, r) => (sum.Rows + 1, sum.Hits + (r ? 1 : 0)));
        return rows == 0 ? 0d : (double)hits / rows;
    }
}
