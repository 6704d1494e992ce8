using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfitPipeline.Cli.Commands;

/// <summary>
/// The shape of every command's --json output: camelCase, enums as names, one object per line. Written for terminals and
/// scripts, never into HTML, so "é", "€" and "&lt;" stay as they are rather than \u escapes.
/// </summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);
}
