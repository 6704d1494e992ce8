namespace ProfitPipeline.Reporting.Model;

internal enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>A table's order: a column key and a direction.</summary>
internal sealed record TableSort(string ColumnKey, SortDirection Direction)
{
    public string DirectionParameter => Direction == SortDirection.Ascending ? "asc" : "desc";
}
