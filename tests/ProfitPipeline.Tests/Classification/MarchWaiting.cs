using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification.Learning;

namespace ProfitPipeline.Tests.Classification;

/// <summary>
/// A model that knows Lyft rides (spot checks off), then March's rows: rides it knows accepted; payees it never learned from
/// and bank fees without one waiting (8 rows under 4 payees or texts).
/// </summary>
internal static class MarchWaiting
{
    public const string Csv =
        "Date,Description,Counterparty,Amount,Currency\n"
        + "2026-03-02,ride,Lyft,-18.40,EUR\n"
        + "2026-03-03,ride,Uber,-21.00,EUR\n"
        + "2026-03-05,ride,UBER,-9.50,EUR\n"
        + "2026-03-06,errors,Sentry,-26.00,EUR\n"
        + "2026-03-07,ride,Uber,-12.00,EUR\n"
        + "2026-03-09,refund,Uber,12.00,EUR\n"
        + "2026-03-31,ACCOUNT FEES 2026-03,,-4.00,EUR\n"
        + "2026-04-30,ACCOUNT FEES 2026-04,,-4.00,EUR\n"
        + "2026-04-30,errors,Sentry,-26.00,EUR\n";

    public static readonly Dictionary<string, string?> NoSpotChecks = new() { ["ProfitPipeline:Classification:SpotCheckEvery"] = "0" };

    public static async Task<PipelineScope> StartAsync(AzuriteFixture azurite, CancellationToken ct)
    {
        var scope = await PipelineScope.StartAsync(azurite, ct, NoSpotChecks);
        await RidesAndServers.PromoteModelAsync(scope, ct);
        await scope.IngestCleanAsync("march.csv", Csv, ct);
        return scope;
    }
}
