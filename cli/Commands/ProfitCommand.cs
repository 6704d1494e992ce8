using System.CommandLine;

namespace ProfitPipeline.Cli.Commands;

/// <summary>The <c>profit</c> command: the one-machine host and admin tool over the same core as the Functions app.</summary>
internal static class ProfitCommand
{
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
        root.Subcommands.Add(EvaluateCommand.Create());
        return root;
    }
}
