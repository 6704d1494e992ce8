namespace ProfitPipeline.Ingestion;

/// <summary>Limits and defaults for ingestion (configuration section <c>ProfitPipeline:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "ProfitPipeline:Ingestion";

    /// <summary>The business's home currency, used when a file states none (ISO 4217).</summary>
    public string DefaultCurrency { get; set; } = "EUR";

    /// <summary>Files larger than this are quarantined unread.</summary>
    public long MaxFileBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Uncompressed bytes a compressed file may expand to before it is treated as a decompression bomb.</summary>
    public long MaxExpandedBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>A file whose share of rejected rows is above this (0..1) is quarantined whole: it is probably misread.</summary>
    public decimal MaxRejectionRate { get; set; } = 0.2m;
}
