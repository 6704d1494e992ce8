using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Processors;

/// <summary>
/// Stripe's payments (charges) export, in the dashboard's headers ("Created (UTC)", "Amount Refunded") or the API's
/// ("created", "amount_refunded"). A captured charge books a Payment (gross, in the charge currency) and a Fee (in the
/// converted, i.e. settlement, currency); a refunded amount books a negative Payment on the charge's date; a charge
/// that failed or was never captured moved no money: it is a valid row, reported as not booked (not as a rejection).
/// </summary>
internal sealed class StripePaymentsParser(IOptions<IngestionOptions> options) : RowExportParser(options)
{
    private static readonly ExportColumn Id = new("id", "id");
    private static readonly ExportColumn Created = new("Created (UTC)", "Created (UTC)", "Created date (UTC)", "created");
    private static readonly ExportColumn Amount = new("Amount", "Amount");
    private static readonly ExportColumn Refunded = new("Amount Refunded", "Amount Refunded");
    private static readonly ExportColumn Currency = new("Currency", "Currency");
    private static readonly ExportColumn Fee = new("Fee", "Fee");
    private static readonly ExportColumn ConvertedCurrency = new("Converted Currency", "Converted Currency");
    private static readonly ExportColumn Description = new("Description", "Description");
    private static readonly ExportColumn CustomerId = new("Customer ID", "Customer ID");
    private static readonly ExportColumn CustomerEmail = new("Customer Email", "Customer Email");
    private static readonly ExportColumn CustomerDescription = new("Customer Description", "Customer Description");
    private static readonly ExportColumn Status = new("Status", "Status");
    private static readonly ExportColumn Captured = new("Captured", "Captured");
    private static readonly ExportColumn InvoiceNumber = new("Invoice Number", "Invoice Number");

    public override FileFormat Format => FileFormat.StripeExport;

    protected override IReadOnlyList<ExportColumn> DateColumns => [Created];

    protected override int Score(ExportColumns columns) =>
        columns.HasAll(Id, Created, Amount, Currency, Refunded) && columns.CountOf(Fee, Captured, CustomerId) > 0 ? 90 : 0;

    protected override IEnumerable<ParsedRecord> Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        if (!IsCaptured(row))
        {
            context.Skip("failed or uncaptured charge");
            yield break;
        }

        var id = reader.RequiredText(Id);
        var created = reader.RequiredDate(Created, context.DateOrder);
        var currency = reader.Currency(Currency, context.DefaultCurrency);
        var amount = reader.RequiredAmount(Amount);
        var refunded = reader.Amount(Refunded) ?? 0m;
        var feeCurrency = reader.Currency(ConvertedCurrency, currency);
        var fee = reader.Amount(Fee) ?? 0m;
        if (reader.Failed)
        {
            yield break;
        }

        var payment = new ParsedTransaction
        {
            Line = row.Line,
            Kind = TransactionKind.Payment,
            BookingDate = created,
            Amount = new Money(amount, currency),
            Counterparty = row[CustomerDescription] ?? row[CustomerEmail],
            CustomerReference = row[CustomerId] ?? row[CustomerEmail] ?? row[CustomerDescription],
            Description = row[Description] ?? string.Empty,
            Status = row[Status],
            References = new TransactionReferences(BankId: id, InvoiceNumber: row[InvoiceNumber]),
        };
        foreach (var booked in ProcessorBooking.PaymentWithFee(payment, new Money(-fee, feeCurrency)))
        {
            yield return booked;
        }

        if (refunded != 0m)
        {
            yield return payment with
            {
                Amount = new Money(-Math.Abs(refunded), currency),
                Description = "refund",
                Status = "Refunded",
                References = payment.References with { BankId = id + ":refund" },
            };
        }
    }

    private static bool IsCaptured(ExportRow row)
    {
        var status = row[Status]?.ToUpperInvariant();
        var failed = status is "FAILED" or "CANCELED" or "CANCELLED" or "BLOCKED" or "UNCAPTURED";
        return !failed && !string.Equals(row[Captured], "false", StringComparison.OrdinalIgnoreCase);
    }
}
