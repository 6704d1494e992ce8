using System.Globalization;
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

    /// <summary>Why a model's tag waits, as its detail records it; null for other tags and for accepted ones.</summary>
    public static string? WaitsBecause(Tag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var at = tag.Source == TagSource.Model && !tag.Accepted && tag.Detail is { } detail ? detail.IndexOf(WaitsMarker, StringComparison.Ordinal) : -1;
        return at < 0 ? null : tag.Detail![(at + WaitsMarker.Length)..];
    }

    internal static string Of(string version, WaitReason waits) =>
        string.Create(CultureInfo.InvariantCulture, $"model {version}") + waits switch
        {
            WaitReason.BelowThreshold => WaitsMarker + "less sure than the model's acceptance threshold",
            WaitReason.NewCounterparty => WaitsMarker + "a counterparty the model never learned from",
            WaitReason.KindNotValidated => WaitsMarker + "the model has no validated rows of this kind yet",
            WaitReason.NoText => WaitsMarker + "the row has no counterparty or description to go on",
            _ => string.Empty,
        };
}
