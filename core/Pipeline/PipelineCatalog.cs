namespace ProfitPipeline.Pipeline;

/// <summary>
/// The one list of the pipeline's jobs. <c>profit serve</c> wires itself from <see cref="Jobs"/>; the Functions app declares the
/// same names, paths, schedules and routes from these constants, and a test checks the two agree.
/// </summary>
public static class PipelineCatalog
{
    /// <summary>Function names.</summary>
    public static class Names
    {
        public const string IngestUpload = "IngestUpload";
        public const string Health = "Health";
    }

    /// <summary>Blob trigger paths.</summary>
    public static class BlobPaths
    {
        public const string Uploads = "uploads/{name}";
    }

    /// <summary>HTTP routes, relative to <c>/api/</c>.</summary>
    public static class Routes
    {
        public const string Health = "health";
    }

    public static IReadOnlyList<PipelineJob> Jobs { get; } =
    [
        new(Names.IngestUpload, new BlobTrigger(BlobPaths.Uploads), "Parse, normalise, de-duplicate and store a dropped file."),
        new(Names.Health, new HttpTrigger("GET", Routes.Health, EndpointAccess.Anonymous), "Liveness: storage answers."),
    ];
}
