using System.CommandLine;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Cli.Hosting;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit rules list|add|delete</c>: ordered user rules that always beat the model.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("rules", "Manage tagging rules (they run in order and always beat the model).");

        var list = new Command("list", "List the rules in the order they run.") { json };
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            foreach (var stored in await host.Get<ITaggingAdmin>().ListRulesAsync(cancellationToken))
            {
                var r = stored.Rule;
                await Console.Out.WriteLineAsync(parse.GetValue(json)
                    ? CliJson.Line(stored)
                    : $"{r.Order,4}  {r.Id}  {r.Field} {r.Mode} '{r.Pattern}' → category={r.Category} customer={r.Customer} project={r.Project}");
            }

            return 0;
        });

        var id = new Argument<string>("id") { Description = "Rule id." };
        var pattern = new Option<string?>("--pattern") { Description = "Text to match (ignoring case)." };
        var mode = new Option<TextMatchMode>("--mode") { Description = "Exact, Contains or Regex.", DefaultValueFactory = _ => TextMatchMode.Contains };
        var field = new Option<RuleTextField>("--field") { Description = "CounterpartyOrDescription, Counterparty or Description.", DefaultValueFactory = _ => RuleTextField.CounterpartyOrDescription };
        var order = new Option<int>("--order") { Description = "Lower runs first.", DefaultValueFactory = _ => 100 };
        var category = new Option<string?>("--category") { Description = "Category to set." };
        var customer = new Option<string?>("--customer") { Description = "Customer id to set." };
        var project = new Option<string?>("--project") { Description = "Project to set." };
        var add = new Command("add", "Add or replace a rule; the ledger is re-tagged at once.") { id, pattern, mode, field, order, category, customer, project, json };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var rule = new TaggingRule
            {
                Id = parse.GetValue(id)!,
                Name = parse.GetValue(id)!,
                Pattern = parse.GetValue(pattern),
                Mode = parse.GetValue(mode),
                Field = parse.GetValue(field),
                Order = parse.GetValue(order),
                Category = parse.GetValue(category),
                Customer = parse.GetValue(customer),
                Project = parse.GetValue(project),
            };
            if ((rule.Category ?? rule.Customer ?? rule.Project) is null)
            {
                await Console.Error.WriteLineAsync("A rule sets at least one of --category, --customer or --project.");
                return 2;
            }

            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var admin = host.Get<ITaggingAdmin>();
            var existing = (await admin.ListRulesAsync(cancellationToken)).FirstOrDefault(r => r.Rule.Id == rule.Id);
            var stored = await admin.SaveRuleAsync(rule, existing?.ETag, cancellationToken);
            await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(stored) : $"Saved rule {stored.Rule.Id}; the ledger is re-tagged.");
            return 0;
        });

        var deleteId = new Argument<string>("id") { Description = "Rule id." };
        var delete = new Command("delete", "Delete a rule; the ledger is re-tagged.") { deleteId };
        delete.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            try
            {
                await host.Get<ITaggingAdmin>().DeleteRuleAsync(parse.GetValue(deleteId)!, cancellationToken);
                await Console.Out.WriteLineAsync("Deleted.");
                return 0;
            }
            catch (ProfitPipeline.Ledger.ConcurrencyConflictException)
            {
                await Console.Error.WriteLineAsync("No such rule.");
                return 1;
            }
        });

        command.Subcommands.Add(list);
        command.Subcommands.Add(add);
        command.Subcommands.Add(delete);
        return command;
    }
}
