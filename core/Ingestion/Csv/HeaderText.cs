using System.Globalization;
using System.Text;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>Header names compared loosely: lower case, no accents, single spaces, no surrounding quotes or BOM.</summary>
internal static class HeaderText
{
    public static string Normalize(string header)
    {
        var trimmed = header.Trim().Trim('\uFEFF', '"', '\'').Trim();
        var decomposed = trimmed.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var space = char.IsWhiteSpace(c) || c == '_';
            if (space && lastWasSpace)
            {
                continue;
            }

            builder.Append(space ? ' ' : char.ToLowerInvariant(c));
            lastWasSpace = space;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
