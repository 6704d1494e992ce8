using System.Globalization;
using System.Text;
using System.Text.Json;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Ingestion;

/// <summary>Keeps each import's report as JSON and CSV in the reports container (imports/{importId}.json|csv).</summary>
internal sealed class ImportReportWriter(FileStore files)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string JsonBlobName(string importId) => $"imports/{importId}.json";

    public async Task WriteAsync(ImportReport report, CancellationToken cancellationToken)
    {
        await files.WriteAsync(StorageNames.Containers.Reports, JsonBlobName(report.ImportId), BinaryData.FromObjectAsJson(report, Json), "application/json", cancellationToken);
        await files.WriteAsync(StorageNames.Containers.Reports, $"imports/{report.ImportId}.csv", BinaryData.FromString(ToCsv(report)), "text/csv", cancellationToken);
    }

    public static BinaryData ToJson(ImportReport report) => BinaryData.FromObjectAsJson(report, Json);

    /// <summary>One row per rejection (file, line, column, reason), after a summary row of the counts.</summary>
    public static string ToCsv(ImportReport report)
    {
        var csv = new StringBuilder();
        csv.AppendLine("file,format,transactions,duplicates,rejected,quarantined");
        csv.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Quote(report.File)},{report.Format},{report.Transactions},{report.Duplicates},{report.Rejected},{(report.Quarantined ? "true" : "false")}"));
        csv.AppendLine();
        csv.AppendLine("line,column,reason");
        foreach (var rejection in report.Rejections)
        {
            csv.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{rejection.Line},{rejection.Column},{Quote(rejection.Reason)}"));
        }

        return csv.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
