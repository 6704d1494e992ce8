using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>
/// The detail a model's tag carries: the model version that proposed it and, when it waits for a person, why, so the review
/// queue can say what would let such rows through (more validated rows of the kind, answers for the new payee).
/// </summary>
public static class ModelTagDetail
{
    private const string WaitsMarker = "; waits: ";

    private const string ModelPrefix = "model ";

    private const string SpotCheckText = "a spot check: a sample of the model's accepted tags goes to a person, to measure their precision";

    /// <summary>Why a model's tag waits, as its detail records it; null for other tags and for accepted ones.</summary>
    public static string? WaitsBecause(Tag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var at = tag.Source == TagSource.Model && !tag.Accepted && tag.Detail is { } detail ? detail.IndexOf(WaitsMarker, StringComparison.Ordinal) : -1;
        return at < 0 ? null : tag.Detail![(at + WaitsMarker.Length)..];
    }

    /// <summary>The model version whose accepted tag a person is asked to check, when <paramref name="tag"/> is such a tag; otherwise null.</summary>
    internal static string? SpotCheckedModel(Tag tag) =>
        string.Equals(WaitsBecause(tag), SpotCheckText, StringComparison.Ordinal) && tag.Detail!.StartsWith(ModelPrefix, StringComparison.Ordinal)
            ? tag.Detail[ModelPrefix.Length..tag.Detail.IndexOf(WaitsMarker, StringComparison.Ordinal)]
            : null;

    /// <summary>What the tagger adds to a model tag's detail when the row's own words named the category it proposes instead.</summary>
    internal const string KeywordMarker = "; proposed from ";

    /// <summary>Whether <paramref name="tag"/> is the label model <paramref name="version"/> itself proposed (not a keyword proposal).</summary>
    internal static bool ProposedBy(Tag tag, string version) =>
        tag is { Source: TagSource.Model, Detail: { } detail }
        && detail.StartsWith(ModelPrefix + version, StringComparison.Ordinal)
        && (detail.Length == ModelPrefix.Length + version.Length || detail[(ModelPrefix.Length + version.Length)..].StartsWith(';'))
        && !detail.Contains(KeywordMarker, StringComparison.Ordinal);

    internal static string Of(string version, WaitReason waits) =>
        ModelPrefix + version + waits switch
        {
            WaitReason.BelowThreshold => WaitsMarker + "less sure than the model's acceptance threshold",
            WaitReason.NewCounterparty => WaitsMarker + "a counterparty the model never learned from",
            WaitReason.KindNotValidated => WaitsMarker + "the model has no validated rows of this kind yet",
            WaitReason.NoText => WaitsMarker + "the row has no counterparty or description to go on",
            WaitReason.SpotCheck => WaitsMarker + SpotCheckText,
            WaitReason.SpotChecksFailed => WaitsMarker + "spot checks showed this model's accepted tags less precise than the target",
            _ => string.Empty,
        };
}
