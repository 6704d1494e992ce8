using System.Globalization;
using System.Text;

namespace ProfitPipeline.Cli.Demo;

/// <summary>Builds IBANs with correct ISO 13616 mod-97 check digits, so demo accounts pass any IBAN validation.</summary>
internal static class Iban
{
    public static string Create(string countryCode, string bban)
    {
        var check = 98 - Mod97(bban + countryCode + "00");
        return countryCode + check.ToString("00", CultureInfo.InvariantCulture) + bban;
    }

    public static bool IsValid(string iban) =>
        iban.Length > 4 && Mod97(iban[4..] + iban[..4]) == 1;

    /// <summary>A random national account in one of the countries the demo's counterparties bank in.</summary>
    public static string Random(Random rng)
    {
        return rng.Next(4) switch
        {
            0 => Create("DE", Digits(rng, 8) + Digits(rng, 10)),
            1 => Create("NL", Letters(rng, 4) + Digits(rng, 10)),
            2 => Create("AT", Digits(rng, 5) + Digits(rng, 11)),
            _ => Create("IE", Letters(rng, 4) + Digits(rng, 6) + Digits(rng, 8)),
        };
    }

    // Letters count as 10..35; the number is consumed digit by digit so it never overflows.
    private static int Mod97(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : char.ToUpperInvariant(c) - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return remainder;
    }

    private static string Digits(Random rng, int count)
    {
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            text.Append((char)('0' + rng.Next(10)));
        }

        return text.ToString();
    }

    private static string Letters(Random rng, int count)
    {
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            text.Append((char)('A' + rng.Next(26)));
        }

        return text.ToString();
    }
}
