using System.Text.Json.Serialization;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>A column of a mapping profile: by header name (compared loosely) or by 0-based index.</summary>
internal sealed record ColumnRef
{
    [JsonConstructor]
    public ColumnRef(string? name = null, int? index = null)
    {
        if (name is null == index is null)
        {
            throw new ArgumentException("A column is named either by header name or by index.");
        }

        Name = name;
        Index = index;
    }

    public string? Name { get; }

    public int? Index { get; }

    public static implicit operator ColumnRef(string name) => new(name: name);

    public static implicit operator ColumnRef(int index) => new(index: index);

    public static ColumnRef FromName(string name) => new(name: name);

    public static ColumnRef FromIndex(int index) => new(index: index);

    /// <summary>The column's index in <paramref name="normalizedHeader"/>, or null when the header has no such name.</summary>
    public int? Resolve(IReadOnlyList<string> normalizedHeader)
    {
        if (Index is { } index)
        {
            return index;
        }

        var wanted = HeaderText.Normalize(Name!);
        for (var i = 0; i < normalizedHeader.Count; i++)
        {
            if (string.Equals(normalizedHeader[i], wanted, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}
