using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Processors;

/// <summary>
/// PayPal's activity download (Date, Time, TimeZone, Name, Type, Status, Currency, Gross, Fee, Net, ...). Only Completed
/// rows book: money received as a Payment with its fee as a Fee, refunds and reversals as negative Payments, money sent
/// from the PayPal balance as an Expense. Withdrawals to the bank, deposits from it, currency conversions and holds move
/// money between the business's own balances: reported as notices, not booked.
/// </summary>
internal sealed class PayPalActivityParser(IOptions<IngestionOptions> options) : RowExportParser(options)
{
    private static readonly ExportColumn Date = new("Date", "Date");
    private static readonly ExportColumn TimeZone = new("TimeZone", "TimeZone", "Time Zone");
    private static readonly ExportColumn Name = new("Name", "Name");
    private static readonly ExportColumn Type = new("Type", "Type");
    private static readonly ExportColumn Status = new("Status", "Status");
    private static readonly ExportColumn Currency = new("Currency", "Currency");
    private static readonly ExportColumn Gross = new("Gross", "Gross");
    private static readonly ExportColumn Fee = new("Fee", "Fee");
    private static readonly ExportColumn Net = new("Net", "Net");
    private static readonly ExportColumn FromEmail = new("From Email Address", "From Email Address");
    private static readonly ExportColumn ToEmail = new("To Email Address", "To Email Address");
    private static readonly ExportColumn TransactionId = new("Transaction ID", "Transaction ID");
    private static readonly ExportColumn ReferenceTxnId = new("Reference Txn ID", "Reference Txn ID");
    private static readonly ExportColumn InvoiceNumber = new("Invoice Number", "Invoice Number");
    private static readonly ExportColumn Subject = new("Subject", "Subject", "Item Title", "Note");

    private static readonly string[] OwnMoneyMovements = ["withdrawal", "transfer", "bank deposit", "currency conversion", "hold", "authorization"];

    public override FileFormat Format => FileFormat.PayPalExport;

    protected override IReadOnlyList<ExportColumn> DateColumns => [Date];

    protected override int Score(ExportColumns columns) =>
        columns.HasAll(Date, Name, Type, Status, Gross, Net, TransactionId) && columns.CountOf(TimeZone, Fee, FromEmail) > 0 ? 90 : 0;

    protected override IEnumerable<ParsedRecord> Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        if (!string.Equals(row[Status], "Completed", StringComparison.OrdinalIgnoreCase))
        {
            context.Skip("paypal status " + (row[Status] ?? "(none)").ToLowerInvariant());
            return [];
        }

        var type = row[Type] ?? string.Empty;
        if (OwnMoneyMovements.Any(m => type.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            context.Skip("paypal " + type.ToLowerInvariant());
            return [];
        }

        var date = reader.RequiredDate(Date, context.DateOrder);
        var currency = reader.Currency(Currency, context.DefaultCurrency);
        var gross = reader.RequiredAmount(Gross);
        var fee = reader.Amount(Fee) ?? 0m;
        var id = reader.RequiredText(TransactionId);
        if (reader.Failed)
        {
            return [];
        }

        var refund = type.Contains("refund", StringComparison.OrdinalIgnoreCase) || type.Contains("reversal", StringComparison.OrdinalIgnoreCase);
        var received = gross >= 0m;
        var transaction = new ParsedTransaction
        {
            Line = row.Line,
            Kind = received || refund ? TransactionKind.Payment : TransactionKind.Expense,
            BookingDate = date,
            Amount = new Money(gross, currency),
            Counterparty = row[Name],
            CustomerReference = received ? row[FromEmail] : refund ? row[ToEmail] : null,
            Description = row[Subject] ?? type,
            Status = row[Status],
            References = new TransactionReferences(
                BankId: id,
                InvoiceNumber: row[InvoiceNumber],
                PaymentReference: refund ? row[ReferenceTxnId] : null),
        };
        return ProcessorBooking.PaymentWithFee(transaction, new Money(fee, currency)).ToList();
    }
}
