using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProfitPipeline.Pipeline;

/// <summary>What <c>profit serve</c> adds to the pipeline: the Functions runtime's triggers, played on one machine.</summary>
public static class LocalHostServiceCollectionExtensions
{
    public static IServiceCollection AddLocalPipelineHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LocalHostOptions>().Bind(configuration.GetSection(LocalHostOptions.SectionName));
        services.AddSingleton<UploadPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<UploadPoller>());
        services.AddSingleton<CronScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<CronScheduler>());
        return services;
    }

    /// <summary>Maps every HTTP job of the catalog under <c>/api/</c>, with the same routes and access as the Functions app.</summary>
    public static IEndpointRouteBuilder MapPipelineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var job in PipelineCatalog.Jobs)
        {
            if (job.Trigger is not HttpTrigger http)
            {
                continue;
            }

            endpoints.MapMethods("/api/" + http.Route, [http.Method], async (HttpContext context) =>
            {
                if (http.Access == EndpointAccess.Function
                    && !ApiKeyCheck.IsAuthorized(context.Request, context.RequestServices.GetRequiredService<IOptions<LocalHostOptions>>().Value.ApiKey))
                {
                    return Results.Unauthorized();
                }

                var runner = context.RequestServices.GetRequiredService<PipelineJobRunner>();
                return await runner.HandleHttpAsync(job.Name, context.Request, context.Request.RouteValues, context.RequestAborted);
            }).WithName(job.Name);
        }

        return endpoints;
    }
}
