using System.Text;
using ProfitPipeline.Ingestion;

namespace ProfitPipeline.Tests.Ingestion.Csv;

public sealed class BankCsvDelimiterTests
{
    [Fact]
    public void HeaderlessSemicolonFileWithThousandsCommas_IsSplitOnSemicolons()
    {
        // Found by the round-trip property: every amount has two thousands commas, so ',' splits each row into three fields as
        // consistently as ';' does. Only ';' leaves the dates whole.
        const string text = "19 Nov 2016;Rechnung;2,611,802.29\r\n18 Aug 2017;Miete REWE;-4,681,759.31\r\n24 May 2019;Strasse Facture;4,938,761.72\r\n";
        var file = FileContent.FromBytes("statement.csv", Encoding.UTF8.GetBytes(text));

        var (transactions, diagnostics) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), file);

        Assert.Empty(diagnostics.Rejections);
        Assert.Equal([2_611_802.29m, -4_681_759.31m, 4_938_761.72m], transactions.Select(t => t.Amount.Amount));
        Assert.Equal(new DateOnly(2017, 8, 18), transactions[1].BookingDate);
    }
}
