namespace ProfitPipeline.Ingestion.Mt940;

/// <summary>One tagged field (<c>:61:</c> and its continuation lines) and the 1-based line where it starts.
/// Tag <c>-</c> marks the end of a message; tag <c>942</c> a SWIFT application header of an MT942.</summary>
internal sealed record Mt940Field(string Tag, IReadOnlyList<string> Lines, int Line)
{
    public const string EndOfMessage = "-";

    public const string InterimHeader = "942";

    public string FirstLine => Lines.Count > 0 ? Lines[0] : string.Empty;
}
