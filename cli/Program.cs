using ProfitPipeline.Cli.Commands;

return await ProfitCommand.InvokeAsync(args);
