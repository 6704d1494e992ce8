using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ProfitPipeline.Classification;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Cli.Commands;

/// <summary>
/// <c>profit transactions [--text T] [--category C] [--source S] [--kind K] [--from D] [--to D] [--limit N] [--after CURSOR] [--json]</c>:
/// ledger rows with their tags, newest first, a page at a time, to find tags worth correcting (<c>profit review correct ID ...</c>)
/// beyond the queue. When more rows match, the last line says which <c>--after</c> gives the next page (on stderr with --json,
/// so stdout stays one JSON object per row).
/// </summary>
internal static class TransactionsCommand
{
    public static Command Create()
    {
        var text = new Option<string?>("--text") { Description = "Contained in the counterparty or description (ignoring case)." };
        var category = new Option<string?>("--category") { Description = "Category tag (the chart's id, name or alias); none for rows without one (to answer before there is a model)." };
        var source = new Option<TagSource?>("--source") { Description = "Where the category tag came from (Rule, Match, Model, Human, Export)." };
        var kind = new Option<TransactionKind?>("--kind") { Description = "Row kind (BankDebit, BankCredit, Invoice...)." };
        var from = new Option<DateOnly?>("--from") { Description = "First booking date (yyyy-MM-dd).", CustomParser = ParseDate };
        var to = new Option<DateOnly?>("--to") { Description = "Last booking date (yyyy-MM-dd).", CustomParser = ParseDate };
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => TransactionFilter.DefaultLimit };
        var after = new Option<TransactionCursor?>("--after") { Description = "Where the previous page ended (its last line names it).", CustomParser = ParseCursor };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per row." };
        var command = new Command("transactions", "Ledger rows with their tags, newest first, a page at a time.") { text, category, source, kind, from, to, limit, after, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var filter = new TransactionFilter(parse.GetValue(text), parse.GetValue(category), parse.GetValue(source), parse.GetValue(kind), parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit), parse.GetValue(after));
            TransactionPage page;
            try
            {
                page = await host.Get<ITaggingAdmin>().FindTransactionsAsync(filter, cancellationToken);
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"profit transactions: {e.Message}");
                return 2;
            }

            foreach (var row in page.Rows)
            {
                await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(row) : ReviewCommand.Describe(row));
            }

            var more = page.Next is { } next ? $"; more rows match: add --after {next} for the next page" : string.Empty;
            if (!parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{page.Rows.Count} rows{more}."));
            }
            else if (page.Next is not null)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"profit transactions: {page.Rows.Count} rows{more}."));
            }

            return 0;
        });
        return command;
    }

    /// <summary>A cursor as a previous page's last line names it; shared with <c>profit review</c>.</summary>
    internal static TransactionCursor? ParseCursor(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (TransactionCursor.TryParse(value, out var cursor))
        {
            return cursor;
        }

        result.AddError($"'{value}' is not a cursor: copy the --after value the previous page's last line names.");
        return null;
    }

    /// <summary>Dates are read as the API reads them (<see cref="TransactionFilter.TryParseDate"/>).</summary>
    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (TransactionFilter.TryParseDate(value, out var date))
        {
            return date;
        }

        result.AddError($"'{value}' is not a date: write it as yyyy-MM-dd.");
        return null;
    }
}
