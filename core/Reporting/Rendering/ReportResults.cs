using System.Text;
using Microsoft.AspNetCore.Http;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Rendering;

/// <summary>What report endpoints return: the document in the negotiated format, sorted as asked, with the security headers.</summary>
internal static class ReportResults
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string HtmlContentType = "text/html; charset=utf-8";
    private const string NotFoundText = "Not found.";

    public static IResult Render(ReportDocument document, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        var sorted = ReportSortQuery.Apply(document, ReportSortQuery.Read(request));
        return Render(sorted, ReportFormatNegotiation.Choose(request), new ReportLinks(request.Query));
    }

    public static IResult Render(ReportDocument document, ReportFormat format, ReportLinks links)
    {
        ArgumentNullException.ThrowIfNull(document);
        IResult result = format switch
        {
            ReportFormat.Csv => Results.Bytes(ReportCsvWriter.Write(document), CsvContentType, SafeFileName(document.FileName) + ".csv"),
            ReportFormat.Html => Results.Text(HtmlReportWriter.Write(document, links), HtmlContentType, Encoding.UTF8),
            _ => Results.Bytes(ReportJsonWriter.Write(document), JsonContentType),
        };
        return result.WithReportHeaders();
    }

    /// <summary>
    /// The one answer for a share link that cannot be opened (unknown, expired, revoked, tampered): same status, body and
    /// headers, so a caller learns nothing about which it was.
    /// </summary>
    public static IResult ShareNotFound() =>
        Results.Text(NotFoundText, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound).WithReportHeaders();

    private static string SafeFileName(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return safe.Length == 0 ? "report" : safe;
    }
}
