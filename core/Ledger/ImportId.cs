namespace ProfitPipeline.Ledger;

/// <summary>An import is identified by the SHA-256 of the file's bytes (lower-case hex), so the same bytes under any name are one import.</summary>
public readonly record struct ImportId
{
    private readonly string? _value;

    private ImportId(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("A default ImportId has no value.");

    public static ImportId FromSha256(ReadOnlySpan<byte> hash)
    {
        if (hash.Length != 32)
        {
            throw new ArgumentException("A SHA-256 hash has 32 bytes.", nameof(hash));
        }

        return new ImportId(Convert.ToHexStringLower(hash));
    }

    public static ImportId Parse(string hex)
    {
        if (hex is not { Length: 64 } || !hex.All(char.IsAsciiHexDigitLower))
        {
            throw new FormatException("An import id is 64 lower-case hex digits.");
        }

        return new ImportId(hex);
    }

    public override string ToString() => _value ?? string.Empty;
}
