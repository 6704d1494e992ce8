namespace ProfitPipeline.Classification.Matching;

/// <summary>
/// Token-set Jaro-Winkler similarity (0..1) of two normalised names: the words of each, de-duplicated and sorted, compared as
/// strings, so word order does not matter and small typos cost little.
/// </summary>
internal static class NameSimilarity
{
    public static double TokenSetJaroWinkler(string normalizedLeft, string normalizedRight) =>
        JaroWinkler(TokenSet(normalizedLeft), TokenSet(normalizedRight));

    public static double JaroWinkler(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == right.Length ? 1d : 0d;
        }

        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        var leftMatched = new bool[left.Length];
        var rightMatched = new bool[right.Length];
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(right.Length, i + window + 1); j++)
            {
                if (!rightMatched[j] && left[i] == right[j])
                {
                    leftMatched[i] = rightMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0d;
        }

        var transpositions = 0;
        for (int i = 0, j = 0; i < left.Length; i++)
        {
            if (!leftMatched[i])
            {
                continue;
            }

            while (!rightMatched[j])
            {
                j++;
            }

            transpositions += left[i] != right[j] ? 1 : 0;
            j++;
        }

        double m = matches;
        var jaro = ((m / left.Length) + (m / right.Length) + ((m - (transpositions / 2d)) / m)) / 3d;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(left.Length, right.Length)) && left[prefix] == right[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    private static string TokenSet(string normalized) =>
        string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
