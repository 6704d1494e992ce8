using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Http;

/// <summary>The tag review queue and the transaction search behind it; function key required.</summary>
public sealed class ReviewFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.ReviewQueue)]
    public Task<IResult> ReviewQueue(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.Review)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ReviewQueue, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.SubmitReview)]
    public Task<IResult> SubmitReview(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = PipelineCatalog.Routes.Review)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.SubmitReview, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ReviewPayees)]
    public Task<IResult> ReviewPayees(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ReviewPayees)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ReviewPayees, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ExportReviewSheet)]
    public Task<IResult> ExportReviewSheet(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ReviewSheet)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ExportReviewSheet, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ImportReviewSheet)]
    public Task<IResult> ImportReviewSheet(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = PipelineCatalog.Routes.ReviewSheet)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ImportReviewSheet, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ListTransactions)]
    public Task<IResult> ListTransactions(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.Transactions)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ListTransactions, request, [], cancellationToken);
}
