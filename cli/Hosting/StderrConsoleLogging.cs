using Microsoft.Extensions.Logging;

namespace ProfitPipeline.Cli.Hosting;

/// <summary>How every `profit` command logs: one line per entry, all on stderr, so stdout carries only the command's output.</summary>
internal static class StderrConsoleLogging
{
    public static ILoggingBuilder AddStderrConsole(this ILoggingBuilder logging, string? timestampFormat = null) =>
        logging
            .AddSimpleConsole(o => (o.SingleLine, o.TimestampFormat) = (true, timestampFormat))
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}
