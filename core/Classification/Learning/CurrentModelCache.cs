using Microsoft.Extensions.Options;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Learning;

/// <summary>
/// The current model, loaded once and shared (batch prediction through IDataView is thread-safe). The pointer is re-read at
/// most every refresh interval, or at once after <see cref="Invalidate"/>; a new version is loaded only when it changed, and
/// whether spot checks stopped its acceptance (and its first spot checks) is read from the pointer each time.
/// </summary>
internal sealed class CurrentModelCache(ModelStore store, TimeProvider time, IOptions<ClassificationOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TaggingModel? _loaded;
    private TaggingModel? _model;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async Task<TaggingModel?> GetAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _checkedAt < options.Value.ModelRefreshInterval)
        {
            return _model;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - _checkedAt >= options.Value.ModelRefreshInterval)
            {
                var pointer = await store.GetCurrentAsync(cancellationToken);
                if (pointer is not null && !string.Equals(pointer.Version, _loaded?.Version, StringComparison.Ordinal))
                {
                    _loaded = await store.LoadAsync(pointer.Version, cancellationToken);
                }

                _model = pointer is null ? null : _loaded!.WithPointer(pointer.SpotChecksFailed is not null, pointer.FirstSpotChecks);

                _checkedAt = time.GetUtcNow();
            }

            return _model;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _checkedAt = DateTimeOffset.MinValue;

    public void Dispose() => _gate.Dispose();
}
