using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Cli.Hosting;

/// <summary>
/// <c>profit serve</c>: the Functions app's triggers on one machine — uploads polled, cron jobs scheduled, the HTTP
/// endpoints on <c>http://127.0.0.1:7071/api/...</c> — over the same core.
/// </summary>
internal static class ServeHost
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static WebApplication Build(string url, IDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddProfitSources();
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        // Without a configured key, one is made for this run and printed, so management endpoints are never open.
        var keySetting = LocalHostOptions.SectionName + ":ApiKey";
        if (string.IsNullOrEmpty(builder.Configuration[keySetting]))
        {
            builder.Configuration[keySetting] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        }

        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Logging.AddStderrConsole()
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Microsoft.Hosting", LogLevel.Warning);
        builder.Services.AddProfitPipeline(builder.Configuration).AddLocalPipelineHost(builder.Configuration);

        var app = builder.Build();
        app.MapPipelineEndpoints();
        return app;
    }

    public static string ApiKey(WebApplication app) =>
        app.Configuration[LocalHostOptions.SectionName + ":ApiKey"] ?? string.Empty;
}
