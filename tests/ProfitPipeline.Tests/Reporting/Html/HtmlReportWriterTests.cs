using System.Text.RegularExpressions;
using System.Xml.Linq;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Tests.Reporting.Html;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void HostileValues_AreEncodedEverywhere()
    {
        var html = Render();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tx-<2>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;onmouseover=alert(1) x=&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_HasNoScriptAndOnlyTheHashedStyle()
    {
        var html = Render();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(StyleBlock().Matches(html));
        Assert.Equal(ReportStyle.Css, StyleBlock().Match(html).Groups[1].Value);
        var expectedHash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReportStyle.Css)));
        Assert.Contains("style-src 'sha256-" + expectedHash + "'", ReportStyle.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public void SortLinks_KeepOtherParameters_FlipTheCurrentDirection_AndEncodeInput()
    {
        var request = ExecutedResult.Request("?from=2026-01&member=%3Cb%3E%22x&sort=revenue&dir=desc&format=html");
        var document = ReportSortQuery.Apply(ReportSamples.Hostile(), ReportSortQuery.Read(request));

        var html = HtmlReportWriter.Write(document, new ReportLinks(request.Query));

        // The current sort column links to the opposite direction; other parameters survive, URL-encoded, then HTML-encoded.
        Assert.Contains("href=\"?from=2026-01&amp;member=%3Cb%3E%22x&amp;format=html&amp;sort=revenue&amp;dir=asc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"?from=2026-01&amp;member=%3Cb%3E%22x&amp;format=html&amp;sort=customer&amp;dir=asc\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"descending\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>\"x", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestedSort_OrdersRows_UnknownColumnKeepsDefault()
    {
        var ascending = ReportSortQuery.Apply(ReportSamples.Hostile(), ReportSortQuery.Read(ExecutedResult.Request("?sort=revenue&dir=asc")));
        var unknown = ReportSortQuery.Apply(ReportSamples.Hostile(), ReportSortQuery.Read(ExecutedResult.Request("?sort=%3Cscript%3E")));

        var revenues = ascending.MainTable!.Rows.Select(r => r[1].Number).ToList();
        Assert.Equal(revenues.Order(), revenues);
        var byDefault = unknown.MainTable!.Rows.Select(r => r[1].Number).ToList();
        Assert.Equal(byDefault.OrderDescending(), byDefault);
        // The unknown value is replaced in every link, never echoed.
        var html = HtmlReportWriter.Write(unknown, new ReportLinks(ExecutedResult.Request("?sort=%3Cscript%3E").Query));
        Assert.DoesNotContain("sort=%3C", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_AreWellFormedAccessibleSvg()
    {
        var html = Render();

        var svgs = SvgBlock().Matches(html).Select(m => XElement.Parse(m.Value)).ToList();
        Assert.Equal(4, svgs.Count);
        XNamespace svg = "http://www.w3.org/2000/svg";
        foreach (var chart in svgs)
        {
            Assert.Equal("img", (string?)chart.Attribute("role"));
            Assert.NotNull(chart.Attribute("aria-labelledby"));
            Assert.Equal(svg + "title", chart.Elements().First().Name);
            Assert.NotEmpty(chart.Descendants(svg + "text"));
        }

        Assert.Single(svgs[0].Descendants(svg + "polyline"));
        Assert.Equal(4, svgs[1].Descendants(svg + "rect").Count(r => r.Element(svg + "title") is not null));
        Assert.Equal(3, svgs[3].Descendants(svg + "rect").Count(r => r.Element(svg + "title") is not null));
    }

    [Fact]
    public void Table_HasCaptionHeadersAndRowLinks()
    {
        var html = Render();

        Assert.Contains("<caption>Customer margins", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"customers/%3Cscript%3Ealert%281%29%3C%2Fscript%3E\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num neg\">-12.50 EUR</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">25.0 %</td>", html, StringComparison.Ordinal);
    }

    private static string Render() =>
        HtmlReportWriter.Write(ReportSortQuery.Apply(ReportSamples.Hostile(), null), new ReportLinks(ExecutedResult.Request().Query));

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgBlock();
}
