using System.Globalization;
using System.Text;
using ProfitPipeline.Ingestion;

namespace ProfitPipeline.Cli.Commands;

/// <summary>The import report as <c>profit ingest</c> prints it: the agreed JSON fields, or a few readable lines.</summary>
internal sealed record ImportSummary(
    string File,
    string Format,
    int Transactions,
    int Customers,
    int Duplicates,
    int Rejected,
    bool Quarantined,
    bool AlreadyImported,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<RowRejection> Rejections)
{
    public static ImportSummary From(ImportReport r) =>
        new(r.File, r.Format, r.Transactions, r.Customers, r.Duplicates, r.Rejected, r.Quarantined, r.AlreadyImported, r.Reasons, r.Rejections);

    public static string Describe(ImportReport r)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{r.File}: {r.Format}, ");
        text.Append(r.Quarantined
            ? "QUARANTINED"
            : string.Create(CultureInfo.InvariantCulture, $"{r.Transactions} transactions, {r.Customers} customers, {r.Duplicates} duplicates, {r.Rejected} rejected"));
        foreach (var reason in r.Reasons)
        {
            text.AppendLine().Append("  ").Append(reason);
        }

        foreach (var rejection in r.Rejections)
        {
            text.AppendLine().Append("  rejected ").Append(rejection);
        }

        return text.ToString();
    }
}
