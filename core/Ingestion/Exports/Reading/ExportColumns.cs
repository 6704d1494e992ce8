using System.Text;

namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>A header row: finds a column by any of its spellings, ignoring case, spaces, punctuation and Xero's '*' marks.</summary>
internal sealed class ExportColumns
{
    private readonly Dictionary<string, int> _indexByHeader = new(StringComparer.Ordinal);

    public ExportColumns(IReadOnlyList<string> headers)
    {
        Headers = headers;
        for (var i = 0; i < headers.Count; i++)
        {
            _indexByHeader.TryAdd(Normalize(headers[i]), i);
        }
    }

    public IReadOnlyList<string> Headers { get; }

    public int Count => Headers.Count;

    /// <summary>"*InvoiceNumber", "Invoice Number" and "invoice_number" all read as "invoicenumber".</summary>
    public static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The 0-based index of the column, or null when the header lacks it.</summary>
    public int? IndexOf(ExportColumn column)
    {
        foreach (var header in column.Headers)
        {
            if (_indexByHeader.TryGetValue(header, out var index))
            {
                return index;
            }
        }

        return null;
    }

    public bool Has(ExportColumn column) => IndexOf(column) is not null;

    public bool HasAll(params ReadOnlySpan<ExportColumn> columns)
    {
        foreach (var column in columns)
        {
            if (!Has(column))
            {
                return false;
            }
        }

        return true;
    }

    public int CountOf(params ReadOnlySpan<ExportColumn> columns)
    {
        var count = 0;
        foreach (var column in columns)
        {
            count += Has(column) ? 1 : 0;
        }

        return count;
    }

    public bool HasHeader(string normalizedHeader) => _indexByHeader.ContainsKey(normalizedHeader);
}
