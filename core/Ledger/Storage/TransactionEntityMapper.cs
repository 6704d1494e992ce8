using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// Maps a ledger transaction to a table entity: partition = booking month (yyyy-MM), so a period's rows are read together
/// and a batch never spans months; row key = the stable transaction id.
/// </summary>
internal static class TransactionEntityMapper
{
    public const string CustomerSourceProperty = "CustomerSource";

    public static string PartitionFor(DateOnly bookingDate) => bookingDate.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of the month a partition holds.</summary>
    public static DateOnly MonthOf(string partition) => DateOnly.ParseExact(partition, "yyyy-MM", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(LedgerTransaction t)
    {
        var entity = new TableEntity(PartitionFor(t.BookingDate), t.Id.Value)
        {
            ["ImportId"] = t.Source.ImportId.Value,
            ["FileName"] = t.Source.FileName,
            ["Line"] = t.Source.Line,
            ["Kind"] = t.Kind.ToString(),
            ["BookingDate"] = EntityValues.Format(t.BookingDate),
            ["ValueDate"] = EntityValues.Format(t.ValueDate),
            ["DueDate"] = EntityValues.Format(t.DueDate),
            ["Amount"] = EntityValues.Format(t.Amount.Amount),
            ["Currency"] = t.Amount.Currency.Value,
            ["NetAmount"] = EntityValues.Format(t.NetAmount?.Amount),
            ["TaxAmount"] = EntityValues.Format(t.TaxAmount?.Amount),
            ["FeeAmount"] = EntityValues.Format(t.FeeAmount?.Amount),
            ["Account"] = t.Account,
            ["Counterparty"] = t.Counterparty,
            ["CounterpartyAccount"] = t.CounterpartyAccount,
            ["Description"] = t.Description,
            ["BankId"] = t.References.BankId,
            ["EndToEndId"] = t.References.EndToEndId,
            ["InvoiceNumber"] = t.References.InvoiceNumber,
            ["PaymentReference"] = t.References.PaymentReference,
            ["CustomerReference"] = t.CustomerReference,
            ["Project"] = t.Project,
            ["Segment"] = t.Segment,
            ["SourceCategory"] = t.SourceCategory,
            ["Employee"] = t.Employee,
            ["Status"] = t.Status,
        };
        if (t.Lines.Count > 0)
        {
            entity["Lines"] = JsonSerializer.Serialize(t.Lines.Select(StoredLine.From).ToList(), StoredJson.Options);
        }

        SetTags(entity, t.Tags);
        return entity;
    }

    public static void SetTags(TableEntity entity, TransactionTags tags)
    {
        entity["Tags"] = JsonSerializer.Serialize(tags, StoredJson.Options);
        entity["NeedsReview"] = tags.NeedsReview;

        // Queryable apart from the JSON, so tagging finds the rows a person assigned to a customer without reading the ledger.
        // Empty rather than null: a merge leaves a null property's old value in place.
        entity[CustomerSourceProperty] = tags.Customer?.Source.ToString() ?? string.Empty;
    }

    public static LedgerTransaction FromEntity(TableEntity e)
    {
        var currency = CurrencyCode.Parse(e.RequiredString("Currency"));
        Money? Optional(string key) => e.GetDecimal(key) is { } value ? new Money(value, currency) : null;
        var parsed = new ParsedTransaction
        {
            Line = e.GetInt32("Line") ?? 0,
            Kind = Enum.Parse<TransactionKind>(e.RequiredString("Kind")),
            BookingDate = e.GetDate("BookingDate") ?? throw new InvalidDataException($"Transaction {e.RowKey} has no booking date."),
            ValueDate = e.GetDate("ValueDate"),
            DueDate = e.GetDate("DueDate"),
            Amount = new Money(e.GetDecimal("Amount") ?? 0m, currency),
            NetAmount = Optional("NetAmount"),
            TaxAmount = Optional("TaxAmount"),
            FeeAmount = Optional("FeeAmount"),
            Account = e.GetString("Account"),
            Counterparty = e.GetString("Counterparty"),
            CounterpartyAccount = e.GetString("CounterpartyAccount"),
            Description = e.GetString("Description") ?? string.Empty,
            References = new TransactionReferences(e.GetString("BankId"), e.GetString("EndToEndId"), e.GetString("InvoiceNumber"), e.GetString("PaymentReference")),
            CustomerReference = e.GetString("CustomerReference"),
            Project = e.GetString("Project"),
            Segment = e.GetString("Segment"),
            SourceCategory = e.GetString("SourceCategory"),
            Employee = e.GetString("Employee"),
            Status = e.GetString("Status"),
            Lines = e.GetString("Lines") is { } lines
                ? JsonSerializer.Deserialize<List<StoredLine>>(lines, StoredJson.Options)!.Select(l => l.ToLine(currency)).ToList()
                : [],
        };
        var source = new SourceLocation(ImportId.Parse(e.RequiredString("ImportId")), e.GetString("FileName") ?? string.Empty, parsed.Line);
        return new LedgerTransaction(parsed, new TransactionId(e.RowKey), source)
        {
            Tags = e.GetString("Tags") is { } tags ? JsonSerializer.Deserialize<TransactionTags>(tags, StoredJson.Options)! : TransactionTags.None,
        };
    }

    private sealed record StoredLine(string Description, decimal Amount, string? Category, string? Project)
    {
        public static StoredLine From(InvoiceLine line) => new(line.Description, line.Amount.Amount, line.Category, line.Project);

        public InvoiceLine ToLine(CurrencyCode currency) => new(Description, new Money(Amount, currency), Category, Project);
    }
}
