using System.Globalization;
using System.IO.Hashing;
using System.Text;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>
/// One in <see cref="Every"/> of the model's accepted tags goes to a person anyway. Validation promises the target precision
/// for rows like its own (the latest labelled rows); when the books change after them, only answers on accepted tags can show
/// it, and only a fixed sample of them, not the rows someone happened to notice, measures their precision fairly. The pick is a
/// stable hash of the transaction id, so re-tagging never moves a row in or out of the sample. 0 turns spot checks off.
/// </summary>
/// <remarks>
/// That sample is the same rows for every model, and the ones people answered carry their answers now, so a newly promoted
/// model would meet its first spot checks only in later imports: at one in 50, a small ledger's quarter gives a few. Hence a
/// model's first checks (<see cref="AtPromotion"/>, <see cref="FirstOf"/>): that many of the rows it accepted as it was
/// promoted, a sample of its own (the lowest hashes of its version and the row), at most one in <see cref="MostOften"/> of
/// them, recorded on the model pointer. Within 20 answers the stop rule catches a model at 71% nine times in ten and stops
/// one at 97% about once in 170 (<see cref="ErrorRateCusum"/>): a model wrong from its start is caught in its first review.
/// </remarks>
public sealed record SpotChecks(int Every, int AtPromotion = 0)
{
    /// <summary>A model's first checks take at most one in this many of the rows it accepted at promotion.</summary>
    public const int MostOften = 5;

    public static SpotChecks Off { get; } = new(0);

    /// <summary>The sample every model shares: one in <see cref="Every"/> transactions.</summary>
    public bool Picks(TransactionId id) =>
        Every > 0 && Hash(id.Value) % (uint)Every == 0;

    /// <summary>The shared sample, and <paramref name="model"/>'s own first checks.</summary>
    internal bool Picks(TransactionId id, TaggingModel model) =>
        Picks(id) || (Every > 0 && model.FirstSpotChecks.Contains(id));

    /// <summary>
    /// The first checks of model <paramref name="version"/> among the rows it accepted at promotion: <see cref="AtPromotion"/>
    /// of them, or one in <see cref="MostOften"/> when they are fewer, the same for the same rows and version.
    /// </summary>
    internal FirstSpotChecks FirstOf(string version, IReadOnlyCollection<TransactionId> accepted)
    {
        var count = Every == 0 ? 0 : Math.Min(AtPromotion, (accepted.Count + MostOften - 1) / MostOften);
        return new FirstSpotChecks(
            accepted.Count,
            [.. accepted.Select(id => id.Value).OrderBy(id => Hash(version + "\n" + id)).ThenBy(id => id, StringComparer.Ordinal).Take(count)]);
    }

    /// <summary>The sample a model meets, in words: "1 in 50 accepted tags, and 20 of the 412 it accepted at promotion".</summary>
    internal string Describe(FirstSpotChecks? first)
    {
        if (Every == 0)
        {
            return "off";
        }

        var shared = string.Create(CultureInfo.InvariantCulture, $"1 in {Every} accepted tags");
        return first is { TransactionIds.Count: > 0 }
            ? string.Create(CultureInfo.InvariantCulture, $"{shared}, and {first.TransactionIds.Count} of the {first.Accepted} it accepted at promotion")
            : shared;
    }

    private static uint Hash(string text) => XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(text));
}
