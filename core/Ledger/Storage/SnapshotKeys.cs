using System.Globalization;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// Table keys of snapshots and restatements. Partition: period and dimension; row: member and zero-padded version, so one
/// partition query returns every version of every member. Parts are escaped: table keys may not contain / \ # ? and we use |.
/// </summary>
internal static class SnapshotKeys
{
    public static string Partition(Period period, string dimension) => Escape(period.Key) + "|" + Escape(dimension);

    public static string Row(string member, int version) =>
        Escape(member) + "|v" + version.ToString("D6", CultureInfo.InvariantCulture);

    public static string ChunkPartition(Period period, string dimension) => Partition(period, dimension) + "|ids";

    public static string ChunkRow(string member, int version, string chunkSet, int index) =>
        Row(member, version) + "|" + chunkSet + "|" + index.ToString("D4", CultureInfo.InvariantCulture);

    private static string Escape(string part) => Uri.EscapeDataString(part);
}
