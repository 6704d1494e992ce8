namespace ProfitPipeline.Ledger;

/// <summary>The business's own id for a customer, trimmed and never empty.</summary>
public readonly record struct CustomerId
{
    private readonly string? _value;

    public CustomerId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value.Trim();
    }

    public string Value => _value ?? throw new InvalidOperationException("A default CustomerId has no value.");

    public override string ToString() => _value ?? string.Empty;
}
