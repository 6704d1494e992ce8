namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>
/// What a tracking category (Xero tracking, an Expensify tag) tags: a name with "project" or "job" tags the project,
/// one with "customer" or "client" the customer, any other name a segment. Unnamed options are projects.
/// </summary>
internal sealed record TrackingTags(string? Project, string? Customer, string? Segment)
{
    public static TrackingTags From(params ReadOnlySpan<(string? Name, string? Option)> categories)
    {
        string? project = null, customer = null, segment = null;
        foreach (var (name, option) in categories)
        {
            if (option is null)
            {
                continue;
            }

            if (name is null || Names(name, "project", "job"))
            {
                project ??= option;
            }
            else if (Names(name, "customer", "client"))
            {
                customer ??= option;
            }
            else
            {
                segment ??= option;
            }
        }

        return new TrackingTags(project, customer, segment);
    }

    private static bool Names(string name, string first, string second) =>
        name.Contains(first, StringComparison.OrdinalIgnoreCase) || name.Contains(second, StringComparison.OrdinalIgnoreCase);
}
