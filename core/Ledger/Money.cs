namespace ProfitPipeline.Ledger;

/// <summary>An amount of one currency. Arithmetic across currencies is refused rather than guessed.</summary>
public readonly record struct Money(decimal Amount, CurrencyCode Currency)
{
    public static Money Zero(CurrencyCode currency) => new(0m, currency);

    public bool IsZero => Amount == 0m;

    public bool IsNegative => Amount < 0m;

    public Money Negate() => this with { Amount = -Amount };

    /// <summary>Rounds half away from zero to the currency's minor unit (two places unless told).</summary>
    public Money Round(int decimals = 2) => this with { Amount = Math.Round(Amount, decimals, MidpointRounding.AwayFromZero) };

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    public static Money operator -(Money value) => value.Negate();

    public static Money operator *(Money value, decimal factor) => value with { Amount = value.Amount * factor };

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Amount:0.00########} {Currency}");

    private static CurrencyCode SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");
}
