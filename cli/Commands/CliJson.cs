using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfitPipeline.Cli.Commands;

/// <summary>The shape of every command's --json output: camelCase, enums as names, one object per line.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);
}
