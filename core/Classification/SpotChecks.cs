using System.IO.Hashing;
using System.Text;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>
/// One in <see cref="Every"/> of the model's accepted tags goes to a person anyway. Validation promises the target precision
/// for rows like its own (the latest labelled rows); when the books change after them, only answers on accepted tags can show
/// it, and only a fixed sample of them, not the rows someone happened to notice, measures their precision fairly. The pick is a
/// stable hash of the transaction id, so re-tagging never moves a row in or out of the sample. 0 turns spot checks off.
/// </summary>
public sealed record SpotChecks(int Every)
{
    public static SpotChecks Off { get; } = new(0);

    public bool Picks(TransactionId id) =>
        Every > 0 && XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(id.Value)) % (uint)Every == 0;
}
