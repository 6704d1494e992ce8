using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Rules;

/// <summary>
/// What saving a rule would do to the ledger now, before it is saved. Of the rows it matches, each is counted once: its tags
/// change, or they stay because they are so already, a person tagged them (a person's tag is never overwritten) or a rule that
/// runs first sets them. Rows it does not match can change too: those its saved version tagged, and payments that follow an
/// invoice or bill it tags.
/// </summary>
/// <param name="Rule">The rule as it would be stored (its category by the chart's id).</param>
/// <param name="Replaces">Whether a rule with its id is stored already (saving replaces it).</param>
/// <param name="Matching">Ledger rows whose every condition of the rule holds.</param>
/// <param name="Changing">Matching rows whose tags would change.</param>
/// <param name="AlreadySo">Matching rows that carry the rule's tags already.</param>
/// <param name="KeptByPerson">Matching rows where a person's tag stays in place of the rule's.</param>
/// <param name="TakenByEarlierRule">Matching rows where a rule that runs first sets the tag instead.</param>
/// <param name="OtherRowsChanging">Rows the rule does not match whose tags would change.</param>
/// <param name="Rows">The rows whose tags would change, newest first, at most the limit asked for.</param>
public sealed record RulePreview(
    TaggingRule Rule,
    bool Replaces,
    int Matching,
    int Changing,
    int AlreadySo,
    int KeptByPerson,
    int TakenByEarlierRule,
    int OtherRowsChanging,
    IReadOnlyList<RulePreviewRow> Rows)
{
    /// <summary>How many changing rows a preview lists unless asked for another number.</summary>
    public const int DefaultRows = 20;

    /// <summary>Rows whose tags would change, matching the rule or not; <see cref="Rows"/> lists the newest of them.</summary>
    public int AllChanging => Changing + OtherRowsChanging;
}

/// <summary>One ledger row whose tags saving the rule would change.</summary>
/// <param name="Matches">Whether the rule matches the row (otherwise it changes as a consequence).</param>
/// <param name="Changes">Each tag that changes, with its value before and after.</param>
public sealed record RulePreviewRow(
    string TransactionId,
    DateOnly BookingDate,
    decimal Amount,
    string Currency,
    string Kind,
    string? Counterparty,
    string Description,
    bool Matches,
    IReadOnlyList<RuleTagChange> Changes);

/// <summary>One tag of a row before and after saving the rule (null: no such tag).</summary>
/// <param name="Tag">"category", "customer" or "project".</param>
public sealed record RuleTagChange(string Tag, Tag? Before, Tag? After);
