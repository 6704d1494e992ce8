using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Http;

/// <summary>Profitability reports; function key required. (Why IResult is returned as is: see <see cref="ServiceFunctions"/>.)</summary>
public sealed class ReportFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.ReportCustomers)]
    public Task<IResult> ReportCustomers(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ReportCustomers)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ReportCustomers, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ReportCustomerHistory)]
    public Task<IResult> ReportCustomerHistory(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ReportCustomerHistory)] HttpRequest request,
        string customerId,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ReportCustomerHistory, request, new() { [nameof(customerId)] = customerId }, cancellationToken);

    [Function(PipelineCatalog.Names.ReportSegments)]
    public Task<IResult> ReportSegments(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ReportSegments)] HttpRequest request,
        string dimension,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ReportSegments, request, new() { [nameof(dimension)] = dimension }, cancellationToken);

    [Function(PipelineCatalog.Names.ReportFlags)]
    public Task<IResult> ReportFlags(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ReportFlags)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ReportFlags, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ReportPayments)]
    public Task<IResult> ReportPayments(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ReportPayments)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ReportPayments, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ReportRestatements)]
    public Task<IResult> ReportRestatements(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ReportRestatements)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ReportRestatements, request, [], cancellationToken);
}
