using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger;
using ProfitPipeline.Tests.Classification.Model;

namespace ProfitPipeline.Tests.Classification;

public sealed class TransactionTaggerSpotCheckTests
{
    private static readonly Lazy<TaggingModel> RidesModel = new(() =>
    {
        // 600 rows leave 120 for validation, enough to accept at 95%.
        var rows = Enumerable.Range(0, 600)
            .Select(i => new LabelledExample(
                new ClassificationExample(i % 2 == 0 ? "Lyft ride" : "Hetzner server", -10 - (i % 40), "BankDebit", new DateOnly(2025, 1, 1).AddDays(i / 2), i % 2 == 0 ? "Lyft" : "Hetzner"),
                i % 2 == 0 ? "travel" : "hosting"))
            .ToList();
        var (fit, validation) = HoldoutSplit.ForValidation(rows);
        return new TaggingModel("v7", new ClassifierTrainer(QuickTraining.Options).Train(fit, validation)!.Classifier, null);
    });

    private static List<LedgerTransaction> Rides { get; } =
        [.. Enumerable.Range(0, 40).Select(i => TransactionSamples.Make($"ride-{i}", TransactionKind.BankDebit, -10m - i, "Lyft", "ride"))];

    [Fact]
    public void AcceptedModelTags_TheSampledOnesWaitAsSpotChecksOfTheirModel()
    {
        var checks = new SpotChecks(4);

        var tags = new TransactionTagger(CategoryChart.Default, PaymentProcessors.Default, checks).Tag(Rides, [], [], RidesModel.Value);

        var sampled = Rides.Select((t, i) => (t.Id, Tag: tags[i].Category!)).Where(p => checks.Picks(p.Id)).ToList();
        Assert.InRange(sampled.Count, 1, Rides.Count - 1);
        Assert.All(sampled, p => Assert.Equal(("travel", false, "v7"), (p.Tag.Value, p.Tag.Accepted, ModelTagDetail.SpotCheckedModel(p.Tag))));
        Assert.All(Rides.Select((t, i) => (t.Id, Tag: tags[i].Category!)).Where(p => !checks.Picks(p.Id)), p => Assert.True(p.Tag.Accepted));
    }

    [Fact]
    public void ModelWithFirstSpotChecks_TheyWaitBesideTheSharedSample()
    {
        var checks = new SpotChecks(50, 20);
        var first = checks.FirstOf("v7", [.. Rides.Select(t => t.Id)]);
        var model = RidesModel.Value.WithPointer(false, first);

        var tags = new TransactionTagger(CategoryChart.Default, PaymentProcessors.Default, checks).Tag(Rides, [], [], model);

        var waiting = Rides.Where((_, i) => ModelTagDetail.SpotCheckedModel(tags[i].Category!) == "v7").Select(t => t.Id.Value).ToHashSet();
        Assert.Equal(8, first.TransactionIds.Count);
        Assert.Equal(first.TransactionIds.Union(Rides.Where(t => checks.Picks(t.Id)).Select(t => t.Id.Value)).ToHashSet(), waiting);
        Assert.All(Rides.Where((t, i) => !waiting.Contains(t.Id.Value)).Select(t => tags[Rides.IndexOf(t)].Category!), tag => Assert.True(tag.Accepted));
    }

    [Fact]
    public void ModelWhoseSpotChecksFailed_NoTagAcceptedAndEachSaysWhy()
    {
        var tags = new TransactionTagger(CategoryChart.Default, PaymentProcessors.Default, SpotChecks.Off).Tag(Rides, [], [], RidesModel.Value.WithPointer(spotChecksFailed: true, first: null));

        Assert.All(tags, t => Assert.Equal(
            ("travel", false, "spot checks showed this model's accepted tags less precise than the target"),
            (t.Category!.Value, t.Category.Accepted, ModelTagDetail.WaitsBecause(t.Category))));
        Assert.All(tags, t => Assert.Null(ModelTagDetail.SpotCheckedModel(t.Category!)));
    }
}
