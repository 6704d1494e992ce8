using System.Text.RegularExpressions;

namespace ProfitPipeline.Ingestion.Mt940;

/// <summary>
/// Splits MT940/MT942 text into fields. SWIFT framing (<c>{1:..}{2:..}{4:</c> ... <c>-}</c>) is stripped; lines that
/// start with an unknown tag (a wrapped time such as <c>:26:37</c>) continue the previous field; lines before the
/// first field (bank preambles) are skipped.
/// </summary>
internal static partial class Mt940FieldReader
{
    private static readonly HashSet<string> KnownTags = new(StringComparer.Ordinal)
    {
        "20", "21", "25", "25P", "28", "28C", "60F", "60M", "61", "62F", "62M", "64", "65", "86", "34F", "13", "13D", "90D", "90C", "NS",
    };

    public static IEnumerable<Mt940Field> Read(TextReader reader)
    {
        string? tag = null;
        var lines = new List<string>();
        var start = 0;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            if (raw.StartsWith('{') && (raw.Contains("{2:O942", StringComparison.Ordinal) || raw.Contains("{2:I942", StringComparison.Ordinal)))
            {
                yield return new Mt940Field(Mt940Field.InterimHeader, [], lineNumber);
            }

            var line = StripBlockHeaders(raw);
            if (IsEndOfMessage(line))
            {
                if (tag is not null)
                {
                    yield return new Mt940Field(tag, lines, start);
                }

                yield return new Mt940Field(Mt940Field.EndOfMessage, [], lineNumber);
                tag = null;
                lines = [];
                continue;
            }

            var match = TagPattern().Match(line);
            if (match.Success && KnownTags.Contains(match.Groups[1].Value))
            {
                if (tag is not null)
                {
                    yield return new Mt940Field(tag, lines, start);
                }

                tag = match.Groups[1].Value;
                lines = [line[match.Length..]];
                start = lineNumber;
            }
            else if (tag is not null && line.Length > 0)
            {
                lines.Add(line);
            }
        }

        if (tag is not null)
        {
            yield return new Mt940Field(tag, lines, start);
        }
    }

    private static bool IsEndOfMessage(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed is "-" or "-}" || (trimmed.StartsWith("-}", StringComparison.Ordinal) && trimmed.Contains("{5:", StringComparison.Ordinal));
    }

    private static string StripBlockHeaders(string line)
    {
        // "{1:F01...}{2:O940...}{3:...}{4:" may precede the first field on the same line.
        if (!line.StartsWith('{'))
        {
            return line;
        }

        var block4 = line.IndexOf("{4:", StringComparison.Ordinal);
        return block4 < 0 ? string.Empty : line[(block4 + 3)..];
    }

    [GeneratedRegex(@"^:([0-9]{2}[A-Z]?|NS):")]
    private static partial Regex TagPattern();
}
