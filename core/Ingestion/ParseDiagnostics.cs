namespace ProfitPipeline.Ingestion;

/// <summary>
/// What a parser tells about a file besides its records: rejected rows (position and reason, never content)
/// and notices such as pending entries that were reported but not booked.
/// </summary>
public sealed class ParseDiagnostics(string fileName)
{
    private readonly List<RowRejection> _rejections = [];
    private readonly List<string> _notices = [];

    public string FileName { get; } = fileName;

    public IReadOnlyList<RowRejection> Rejections => _rejections;

    public IReadOnlyList<string> Notices => _notices;

    public void Reject(int line, int? column, string reason) => _rejections.Add(new RowRejection(FileName, line, column, reason));

    public void Notice(string notice) => _notices.Add(notice);
}
