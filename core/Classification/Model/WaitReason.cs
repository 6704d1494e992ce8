namespace ProfitPipeline.Classification.Model;

/// <summary>Why a model's label is not auto-accepted and waits for a person.</summary>
internal enum WaitReason
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>Less sure than the threshold validation set for the target precision (or validation could not show it).</summary>
    BelowThreshold,

    /// <summary>A counterparty the model never learned from, judged by the stricter rule fitted on new counterparties.</summary>
    NewCounterparty,

    /// <summary>A kind of row (bank debit, bill...) validation had too few rows of to vouch for: <see cref="ValidatedKinds"/>.</summary>
    KindNotValidated,

    /// <summary>A row with neither counterparty nor description: with a saturated calibration the vote can be near 1 on nothing.</summary>
    NoText,

    /// <summary>Accepted, but one of the sample of accepted tags a person checks (<see cref="SpotChecks"/>).</summary>
    SpotCheck,

    /// <summary>Accepted, but spot checks of this model's accepted tags showed them less precise than the target.</summary>
    SpotChecksFailed,
}
