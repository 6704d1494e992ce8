namespace ProfitPipeline.Ledger;

/// <summary>A transaction's stable id: the same row of the same account always gets the same id, whichever file carried it.</summary>
public readonly record struct TransactionId
{
    private readonly string? _value;

    public TransactionId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    public string Value => _value ?? throw new InvalidOperationException("A default TransactionId has no value.");

    public override string ToString() => _value ?? string.Empty;
}
