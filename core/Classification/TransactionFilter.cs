using System.Globalization;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>
/// Which ledger rows to list, so a person can find tags to check or correct beyond the review queue (an accepted tag can
/// still be wrong). Every condition that is set must hold.
/// </summary>
/// <param name="Text">Contained in the counterparty or the description, ignoring case.</param>
/// <param name="Category">The category tag (the chart's id, name or alias), or <see cref="Untagged"/> for rows without one.</param>
/// <param name="Source">Where the category tag came from.</param>
/// <param name="Limit">At most this many rows, newest first.</param>
/// <param name="After">Where the previous page ended (<see cref="TransactionPage.Next"/>): only rows after it.</param>
public sealed record TransactionFilter(
    string? Text = null,
    string? Category = null,
    TagSource? Source = null,
    TransactionKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Limit = TransactionFilter.DefaultLimit,
    TransactionCursor? After = null)
{
    public const int DefaultLimit = 200;

    /// <summary>
    /// The category filter for rows no rule, export, match, model or person has tagged: a business whose first files are bank
    /// statements alone has no model yet, and these are the rows to answer so one can be trained. A chart category of that
    /// id or name wins.
    /// </summary>
    public const string Untagged = "none";

    public const int MaximumLimit = 5000;

    /// <summary>How a filter's dates are written, in the API and on the command line alike: yyyy-MM-dd, whatever the culture.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Why a page of <paramref name="limit"/> rows cannot be listed, or null when it can (this listing's and the review queue's).</summary>
    public static string? LimitProblem(int limit) =>
        limit is < 1 or > MaximumLimit ? string.Create(CultureInfo.InvariantCulture, $"The limit must be between 1 and {MaximumLimit}.") : null;

    /// <summary>The first reason the filter cannot run, or null when it can.</summary>
    public string? ProblemWith(CategoryChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (LimitProblem(Limit) is { } limit)
        {
            return limit;
        }

        if (From > To)
        {
            return string.Create(CultureInfo.InvariantCulture, $"From {From:yyyy-MM-dd} is after to {To:yyyy-MM-dd}.");
        }

        return !string.IsNullOrWhiteSpace(Category) && chart.Find(Category) is null && !SelectsUntagged(chart)
            ? chart.NotInChart(Category.Trim())
            : null;
    }

    /// <summary>Whether the filter asks for rows without a category tag (<see cref="Untagged"/>, unless the chart has a category so named).</summary>
    public bool SelectsUntagged(CategoryChart chart) =>
        string.Equals(Category?.Trim(), Untagged, StringComparison.OrdinalIgnoreCase) && chart?.Find(Category) is null;
}
