namespace ProfitPipeline.Cli.Demo;

/// <summary>One card payment attempt through Stripe; failed attempts move no money.</summary>
internal sealed record StripeCharge(
    string Id,
    DateTime CreatedUtc,
    decimal Amount,
    decimal Fee,
    string Description,
    string CustomerId,
    string CustomerEmail,
    string CustomerName,
    bool Succeeded);
