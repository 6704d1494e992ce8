using System.Globalization;
using ProfitPipeline.Classification.Evaluation;

namespace ProfitPipeline.Cli.Commands;

/// <summary>
/// What spot checks would have done to a model on its accepted test rows, as text: for each rate, stopped after which accepted
/// row (and how precise the rows before and after were) or not stopped, with the checks and wrong answers behind it; and
/// whether a model's first checks would have stopped it.
/// </summary>
internal static class SpotCheckReplayText
{
    public static string Render(IReadOnlyList<SpotCheckReplay> replays) =>
        replays.Count == 0 || replays[0].Accepted == 0
            ? "spot checks: none, no row auto-accepted"
            : "spot checks of the accepted rows in date order (every Nth answered with its true label): " + string.Join("; ", replays.Select(Describe));

    private static string Describe(SpotCheckReplay r)
    {
        var answers = string.Create(CultureInfo.InvariantCulture, $"{r.Checked} {(r.Checked == 1 ? "check" : "checks")}, {r.Wrong} wrong");
        if (r.Every == 0)
        {
            return r.StoppedAfter is null
                ? string.Create(CultureInfo.InvariantCulture, $"a model's first checks, if promoted over these rows: not stopped ({answers} of the {r.Accepted} accepted, precision {r.PrecisionUntilStop:0.###})")
                : string.Create(CultureInfo.InvariantCulture, $"a model's first checks, if promoted over these rows: stopped ({answers}; all {r.Accepted} accepted rows, precision {r.PrecisionAfterStop:0.###}, would have waited)");
        }

        return r.StoppedAfter is { } row
            ? string.Create(CultureInfo.InvariantCulture, $"1 in {r.Every}: stopped after accepted row {row} of {r.Accepted} ({answers}; precision {r.PrecisionUntilStop:0.###} until then, {r.PrecisionAfterStop:0.###} of the {r.Accepted - row} after, which would have waited)")
            : string.Create(CultureInfo.InvariantCulture, $"1 in {r.Every}: not stopped ({answers} on {r.Accepted} accepted rows, precision {r.PrecisionUntilStop:0.###})");
    }
}
