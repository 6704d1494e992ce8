using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfitPipeline.Classification;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Tests.Classification;

public sealed class ClassificationOptionsTests
{
    [Theory]
    [InlineData("TargetPrecision", "1", "ProfitPipeline:Classification:TargetPrecision must be above 0.5 and below 1 (0.95 is 95%).")]
    [InlineData("TargetPrecision", "95", "ProfitPipeline:Classification:TargetPrecision must be above 0.5 and below 1 (0.95 is 95%).")]
    [InlineData("SpotCheckEvery", "-1", "ProfitPipeline:Classification:SpotCheckEvery must be 0 (no spot checks) or more.")]
    [InlineData("SpotChecksAtPromotion", "-5", "ProfitPipeline:Classification:SpotChecksAtPromotion must be 0 (none) or more.")]
    public void SettingOutOfRange_FailsNamingTheSetting(string setting, string value, string message)
    {
        using var services = Services(new() { [$"ProfitPipeline:Classification:{setting}"] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ClassificationOptions>>().Value);

        Assert.Equal([message], failure.Failures);
    }

    [Fact]
    public void SettingsInRange_Bound()
    {
        using var services = Services(new()
        {
            ["ProfitPipeline:Classification:TargetPrecision"] = "0.9",
            ["ProfitPipeline:Classification:SpotCheckEvery"] = "0",
            ["ProfitPipeline:Classification:SpotChecksAtPromotion"] = "8",
        });

        var options = services.GetRequiredService<IOptions<ClassificationOptions>>().Value;

        Assert.Equal((0.9, 0, 8), (options.TargetPrecision, options.SpotCheckEvery, options.SpotChecksAtPromotion));
        Assert.Equal(new SpotChecks(0, 8), services.GetRequiredService<SpotChecks>());
    }

    /// <summary>The graph as a host builds it: the host registers its configuration, which the options bind from.</summary>
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddProfitPipeline(configuration).BuildServiceProvider();
    }
}
