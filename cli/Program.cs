using ProfitPipeline.Cli.Commands;

return await ProfitCommand.Create().Parse(args).InvokeAsync();
