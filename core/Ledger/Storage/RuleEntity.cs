using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>A tagging rule as a table row: one partition, the rule id as row key; amounts as invariant strings (tables have no decimal).</summary>
internal sealed class RuleEntity : ITableEntity
{
    public const string Partition = "rules";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Name { get; set; }

    public int Order { get; set; }

    public string? Field { get; set; }

    public string? Mode { get; set; }

    public string? Pattern { get; set; }

    public string? MinimumAmount { get; set; }

    public string? MaximumAmount { get; set; }

    public string? Account { get; set; }

    public string? Kind { get; set; }

    public string? Category { get; set; }

    public string? Customer { get; set; }

    public string? Project { get; set; }

    public static RuleEntity From(TaggingRule rule) => new()
    {
        RowKey = rule.Id,
        Name = rule.Name,
        Order = rule.Order,
        Field = rule.Field.ToString(),
        Mode = rule.Mode.ToString(),
        Pattern = rule.Pattern,
        MinimumAmount = rule.MinimumAmount?.ToString(CultureInfo.InvariantCulture),
        MaximumAmount = rule.MaximumAmount?.ToString(CultureInfo.InvariantCulture),
        Account = rule.Account,
        Kind = rule.Kind?.ToString(),
        Category = rule.Category,
        Customer = rule.Customer,
        Project = rule.Project,
    };

    public TaggingRule ToRule() => new()
    {
        Id = RowKey,
        Name = Name ?? string.Empty,
        Order = Order,
        Field = Enum.TryParse<RuleTextField>(Field, out var field) ? field : RuleTextField.CounterpartyOrDescription,
        Mode = Enum.TryParse<TextMatchMode>(Mode, out var mode) ? mode : TextMatchMode.Contains,
        Pattern = Pattern,
        MinimumAmount = Amount(MinimumAmount),
        MaximumAmount = Amount(MaximumAmount),
        Account = Account,
        Kind = Enum.TryParse<TransactionKind>(Kind, out var kind) ? kind : null,
        Category = Category,
        Customer = Customer,
        Project = Project,
    };

    private static decimal? Amount(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;
}
