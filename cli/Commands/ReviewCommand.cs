using System.CommandLine;
using System.Globalization;
using ProfitPipeline.Classification;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit review [--limit N] [--after CURSOR] [--json]</c> lists the queue, oldest first, a page at a time; <c>profit review payees [--json]</c> by payee; <c>profit review correct ID [--category C] [--customer K | --no-customer] [--project P | --no-project] [--remember]</c> answers one row; <c>export</c> and <c>import</c> answer many in a spreadsheet.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object per row." };
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => TransactionFilter.DefaultLimit };
        var after = new Option<TransactionCursor?>("--after") { Description = "Where the previous page ended (its last line names it).", CustomParser = TransactionsCommand.ParseCursor };
        var command = new Command("review", "Transactions whose proposed tags wait for a person, oldest first, a page at a time.") { limit, after, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (TransactionFilter.LimitProblem(parse.GetValue(limit)) is { } problem)
            {
                await Console.Error.WriteLineAsync($"profit review: {problem}");
                return 2;
            }

            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var page = await host.Get<ITaggingAdmin>().PendingReviewAsync(parse.GetValue(limit), parse.GetValue(after), cancellationToken);
            foreach (var item in page.Rows)
            {
                await Console.Out.WriteLineAsync(parse.GetValue(json)
                    ? CliJson.Line(item)
                    : Describe(item));
            }

            var more = page.Next is { } next ? $"; {page.Rows.Count} shown, add --after {next} for the next page" : string.Empty;
            if (!parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{page.Waiting} waiting for review{more}."));
            }
            else if (page.Next is not null)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"profit review: {page.Waiting} waiting for review{more}."));
            }

            return 0;
        });
        command.Subcommands.Add(CorrectCommand(json));
        command.Subcommands.Add(PayeesCommand(json));
        command.Subcommands.Add(ReviewSheetCommands.Export());
        command.Subcommands.Add(ReviewSheetCommands.Import(json));
        return command;
    }

    private static Command PayeesCommand(Option<bool> json)
    {
        var command = new Command("payees", "The queue by payee and kind, most rows first, each with the row whose remembered answer clears the rest.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var payees = await host.Get<ITaggingAdmin>().ReviewPayeesAsync(cancellationToken);
            foreach (var payee in payees)
            {
                await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(payee) : Describe(payee));
            }

            if (!parse.GetValue(json))
            {
                var rows = payees.Sum(p => p.Waiting);
                await Console.Out.WriteLineAsync(rows == 0
                    ? "Nothing waits for review."
                    : string.Create(CultureInfo.InvariantCulture, $"{rows} waiting for review, {payees.Count(p => p.Payee.Length > 0)} payees or texts: answer each one's row with --remember to clear the rest."));
            }

            return 0;
        });
        return command;
    }

    private static string Describe(ReviewPayee payee)
    {
        var dates = payee.First == payee.Last ? payee.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{payee.First:yyyy-MM-dd} to {payee.Last:yyyy-MM-dd}");
        var proposed = payee.Proposed is null ? string.Empty : $", proposed {payee.Proposed}";
        var (who, answer) = payee.Payee.Length == 0
            ? ("rows with neither payee nor text", $"answer each, the oldest: profit review correct {payee.TransactionId} --category C")
            : (payee.Payee, $"profit review correct {payee.TransactionId} --category C --remember");
        return string.Create(CultureInfo.InvariantCulture, $"{payee.Waiting,5}  {who} ({payee.Kind}), {dates}{proposed}: {answer}");
    }

    /// <summary>One row as the review list and <c>profit transactions</c> show it.</summary>
    public static string Describe(ReviewItem item) =>
        string.Create(CultureInfo.InvariantCulture, $"{item.TransactionId}  {item.BookingDate:yyyy-MM-dd} {item.Amount,12:0.00} {item.Currency}  {item.Counterparty}  → category {Shown(item.Tags.Category)}, customer {Shown(item.Tags.Customer)}, project {Shown(item.Tags.Project)}{Words(item)}");

    /// <summary>The words behind a category the model proposed, when there are any.</summary>
    private static string Words(ReviewItem item) =>
        item.Because is { Count: > 0 } words ? $" (the model read: {string.Join(", ", words.Select(w => $"\"{w}\""))})" : string.Empty;

    /// <summary>A tag as the list shows it: value, source and confidence; "waits" marks the ones a person is asked about, with why when the model said.</summary>
    internal static string Shown(Tag? tag) =>
        tag is null
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{(tag.Value.Length == 0 ? "none" : tag.Value)} ({tag.Source.ToString().ToLowerInvariant()} {tag.Confidence:0.00}{Waits(tag)})");

    private static string Waits(Tag tag) =>
        tag.Accepted ? string.Empty : ModelTagDetail.WaitsBecause(tag) is { } because ? $", waits: {because}" : ", waits";

    private static Command CorrectCommand(Option<bool> json)
    {
        var id = new Argument<string>("transaction-id") { Description = "The row to answer." };
        var category = new Option<string?>("--category") { Description = "What it really is." };
        var customer = new Option<string?>("--customer") { Description = "Whom it is for (customer id)." };
        var project = new Option<string?>("--project") { Description = "Which project." };
        var noCustomer = new Option<bool>("--no-customer") { Description = "The row has no customer (a processor payout, a transfer)." };
        var noProject = new Option<bool>("--no-project") { Description = "The row belongs to no project." };
        var remember = new Option<bool>("--remember") { Description = "Tag every row of this counterparty and kind the same way, now and later (saved as a rule)." };
        var command = new Command("correct", "Confirm or correct one row's tags; the answer is kept as a label for retraining.") { id, category, customer, project, noCustomer, noProject, remember, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var outcome = await host.Get<ITaggingAdmin>().CorrectAsync(
                [new ReviewCorrection(
                    parse.GetValue(id)!,
                    parse.GetValue(category),
                    parse.GetValue(noCustomer) ? string.Empty : parse.GetValue(customer),
                    parse.GetValue(noProject) ? string.Empty : parse.GetValue(project),
                    parse.GetValue(remember))],
                cancellationToken);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(CliJson.Line(new { applied = outcome.Applied == 1, rejected = outcome.Rejected, rulesSaved = outcome.RulesSaved }));
            }
            else if (outcome.Rejected is [var problem, ..])
            {
                await Console.Error.WriteLineAsync($"profit review correct: {problem.TransactionId}: {problem.Reason}.");
            }
            else
            {
                await Console.Out.WriteLineAsync(outcome.RulesSaved is [var rule, ..] ? $"Saved, and remembered as rule {rule}." : "Saved.");
            }

            return outcome.Rejected.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
