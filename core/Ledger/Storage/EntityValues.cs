using System.Globalization;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// Table Storage has no decimal or date-only type: decimals are stored as invariant strings (exact), dates as yyyy-MM-dd.
/// </summary>
internal static class EntityValues
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static decimal? GetDecimal(this TableEntity entity, string key) =>
        entity.GetString(key) is { } text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public static DateOnly? GetDate(this TableEntity entity, string key) =>
        entity.GetString(key) is { } text ? DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture) : null;

    public static string RequiredString(this TableEntity entity, string key) =>
        entity.GetString(key) ?? throw new InvalidDataException($"Entity {entity.PartitionKey}/{entity.RowKey} has no {key}.");
}
