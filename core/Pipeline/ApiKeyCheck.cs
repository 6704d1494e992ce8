using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ProfitPipeline.Pipeline;

/// <summary>
/// The one-machine host's stand-in for Azure Functions keys: management endpoints need the configured key, sent as the
/// <c>x-functions-key</c> header or the <c>code</c> query parameter, exactly as a function key is.
/// </summary>
public static class ApiKeyCheck
{
    public const string Header = "x-functions-key";
    public const string QueryParameter = "code";

    public static bool IsAuthorized(HttpRequest request, string expectedKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var presented = request.Headers[Header].FirstOrDefault() ?? request.Query[QueryParameter].FirstOrDefault();
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expectedKey))
        {
            return false;
        }

        // Constant-time comparison: the key must not leak through response timing.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expectedKey));
    }
}
