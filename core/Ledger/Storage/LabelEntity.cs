using System.Buffers.Text;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>A confirmed label as a table row; the row key is the transaction id in base64url (ids may hold characters keys forbid).</summary>
internal sealed class LabelEntity : ITableEntity
{
    public const string Partition = "labels";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TransactionId { get; set; } = string.Empty;

    public string? Category { get; set; }

    public string? Customer { get; set; }

    public string? Project { get; set; }

    public string By { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    /// <summary>For a spot check: the model version whose accepted category the person was asked to check.</summary>
    public string? SpotCheckedModel { get; set; }

    /// <summary>For a spot check: the category that model had accepted.</summary>
    public string? SpotCheckedCategory { get; set; }

    /// <summary>For a spot check: when the person answered it.</summary>
    public DateTimeOffset? SpotCheckedAt { get; set; }

    public static string Key(TransactionId id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id.Value));

    public static LabelEntity From(TransactionLabel label) => new()
    {
        RowKey = Key(label.TransactionId),
        TransactionId = label.TransactionId.Value,
        Category = label.Category,
        Customer = label.Customer,
        Project = label.Project,
        By = label.By,
        At = label.At,
        SpotCheckedModel = label.SpotChecked?.ModelVersion,
        SpotCheckedCategory = label.SpotChecked?.ProposedCategory,
        SpotCheckedAt = label.SpotChecked?.AnsweredAt,
    };

    public TransactionLabel ToLabel() => new(new TransactionId(TransactionId), Category, Customer, Project, By, At)
    {
        SpotChecked = SpotCheckedModel is not null && SpotCheckedCategory is not null ? new SpotCheckedTag(SpotCheckedModel, SpotCheckedCategory, SpotCheckedAt) : null,
    };
}
