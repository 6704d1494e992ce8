using System.Text;
using System.Text.Json;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Csv;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion.Csv;

public sealed class MappingProfileTests
{
    [Fact]
    public void BuiltInProfiles_RoundTripThroughJson()
    {
        foreach (var profile in BuiltInMappingProfiles.All)
        {
            var json = JsonSerializer.Serialize(profile);
            var back = JsonSerializer.Deserialize<MappingProfile>(json)!;

            Assert.Equal(json, JsonSerializer.Serialize(back));
            Assert.Equal(profile.HeaderSignature, back.HeaderSignature);
            Assert.Equal(profile.Date, back.Date);
        }
    }

    [Fact]
    public void HeaderlessProfileByIndex_ReadsTheCurrencyTheFileDoesNotState()
    {
        var profile = new MappingProfile
        {
            Name = "Nordea DK (user)",
            HasHeader = false,
            Date = 0,
            ValueDate = 2,
            Amount = 3,
            Description = [1],
            DateFormat = "dd-MM-yyyy",
            DecimalSeparator = ',',
            Delimiter = ';',
            DefaultCurrency = "DKK",
        };
        var diagnostics = new ParseDiagnostics("nordea.csv");

        var transactions = BankCsvTestParser.Create().Parse(BankCsvTestParser.Fixture("reckon/danish_kroner_nordea_example.csv"), profile, diagnostics, TestContext.Current.CancellationToken).ToList();

        Assert.Equal(6, transactions.Count);
        Assert.Equal(new Money(-48.00m, CurrencyCode.Parse("DKK")), transactions[0].Amount);
        Assert.Equal(new DateOnly(2012, 10, 23), transactions[2].ValueDate);
    }

    [Fact]
    public void ProfileFromJson_WithSignature_AppliesByItself()
    {
        const string json = """{"Name":"Card (user)","HeaderSignature":["Posted","Details","Value"],"Date":{"Name":"Posted"},"Amount":{"Name":"Value"},"Description":[{"Name":"Details"}],"InvertSign":true,"DateFormat":"dd/MM/yyyy"}""";
        var profile = JsonSerializer.Deserialize<MappingProfile>(json)!;
        var file = FileContent.FromBytes("card.csv", Encoding.UTF8.GetBytes("Posted,Details,Value\n01/02/2024,Coffee,3.50\n03/02/2024,Payment,-100.00\n"));

        var (transactions, _) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create("EUR", profile), file);

        Assert.Equal([-3.50m, 100.00m], transactions.Select(t => t.Amount.Amount));
        Assert.Equal(new DateOnly(2024, 2, 1), transactions[0].BookingDate);
    }
}
