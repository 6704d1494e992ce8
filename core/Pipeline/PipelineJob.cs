namespace ProfitPipeline.Pipeline;

/// <summary>One job of the pipeline: its name (the Functions function name), its trigger, and what it does.</summary>
public sealed record PipelineJob(string Name, PipelineTrigger Trigger, string Description);
