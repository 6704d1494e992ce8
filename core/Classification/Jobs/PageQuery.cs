using System.Globalization;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>The <c>limit</c> and <c>after</c> query values of a paged listing; what cannot be read, or a limit out of range, is added to the problems.</summary>
internal static class PageQuery
{
    public static int Limit(string? value, List<string> problems, int defaultLimit = TransactionFilter.DefaultLimit)
    {
        if (value is null)
        {
            return defaultLimit;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
        {
            if (TransactionFilter.LimitProblem(limit) is { } outOfRange)
            {
                problems.Add(outOfRange.TrimEnd('.'));
            }

            return limit;
        }

        problems.Add($"limit: '{value}' is not a whole number");
        return defaultLimit;
    }

    public static TransactionCursor? After(string? value, List<string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (TransactionCursor.TryParse(value, out var cursor))
        {
            return cursor;
        }

        problems.Add($"after: '{value}' is not a cursor from a previous page's Link header");
        return null;
    }
}
