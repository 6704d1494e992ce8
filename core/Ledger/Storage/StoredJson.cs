using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>JSON settings for values stored inside entities and blobs: camelCase, enums as names, stable across versions.</summary>
internal static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
