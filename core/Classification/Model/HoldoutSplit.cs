using System.IO.Hashing;
using System.Text;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Held-out splits. By time: the latest share by date, as the model meets the future. By counterparty: whole counterparties
/// held out, so a model is not rewarded for memorising names it has seen.
/// </summary>
internal static class HoldoutSplit
{
    public static (List<T> Train, List<T> Holdout) ByTime<T>(IReadOnlyList<T> rows, Func<T, DateOnly?> date, double holdoutShare)
    {
        var ordered = rows.Select((r, i) => (Row: r, Index: i)).OrderBy(p => date(p.Row) ?? DateOnly.MinValue).ThenBy(p => p.Index).ToList();
        var cut = (int)Math.Round(ordered.Count * (1 - holdoutShare));
        return ([.. ordered.Take(cut).Select(p => p.Row)], [.. ordered.Skip(cut).Select(p => p.Row)]);
    }

    public static (List<T> Train, List<T> Holdout) ByGroup<T>(IReadOnlyList<T> rows, Func<T, string> group, double holdoutShare)
    {
        // The same counterparty always falls on the same side.
        var boundary = (ulong)(holdoutShare * uint.MaxValue);
        var train = new List<T>();
        var holdout = new List<T>();
        foreach (var row in rows)
        {
            (GroupKey(group(row)) < boundary ? holdout : train).Add(row);
        }

        return (train, holdout);
    }

    /// <summary>A counterparty as grouping sees it: trimmed, upper case, so that "Lyft" and "LYFT " are one group.</summary>
    public static string GroupName(string group) => group.Trim().ToUpperInvariant();

    /// <summary>A stable hash of the group's name (<see cref="GroupName"/>): the same on every machine and run.</summary>
    public static uint GroupKey(string group) => XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(GroupName(group)));

    /// <summary>
    /// The validation rows a trainer calibrates and sets thresholds on: the latest 20% by date when dates are known, else 20%
    /// of counterparties.
    /// </summary>
    public static (List<LabelledExample> Fit, List<LabelledExample> Validation) ForValidation(IReadOnlyList<LabelledExample> rows) =>
        rows.Any(e => e.Example.Date is not null)
            ? ByTime(rows, e => e.Example.Date, 0.2)
            : ByGroup(rows, e => e.Counterparty, 0.2);
}
