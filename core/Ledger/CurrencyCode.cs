using System.Diagnostics.CodeAnalysis;

namespace ProfitPipeline.Ledger;

/// <summary>An ISO 4217 alphabetic currency code: three upper-case ASCII letters.</summary>
public readonly record struct CurrencyCode
{
    private readonly string? _value;

    private CurrencyCode(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("A default CurrencyCode has no value.");

    public static CurrencyCode Eur { get; } = new("EUR");
    public static CurrencyCode Gbp { get; } = new("GBP");
    public static CurrencyCode Usd { get; } = new("USD");

    public static CurrencyCode Parse(string code) =>
        TryParse(code, out var currency) ? currency : throw new FormatException($"'{code}' is not an ISO 4217 currency code.");

    public static bool TryParse([NotNullWhen(true)] string? code, out CurrencyCode currency)
    {
        currency = default;
        var trimmed = code?.Trim();
        if (trimmed is not { Length: 3 })
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        for (var i = 0; i < 3; i++)
        {
            var c = char.ToUpperInvariant(trimmed[i]);
            if (c is < 'A' or > 'Z')
            {
                return false;
            }

            upper[i] = c;
        }

        currency = new CurrencyCode(new string(upper));
        return true;
    }

    public override string ToString() => _value ?? string.Empty;
}
