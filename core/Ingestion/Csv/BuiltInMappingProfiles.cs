namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Profiles for bank exports seen in real files (tests/ProfitPipeline.Tests/Fixtures/Csv): where sniffing alone
/// would misread them (card sign, several description columns) or could not decide (a single row's date order).
/// </summary>
internal sealed class BuiltInMappingProfiles : IMappingProfileSource
{
    public static IReadOnlyList<MappingProfile> All { get; } =
    [
        new()
        {
            // President's Choice Financial Mastercard: purchases are positive.
            Name = "PC Financial Mastercard",
            HeaderSignature = ["Merchant Name", "Card Used For Transaction", "Date", "Time", "Amount"],
            Date = "Date",
            Amount = "Amount",
            Counterparty = "Merchant Name",
            Description = ["Merchant Name"],
            Account = "Card Used For Transaction",
            DateFormat = "MM/dd/yyyy",
            DecimalSeparator = '.',
            InvertSign = true,
            DefaultCurrency = "CAD",
        },
        new()
        {
            Name = "Charles Schwab checking",
            HeaderSignature = ["Date", "Status", "Type", "CheckNumber", "Description", "Withdrawal", "Deposit", "RunningBalance"],
            Date = "Date",
            Debit = "Withdrawal",
            Credit = "Deposit",
            Description = ["Description"],
            DateFormat = "MM/dd/yyyy",
            DecimalSeparator = '.',
            DefaultCurrency = "USD",
        },
        new()
        {
            Name = "GLS Bank",
            HeaderSignature = ["Kontonummer", "Buchungstag", "Wertstellung", "Auftraggeber/Empfänger", "Buchungstext", "VWZ1", "Betrag", "Kontostand", "Währung"],
            Date = "Buchungstag",
            ValueDate = "Wertstellung",
            Amount = "Betrag",
            Counterparty = "Auftraggeber/Empfänger",
            Description = ["Buchungstext", "VWZ1", "VWZ2", "VWZ3", "VWZ4", "VWZ5", "VWZ6", "VWZ7", "VWZ8", "VWZ9", "VWZ10", "VWZ11", "VWZ12", "VWZ13", "VWZ14"],
            Currency = "Währung",
            Account = "Kontonummer",
            DateFormat = "dd.MM.yyyy",
            DecimalSeparator = ',',
            Delimiter = ';',
        },
        new()
        {
            // The first "Description" is the account's name; the transaction is told in Description 1-3.
            Name = "UBS (French)",
            HeaderSignature = ["Produit", "Monn.", "Description", "Date de valeur", "Description 1", "Description 2", "Description 3", "Débit", "Crédit", "Solde"],
            Date = "Date de valeur",
            Debit = "Débit",
            Credit = "Crédit",
            Description = ["Description 1", "Description 2", "Description 3"],
            Id = "N° de transaction",
            Currency = "Monn.",
            Account = "Produit",
            DateFormat = "dd.MM.yyyy",
            DecimalSeparator = '.',
            Delimiter = ';',
        },
    ];

    public IReadOnlyList<MappingProfile> GetProfiles() => All;
}
