using System.Text;
using System.Text.RegularExpressions;

namespace ProfitPipeline.Ingestion.Mt940;

/// <summary>
/// What a <c>:86:</c> field says about a statement line. Three dialects: German/Austrian sub-fields
/// (<c>GVC?20..?29</c> remittance, <c>?30</c> BIC, <c>?31</c> IBAN, <c>?32/?33</c> name; some banks use '&gt;'
/// instead of '?'), Dutch/SWIFT slash codes (<c>/EREF/ /REMI/ /NAME/ /IBAN/ /ORDP//NAME/ /BENM//NAME/</c>) and free text.
/// </summary>
internal sealed partial record Mt940Details(string? Description, string? Name, string? Iban, string? EndToEndId, string? Category)
{
    private const string NotProvided = "NOTPROVIDED";

    public static Mt940Details Empty { get; } = new(null, null, null, null, null);

    public static Mt940Details Parse(IReadOnlyList<string> lines)
    {
        // Structured dialects wrap at a fixed width, often mid-word: their lines are joined as they are.
        var joined = string.Concat(lines);
        var german = GermanStart().Match(joined);
        if (german.Success)
        {
            return ParseGerman(joined, german.Groups["gvc"].Value, german.Groups["sep"].Value[0]);
        }

        if (SlashCode().IsMatch(joined))
        {
            return ParseSlashCodes(joined);
        }

        var free = Spaces().Replace(string.Join(' ', lines.Select(l => l.Trim())), " ").Trim();
        return new Mt940Details(free.Length == 0 ? null : free, null, null, null, null);
    }

    private static Mt940Details ParseGerman(string text, string gvc, char separator)
    {
        var fields = new SortedDictionary<int, StringBuilder>();
        foreach (var part in text[3..].Split(separator))
        {
            if (part.Length >= 2 && char.IsAsciiDigit(part[0]) && char.IsAsciiDigit(part[1]))
            {
                var key = ((part[0] - '0') * 10) + (part[1] - '0');
                if (!fields.TryGetValue(key, out var value))
                {
                    fields[key] = value = new StringBuilder();
                }

                value.Append(part.AsSpan(2));
            }
        }

        string? Get(int key) => fields.TryGetValue(key, out var v) && v.Length > 0 ? v.ToString().Trim() : null;
        var remittance = string.Concat(fields.Where(f => f.Key is (>= 20 and <= 29) or (>= 60 and <= 63)).Select(f => f.Value.ToString()));
        var sepa = SepaKeywords(remittance);
        var description = sepa.GetValueOrDefault("SVWZ") ?? (remittance.Trim().Length > 0 ? remittance.Trim() : Get(0));
        var endToEnd = sepa.GetValueOrDefault("EREF");
        var name = string.Concat(Get(32), Get(33) is { } more ? more : null);
        return new Mt940Details(
            description,
            name.Length == 0 ? null : name,
            Get(31),
            endToEnd is null || string.Equals(endToEnd, NotProvided, StringComparison.OrdinalIgnoreCase) ? null : endToEnd,
            gvc);
    }

    // SEPA remittance inside ?20-?29: "EREF+id MREF+mandate CRED+creditor SVWZ+purpose".
    private static Dictionary<string, string> SepaKeywords(string remittance)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = SepaKeyword().Matches(remittance);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : remittance.Length;
            result.TryAdd(matches[i].Groups[1].Value, remittance[start..end].Trim());
        }

        return result;
    }

    private static Mt940Details ParseSlashCodes(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = SlashCode().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            values.TryAdd(matches[i].Groups[1].Value, text[start..end].Trim().TrimEnd('/').Trim());
        }

        // ING's /CNTP/ is "IBAN/BIC/NAME/CITY".
        var counterparty = values.GetValueOrDefault("CNTP")?.Split('/');
        var remittance = values.GetValueOrDefault("REMI");
        if (remittance is not null && remittance.StartsWith("USTD//", StringComparison.Ordinal))
        {
            remittance = remittance[6..];
        }

        var endToEnd = values.GetValueOrDefault("EREF");
        return new Mt940Details(
            NullIfEmpty(remittance) ?? NullIfEmpty(values.GetValueOrDefault("TRTP")),
            NullIfEmpty(values.GetValueOrDefault("NAME")) ?? (counterparty is { Length: >= 3 } ? NullIfEmpty(counterparty[2]) : null),
            NullIfEmpty(values.GetValueOrDefault("IBAN")) ?? (counterparty is { Length: >= 1 } ? NullIfEmpty(counterparty[0]) : null),
            endToEnd is null || string.Equals(endToEnd, NotProvided, StringComparison.OrdinalIgnoreCase) ? null : NullIfEmpty(endToEnd),
            NullIfEmpty(values.GetValueOrDefault("TRTP")));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\s*(?<gvc>\d{3})(?<sep>[?>])")]
    private static partial Regex GermanStart();

    [GeneratedRegex(@"/(EREF|REMI|NAME|IBAN|BIC|ORDP|BENM|TRTP|CSID|MARF|PREF|RTRN|ATOS|CNTP|ULTC|ULTD|ULTB|PURP|ISDT|SVCL|BUSP|FX|CREF)/")]
    private static partial Regex SlashCode();

    [GeneratedRegex(@"(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT|IBAN|BIC)\+")]
    private static partial Regex SepaKeyword();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
