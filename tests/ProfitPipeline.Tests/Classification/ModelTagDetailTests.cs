using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification;

public sealed class ModelTagDetailTests
{
    [Theory]
    [InlineData(nameof(WaitReason.BelowThreshold), "less sure than the model's acceptance threshold")]
    [InlineData(nameof(WaitReason.NewCounterparty), "a counterparty the model never learned from")]
    [InlineData(nameof(WaitReason.KindNotValidated), "the model has no validated rows of this kind yet")]
    [InlineData(nameof(WaitReason.NoText), "the row has no counterparty or description to go on")]
    public void WaitingModelTag_DetailNamesTheModelAndSaysWhy(string reason, string because)
    {
        var tag = new Tag("rent", TagSource.Model, 0.4m, ModelTagDetail.Of("20261124T013614Z-e2d0607d", Enum.Parse<WaitReason>(reason)));

        Assert.StartsWith("model 20261124T013614Z-e2d0607d; waits: ", tag.Detail, StringComparison.Ordinal);
        Assert.Equal(because, ModelTagDetail.WaitsBecause(tag));
    }

    [Fact]
    public void AcceptedModelTagsAndOtherSources_NoReasonToWait()
    {
        var accepted = new Tag("rent", TagSource.Model, 0.97m, ModelTagDetail.Of("v1", WaitReason.None)) { Accepted = true };
        var rule = new Tag("rent", TagSource.Rule, 1m, "rule landlord; waits: not a model's") { Accepted = false };

        Assert.Equal("model v1", accepted.Detail);
        Assert.Null(ModelTagDetail.WaitsBecause(accepted));
        Assert.Null(ModelTagDetail.WaitsBecause(rule));
    }
}
