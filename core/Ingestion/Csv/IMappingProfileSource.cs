namespace ProfitPipeline.Ingestion.Csv;

/// <summary>Where mapping profiles come from: built in, or stored per business (several sources may be registered).</summary>
internal interface IMappingProfileSource
{
    IReadOnlyList<MappingProfile> GetProfiles();
}
