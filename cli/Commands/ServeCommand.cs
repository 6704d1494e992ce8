using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProfitPipeline.Cli.Hosting;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit serve [--url URL] [--json]</c>: the one-machine host. Runs until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Address to listen on.", DefaultValueFactory = _ => ServeHost.DefaultUrl };
        var json = new Option<bool>("--json") { Description = "Print the endpoints as one JSON object." };
        var demo = new Option<bool>("--demo") { Description = "First drop the demo company's exports into uploads and wait until they are ingested." };
        var command = new Command("serve", "Run the pipeline on this machine: ingest dropped files, run scheduled jobs, serve the reports.") { url, json, demo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddProfitSources().Build();
            await using var azurite = await DevelopmentStorage.EnsureAsync(configuration, Console.Error, cancellationToken);
            await using var app = ServeHost.Build(parse.GetValue(url)!);

            // Settings first, so a wrong one is one clear line, not the host's failed start.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.StartAsync(cancellationToken);
            if (parse.GetValue(demo))
            {
                await ServeDemo.LoadAsync(app.Services, Console.Error, cancellationToken);
            }

            var endpoints = ServeEndpoints.For(parse.GetValue(url)!, ServeHost.ApiKey(app));
            await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(endpoints) : endpoints.Describe());
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
