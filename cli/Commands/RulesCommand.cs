using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ledger;

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
                    : $"{r.Order,4}  {r.Id}  {Conditions(r)} → category={r.Category} customer={r.Customer} project={r.Project}");
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
        var minimumAmount = new Option<decimal?>("--min-amount") { Description = "Smallest amount (absolute value, e.g. 100.00) the rule applies to.", CustomParser = ParseAmount };
        var maximumAmount = new Option<decimal?>("--max-amount") { Description = "Largest amount (absolute value) the rule applies to.", CustomParser = ParseAmount };
        var account = new Option<string?>("--account") { Description = "Only rows booked on this account of the business (IBAN or account id; spaces and case ignored)." };
        var kind = new Option<TransactionKind?>("--kind") { Description = "Only rows of this kind." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Save nothing: show which ledger rows the rule matches and how their tags would change." };
        var add = new Command("add", "Add or replace a rule; the ledger is re-tagged at once.") { id, pattern, mode, field, order, minimumAmount, maximumAmount, account, kind, category, customer, project, dryRun, json };
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
                MinimumAmount = parse.GetValue(minimumAmount),
                MaximumAmount = parse.GetValue(maximumAmount),
                Account = parse.GetValue(account),
                Kind = parse.GetValue(kind),
                Category = parse.GetValue(category),
                Customer = parse.GetValue(customer),
                Project = parse.GetValue(project),
            };
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var admin = host.Get<ITaggingAdmin>();
            var existing = (await admin.ListRulesAsync(cancellationToken)).FirstOrDefault(r => r.Rule.Id == rule.Id);
            try
            {
                if (parse.GetValue(dryRun))
                {
                    var asJson = parse.GetValue(json);
                    var preview = await admin.PreviewRuleAsync(rule, asJson ? TransactionFilter.MaximumLimit : RulePreview.DefaultRows, cancellationToken);
                    foreach (var line in asJson ? [CliJson.Line(preview)] : RulePreviewText.Lines(preview, Conditions(preview.Rule)))
                    {
                        await Console.Out.WriteLineAsync(line);
                    }

                    return 0;
                }

                var stored = await admin.SaveRuleAsync(rule, existing?.ETag, cancellationToken);
                await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(stored) : $"Saved rule {stored.Rule.Id}; the ledger is re-tagged.");
                return 0;
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"profit rules add: {e.Message}");
                return 2;
            }
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

    /// <summary>Amounts are read the same whatever the machine's culture: a dot for decimals, no thousands separators.</summary>
    private static decimal? ParseAmount(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        result.AddError($"'{text}' is not an amount: write it as digits with a dot for decimals (1250.50).");
        return null;
    }

    private static string Conditions(TaggingRule rule)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(rule.Pattern))
        {
            parts.Add($"{rule.Field} {rule.Mode} '{rule.Pattern}'");
        }

        if (rule.MinimumAmount is not null || rule.MaximumAmount is not null)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"amount {rule.MinimumAmount?.ToString(CultureInfo.InvariantCulture) ?? "0"}..{rule.MaximumAmount?.ToString(CultureInfo.InvariantCulture) ?? "any"}"));
        }

        if (rule.Account is not null)
        {
            parts.Add($"account {rule.Account}");
        }

        if (rule.Kind is { } kind)
        {
            parts.Add($"kind {kind}");
        }

        return parts.Count == 0 ? "every row" : string.Join(" and ", parts);
    }
}
