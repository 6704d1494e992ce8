using System.Security.Cryptography;
using System.Text;

namespace ProfitPipeline.Reporting.Html;

/// <summary>
/// The one inline style sheet of every HTML report and digest. The Content-Security-Policy allows exactly this text by its
/// SHA-256, so no other style (and no script at all) can run in the page. Charts use SVG presentation attributes, which CSP
/// does not treat as inline style.
/// </summary>
internal static class ReportStyle
{
    public const string Css =
        ":root{color-scheme:light;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;background:#fff}"
        + "body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem;line-height:1.4}"
        + "h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .4rem}"
        + ".meta{color:#555;margin:.2rem 0}nav a{margin-right:1rem}"
        + "table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;font-size:.9rem}"
        + "caption{text-align:left;font-weight:600;padding:.3rem 0;caption-side:top}"
        + "th,td{padding:.25rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
        + "th{background:#f3f5f7;white-space:nowrap}th a{color:inherit;text-decoration:none}th a:hover,th a:focus{text-decoration:underline}"
        + "td.num,th.num{text-align:right}td.neg{color:#b00020}"
        + "figure{margin:1rem 0}svg{max-width:100%;height:auto;font-size:11px}figcaption{color:#555;font-size:.85rem}"
        + ".flags li{margin:.4rem 0}.sev{display:inline-block;min-width:4.5rem;font-size:.75rem;text-transform:uppercase;font-weight:700}"
        + ".sev-critical{color:#b00020}.sev-warning{color:#8a5a00}.sev-info{color:#245}"
        + "code{font-size:.8rem;background:#f3f5f7;padding:0 .2rem}"
        + ".empty{color:#555;font-style:italic}"
        + "@media print{nav{display:none}body{max-width:none;padding:0}th a{text-decoration:none}"
        + "thead{display:table-header-group}tr,figure,li{break-inside:avoid}h2{break-after:avoid}a{color:inherit}}";

    /// <summary>The CSP source that allows <see cref="Css"/>: <c>'sha256-…'</c> of its UTF-8 bytes.</summary>
    public static string CspHashSource { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src {CspHashSource}; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
}
