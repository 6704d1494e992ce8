using System.Globalization;
using System.Text.Json;

namespace ProfitPipeline.Tests.Ingestion.Camt;

/// <summary>One entry of genkgo/camt's expected parse (the .json beside each CAMT fixture).</summary>
internal sealed record CamtExpectedEntry(
    long MinorUnits,
    string Currency,
    string Status,
    DateOnly? BookingDate,
    DateOnly? ValueDate,
    string? EntryReference,
    int Details,
    string? DetailReference,
    string? EndToEndId);

/// <summary>
/// Reads genkgo/camt's JSON dump: <c>getEntries</c> lists the first record's entries with signed amounts in minor
/// units; objects seen before are written as "__RECURSIVITY__", so detail counts come from <c>getTransactionDetails</c>.
/// </summary>
internal static class CamtExpectedParse
{
    public static (IReadOnlyList<CamtExpectedEntry> Entries, int Records) Load(string jsonPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = json.RootElement;
        var entries = root.GetProperty("getEntries").EnumerateArray().Select(ReadEntry).ToList();
        return (entries, root.GetProperty("getRecords").GetArrayLength());
    }

    private static CamtExpectedEntry ReadEntry(JsonElement entry)
    {
        var amount = entry.GetProperty("getAmount");
        var detail = entry.GetProperty("getTransactionDetail");
        var reference = detail.ValueKind == JsonValueKind.Object ? detail.GetProperty("getReference") : default;
        return new CamtExpectedEntry(
            long.Parse(amount.GetProperty("getAmount").GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            amount.GetProperty("getCurrency").GetProperty("getCode").GetString()!,
            entry.GetProperty("getStatus").GetString()!,
            Date(entry.GetProperty("getBookingDate")),
            Date(entry.GetProperty("getValueDate")),
            entry.GetProperty("getAccountServicerReference").GetString(),
            entry.GetProperty("getTransactionDetails").GetArrayLength(),
            reference.ValueKind == JsonValueKind.Object ? reference.GetProperty("getAccountServicerReference").GetString() : null,
            reference.ValueKind == JsonValueKind.Object ? reference.GetProperty("getEndToEndId").GetString() : null);
    }

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
            ? DateOnly.ParseExact(value.GetProperty("0").GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
