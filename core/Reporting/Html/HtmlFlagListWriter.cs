using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Html;

/// <summary>Flags as a list: severity, text, and the transaction ids that drove each flag.</summary>
internal static class HtmlFlagListWriter
{
    private const int IdsShown = 50;

    public static void Write(HtmlOutput html, FlagList list)
    {
        if (list.Flags.Count == 0)
        {
            html.Markup("<p class=\"empty\">No flags.</p>");
            return;
        }

        html.Markup("<ul class=\"flags\" id=\"").Text(list.Id).Markup("\">");
        foreach (var flag in list.Flags)
        {
            html.Markup("<li><span class=\"sev sev-").Text(flag.Severity).Markup("\">").Text(flag.Severity).Markup("</span> ").Text(flag.Text);
            if (flag.TransactionIds.Count > 0)
            {
                html.Markup("<br><span class=\"meta\">Transactions:</span> ");
                foreach (var id in flag.TransactionIds.Take(IdsShown))
                {
                    html.Markup("<code>").Text(id).Markup("</code> ");
                }

                if (flag.TransactionIds.Count > IdsShown)
                {
                    html.Markup("<span class=\"meta\">and ").Text((flag.TransactionIds.Count - IdsShown).ToString(System.Globalization.CultureInfo.InvariantCulture)).Markup(" more</span>");
                }
            }

            html.Markup("</li>");
        }

        html.Markup("</ul>");
    }
}
