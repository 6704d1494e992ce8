using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Infra;

namespace ProfitPipeline.Tests.Functions;

/// <summary>
/// The Functions app cannot be built here (its packages are not served), so its source is checked instead: every function's
/// name, trigger, route, method and access must be exactly what <see cref="PipelineCatalog.Jobs"/> says, which <c>profit serve</c> uses.
/// </summary>
public sealed partial class FunctionCatalogParityTests
{
    private static readonly IReadOnlyList<DeclaredFunction> Functions = DeclaredFunction.LoadAll();

    private static readonly string[] AnonymousFunctions = [PipelineCatalog.Names.Health, PipelineCatalog.Names.OpenApi, PipelineCatalog.Names.OpenShare];

    [Fact]
    public void Functions_MatchTheCatalogExactly()
    {
        var planned = PipelineCatalog.Jobs.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var declared = Functions.Select(Describe).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(planned, declared);
    }

    [Fact]
    public void CatalogJobs_HaveUniqueNamesRoutesAndValidSchedules()
    {
        Assert.Equal(PipelineCatalog.Jobs.Count, PipelineCatalog.Jobs.Select(j => j.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var http = PipelineCatalog.Jobs.Select(j => j.Trigger).OfType<HttpTrigger>().ToList();
        Assert.Equal(http.Count, http.Select(h => (h.Method, h.Route.ToLowerInvariant())).Distinct().Count());
        Assert.All(PipelineCatalog.Jobs.Select(j => j.Trigger).OfType<TimerTrigger>(), timer =>
            Assert.NotNull(Cronos.CronExpression.Parse(timer.DefaultSchedule, Cronos.CronFormat.IncludeSeconds)
                .GetNextOccurrence(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
    }

    [Fact]
    public void EveryFunction_HasExactlyOneTrigger()
    {
        Assert.NotEmpty(Functions);
        Assert.All(Functions, f => Assert.True(f.Triggers.Count == 1, $"{f.Name} has {f.Triggers.Count} triggers."));
    }

    [Fact]
    public void EveryFunction_RunsItsOwnJobThroughTheRunner()
    {
        Assert.All(Functions, f =>
        {
            Assert.NotNull(f.Call);
            Assert.Equal(f.Name, f.Call.JobName);
            var expected = f.Triggers.Single() switch
            {
                DeclaredBlobTrigger => nameof(PipelineJobRunner.RunBlobAsync),
                DeclaredTimerTrigger => nameof(PipelineJobRunner.RunScheduledAsync),
                _ => nameof(PipelineJobRunner.HandleHttpAsync),
            };
            Assert.Equal(expected, f.Call.Method);
        });
    }

    [Fact]
    public void HttpFunctions_BindEveryRouteParameterAndPassItOn()
    {
        Assert.All(Functions.Where(f => f.Triggers.Single() is DeclaredHttpTrigger), f =>
        {
            var route = ((DeclaredHttpTrigger)f.Triggers.Single()).Route ?? string.Empty;
            var parameters = RouteParameter().Matches(route).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(parameters, f.BoundParameters.Order(StringComparer.Ordinal));
            Assert.Equal(parameters, f.Call!.RouteValues.Select(v => v.Key).Order(StringComparer.Ordinal));
            Assert.All(f.Call.RouteValues, v => Assert.Equal(v.Key, v.Value));
        });
    }

    [Fact]
    public void HttpTriggers_NameTheirAuthorizationLevel()
    {
        var http = Functions.Where(f => f.Triggers.Single() is DeclaredHttpTrigger).ToList();

        Assert.NotEmpty(http);
        Assert.All(http, f => Assert.True(
            ((DeclaredHttpTrigger)f.Triggers.Single()).AuthorizationLevel is "Anonymous" or "Function",
            $"{f.Name} must say AuthorizationLevel.Function or AuthorizationLevel.Anonymous."));
    }

    [Fact]
    public void AnonymousAccess_IsOnlyForHealthOpenApiAndOpenShare()
    {
        var anonymous = Functions
            .Where(f => f.Triggers.Single() is DeclaredHttpTrigger { AuthorizationLevel: "Anonymous" })
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(AnonymousFunctions.Order(StringComparer.Ordinal), anonymous);
    }

    [Fact]
    public void Timers_ReadTheirScheduleFromSettingsAndNeverRunOnStartup()
    {
        var timers = Functions.Select(f => f.Triggers.Single()).OfType<DeclaredTimerTrigger>().ToList();

        Assert.NotEmpty(timers);
        Assert.All(timers, t =>
        {
            Assert.DoesNotContain("RunOnStartup", t.NamedArguments);
            Assert.Matches("^%[A-Za-z]+%$", t.Schedule);
        });
    }

    [Fact]
    public void BlobTriggers_UseEventGridAndTheProfitStorageConnection()
    {
        var blobs = Functions.Select(f => f.Triggers.Single()).OfType<DeclaredBlobTrigger>().ToList();

        Assert.Equal(PipelineCatalog.Jobs.Count(j => j.Trigger is BlobTrigger), blobs.Count);
        Assert.All(blobs, blob =>
        {
            Assert.Equal("EventGrid", blob.Source);
            Assert.Equal("ProfitStorage", blob.Connection);
        });
    }

    [Fact]
    public void Program_UsesAspNetCoreIntegrationAndNotTheWorkerDefaults()
    {
        var root = DeclaredFunction.Parse(RepositoryRoot.Combine("functions", "Program.cs")).GetRoot(TestContext.Current.CancellationToken);
        var calls = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(i => i.Expression)
            .OfType<MemberAccessExpressionSyntax>()
            .Select(m => m.Name.Identifier.ValueText)
            .ToList();

        Assert.Contains("ConfigureFunctionsWebApplication", calls);
        Assert.Contains("AddProfitPipeline", calls);
        Assert.Contains("ConfigureFunctionsApplicationInsights", calls);
        Assert.DoesNotContain("ConfigureFunctionsWorkerDefaults", root.DescendantTokens().Select(t => t.ValueText));
    }

    [Fact]
    public void ConstantResolver_RejectsWhatItCannotRead()
    {
        Assert.Equal(PipelineCatalog.Routes.OpenShare, CatalogConstants.Resolve("ProfitPipeline.Pipeline.PipelineCatalog.Routes.OpenShare"));
        Assert.Throws<InvalidOperationException>(() => CatalogConstants.Resolve("PipelineCatalog.Routes.NoSuchRoute"));
        Assert.Throws<InvalidOperationException>(() => CatalogConstants.Resolve("Elsewhere.Routes.Health"));
    }

    /// <summary>One line per job: name and trigger in a form both the catalog and the attributes produce.</summary>
    private static string Describe(PipelineJob job) => job.Trigger switch
    {
        BlobTrigger blob => $"{job.Name}: blob {blob.Path}",
        TimerTrigger timer => $"{job.Name}: timer %{timer.ScheduleSetting}%",
        HttpTrigger http => $"{job.Name}: http {http.Method.ToUpperInvariant()} {http.Route} {http.Access}",
        _ => throw new InvalidOperationException($"Unknown trigger {job.Trigger}."),
    };

    private static string Describe(DeclaredFunction function) => function.Triggers.Count != 1
        ? $"{function.Name}: {function.Triggers.Count} triggers"
        : function.Triggers[0] switch
        {
            DeclaredBlobTrigger blob => $"{function.Name}: blob {blob.Path}",
            DeclaredTimerTrigger timer => $"{function.Name}: timer {timer.Schedule}",
            DeclaredHttpTrigger http => $"{function.Name}: http {string.Join(',', http.Methods)} {http.Route} {http.AuthorizationLevel ?? "(default level)"}",
            _ => throw new InvalidOperationException($"Unknown trigger on {function.Name}."),
        };

    [GeneratedRegex(@"\{([A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
