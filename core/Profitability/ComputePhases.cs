using System.Diagnostics;

namespace ProfitPipeline.Profitability;

/// <summary>Wall time of each phase of one computation, in order; the snapshot benchmark prints them as its breakdown.</summary>
internal sealed class ComputePhases
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Elapsed)> _phases = [];

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _phases;

    /// <summary>Records the time since the previous phase ended (or since construction) as <paramref name="phase"/>.</summary>
    public void End(string phase)
    {
        _phases.Add((phase, _clock.Elapsed));
        _clock.Restart();
    }
}
