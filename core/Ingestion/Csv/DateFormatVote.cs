namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Counts, over the date values seen, how many each allow-listed format reads, and picks the format that reads the most.
/// When a day-first and a month-first format read every value equally well the order is undecided: callers keep feeding
/// values (the whole file if need be) and, if it stays undecided, refuse the file rather than guess.
/// </summary>
internal sealed class DateFormatVote
{
    private readonly IReadOnlyList<DateFormat> _formats;
    private readonly int[] _counts;

    public DateFormatVote(IReadOnlyList<DateFormat>? formats = null)
    {
        _formats = formats ?? DateFormat.AllowList;
        _counts = new int[_formats.Count];
    }

    /// <summary>Non-empty values seen.</summary>
    public int Values { get; private set; }

    public void Observe(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return;
        }

        Values++;
        for (var i = 0; i < _formats.Count; i++)
        {
            if (_formats[i].TryParse(value, out _))
            {
                _counts[i]++;
            }
        }
    }

    /// <summary>How many values the best format reads.</summary>
    public int BestCount => _counts.Length == 0 ? 0 : _counts.Max();

    /// <summary>The formats that read the most values (none when no format reads any).</summary>
    public IReadOnlyList<DateFormat> Leaders
    {
        get
        {
            var best = BestCount;
            return best == 0 ? [] : _formats.Where((_, i) => _counts[i] == best).ToList();
        }
    }

    /// <summary>Day-first and month-first formats tie: the values so far do not tell 03/04 from 04/03.</summary>
    public bool IsAmbiguous
    {
        get
        {
            var leaders = Leaders;
            return leaders.Any(f => f.Order == DateOrder.DayMonthYear) && leaders.Any(f => f.Order == DateOrder.MonthDayYear);
        }
    }

    /// <summary>Whether most non-empty values (at least <paramref name="share"/>) read as dates in one format.</summary>
    public bool IsDateColumn(double share = 0.8) => Values > 0 && BestCount >= Math.Max(1, Values * share);

    /// <summary>The winning format; null when there is none or when the order is ambiguous.</summary>
    public DateFormat? Winner => IsAmbiguous || Leaders is not [var first, ..] ? null : first;
}
