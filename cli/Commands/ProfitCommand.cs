using System.CommandLine;
using Microsoft.Extensions.Options;

namespace ProfitPipeline.Cli.Commands;

/// <summary>The <c>profit</c> command: the one-machine host and admin tool over the same core as the Functions app.</summary>
internal static class ProfitCommand
{
    /// <summary>
    /// Runs a command line. Settings that fail validation end it with one line naming them and exit code 2; anything else
    /// unexpected is printed whole, as System.CommandLine's own handler would, with exit code 1.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args)
    {
        try
        {
            return await Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"profit: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"Unhandled exception: {e}");
            return 1;
        }
    }

    public static RootCommand Create()
    {
        var root = new RootCommand("ProfitPipeline: customer and segment profitability from the exports a business already has.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        root.Subcommands.Add(ReconcileCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ShareCommand.Create());
        root.Subcommands.Add(DigestCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(TransactionsCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(RetrainCommand.Create());
        root.Subcommands.Add(ModelCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        return root;
    }
}
