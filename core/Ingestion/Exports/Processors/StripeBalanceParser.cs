using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Processors;

/// <summary>
/// Stripe's itemised balance change report (balance_transaction_id, created_utc, gross, fee, net, reporting_category).
/// Amounts are signed from the account's side already. Charges, refunds and disputes book as Payments with their fee as a
/// Fee; Stripe's own fees as Fees. Payouts move money to the bank, where the bank statement books them: they are reported
/// as a notice and not booked, so nothing is counted twice. Other categories (transfers, top-ups, adjustments) likewise.
/// </summary>
internal sealed class StripeBalanceParser(IOptions<IngestionOptions> options) : RowExportParser(options)
{
    private static readonly ExportColumn Id = new("balance_transaction_id", "balance_transaction_id");
    private static readonly ExportColumn Created = new("created_utc", "created_utc", "created");
    private static readonly ExportColumn Currency = new("currency", "currency");
    private static readonly ExportColumn Gross = new("gross", "gross");
    private static readonly ExportColumn Fee = new("fee", "fee");
    private static readonly ExportColumn Net = new("net", "net");
    private static readonly ExportColumn Category = new("reporting_category", "reporting_category");
    private static readonly ExportColumn Description = new("description", "description");
    private static readonly ExportColumn CustomerId = new("customer_id", "customer_id");
    private static readonly ExportColumn CustomerEmail = new("customer_email", "customer_email");
    private static readonly ExportColumn CustomerName = new("customer_name", "customer_name", "customer_description");
    private static readonly ExportColumn Source = new("source_id", "source_id", "charge_id");
    private static readonly ExportColumn InvoiceNumber = new("invoice_number", "invoice_number");

    public override FileFormat Format => FileFormat.StripeExport;

    protected override IReadOnlyList<ExportColumn> DateColumns => [Created];

    protected override int Score(ExportColumns columns) => columns.HasAll(Id, Category, Gross, Net, Currency) ? 90 : 0;

    protected override IEnumerable<ParsedRecord> Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        var category = ExportColumns.Normalize(reader.RequiredText(Category));
        var created = reader.RequiredDate(Created, context.DateOrder);
        var currency = reader.Currency(Currency, context.DefaultCurrency);
        var gross = reader.RequiredAmount(Gross);
        var fee = reader.Amount(Fee) ?? 0m;
        if (reader.Failed)
        {
            return [];
        }

        var transaction = new ParsedTransaction
        {
            Line = row.Line,
            Kind = TransactionKind.Payment,
            BookingDate = created,
            Amount = new Money(gross, currency),
            Counterparty = row[CustomerName] ?? row[CustomerEmail],
            CustomerReference = row[CustomerId] ?? row[CustomerEmail] ?? row[CustomerName],
            Description = row[Description] ?? string.Empty,
            Status = category,
            References = new TransactionReferences(BankId: row[Id], InvoiceNumber: row[InvoiceNumber], PaymentReference: row[Source]),
        };
        switch (category)
        {
            case "charge" or "refund" or "dispute" or "disputereversal" or "partialcapturereversal":
                return ProcessorBooking.PaymentWithFee(transaction, new Money(-fee, currency)).ToList();
            case "fee":
                return [transaction with { Kind = TransactionKind.Fee, Amount = new Money(gross - fee, currency) }];
            default:
                context.Skip("stripe " + category);
                return [];
        }
    }
}
