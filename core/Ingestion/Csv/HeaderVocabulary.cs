namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Bank CSV header names in English, German, Dutch, French, Spanish and Portuguese, by the role of their column.
/// Names are compared after <see cref="HeaderText.Normalize"/>; a few families are matched by their start
/// ("betrag (eur)", "vwz3", "description 2").
/// </summary>
internal static class HeaderVocabulary
{
    private static readonly Dictionary<string, ColumnRole> Exact = Build(
        (ColumnRole.BookingDate, ["buchungstag", "buchungsdatum", "booking date", "posting date", "posted date", "post date", "date posted", "boekdatum", "boekingsdatum", "date comptable", "date de comptabilisation", "fecha contable", "data contabile"]),
        (ColumnRole.Date, ["date", "datum", "transaction date", "trans. date", "trans date", "transactiedatum", "date de l'operation", "date operation", "date d'operation", "data", "fecha", "fecha operacion", "data operazione", "data movimento", "umsatzdatum"]),
        (ColumnRole.ValueDate, ["valutadatum", "valuta datum", "wertstellung", "wertstellungsdatum", "value date", "valuedate", "date de valeur", "rentedatum", "fecha valor", "data valuta", "data do balancete"]),
        (ColumnRole.Amount, ["amount", "betrag", "bedrag", "montant", "valor", "importe", "importo", "umsatz", "transaction amount", "montant de l'operation", "sum", "summe", "net amount"]),
        (ColumnRole.Debit, ["debit", "debits", "debit amount", "withdrawal", "withdrawals", "withdrawal amount", "money out", "paid out", "out", "soll", "belastung", "lastschrift", "debet", "afschrijving", "sortie", "sorties", "cargo", "cargos", "debito", "ausgang"]),
        (ColumnRole.Credit, ["credit", "credits", "credit amount", "deposit", "deposits", "deposit amount", "money in", "paid in", "in", "haben", "gutschrift", "bijschrijving", "entree", "entrees", "abono", "abonos", "credito", "eingang"]),
        (ColumnRole.DebitCreditMarker, ["af bij", "af/bij", "soll/haben", "s/h", "debit/credit", "credit/debit", "cr/dr", "dr/cr", "d/c", "transaction type", "debit or credit", "credit debit indicator", "sens"]),
        (ColumnRole.Description, ["description", "omschrijving", "verwendungszweck", "buchungstext", "libelle", "memo", "narrative", "details", "detail", "purpose", "reason", "mededelingen", "payment reference", "reference", "your reference", "remittance", "remittance reference", "remittance info", "note", "historico", "concepto", "desc", "text", "transaction details", "detail de l'ecriture", "communication", "communications", "remittance information", "vorgang/verwendungszweck", "umsatztext", "descripcion", "descrizione", "transaction description"]),
        (ColumnRole.Counterparty, ["auftraggeber/empfanger", "auftraggeber / empfanger", "beguenstigter/zahlungspflichtiger", "begunstigter/zahlungspflichtiger", "empfanger", "zahlungsempfanger", "auftraggeber", "name", "naam", "naam / omschrijving", "naam/omschrijving", "payee", "payer", "payee name", "partner name", "merchant name", "counterparty", "counterparty name", "beneficiaire", "tiers", "tegenpartij", "naam tegenpartij", "nom du tiers", "beneficiario"]),
        (ColumnRole.CounterpartyAccount, ["iban", "partner iban", "tegenrekening", "tegenrekening iban/bban", "gegenkonto", "kontonummer/iban", "iban auftraggeber/empfanger", "counterparty account", "counterparty iban", "payee account", "iban tegenpartij", "compte de contrepartie"]),
        (ColumnRole.TransactionId, ["transaction id", "transaction reference", "id", "fitid", "transaktions-id", "transaktionsnummer", "transactie id", "transactiereferentie", "n° de transaction", "no de transaction", "numero de transaction", "numero do documento", "bank reference", "reference number", "referenz", "kundenreferenz", "transaction number"]),
        (ColumnRole.Currency, ["currency", "wahrung", "waehrung", "devise", "monn.", "monnaie", "munt", "moneda", "divisa", "moeda", "currency code"]),
        (ColumnRole.Account, ["account", "account number", "account no.", "kontonummer", "konto", "auftragskonto", "rekening", "rekeningnummer", "iban eigen rekening", "card no.", "card number", "card", "card used for transaction", "produit", "compte", "numero de compte", "cuenta", "conta", "account name"]),
        (ColumnRole.Balance, ["balance", "running balance", "runningbalance", "kontostand", "saldo", "saldo na mutatie", "solde", "available balance", "closing balance", "saldo nach buchung"]),
        (ColumnRole.Category, ["category", "kategorie", "categorie", "class", "categoria", "subcategory"]));

    private static readonly (string Prefix, ColumnRole Role)[] Prefixes =
    [
        ("amount (", ColumnRole.Amount), ("betrag (", ColumnRole.Amount), ("bedrag (", ColumnRole.Amount), ("montant (", ColumnRole.Amount),
        ("debit (", ColumnRole.Debit), ("credit (", ColumnRole.Credit), ("soll (", ColumnRole.Debit), ("haben (", ColumnRole.Credit),
        ("vwz", ColumnRole.Description), ("description ", ColumnRole.Description), ("verwendungszweck", ColumnRole.Description),
        ("mededeling", ColumnRole.Description), ("saldo (", ColumnRole.Balance), ("balance (", ColumnRole.Balance),
    ];

    /// <summary>The role a header name suggests (to be confirmed by the column's content).</summary>
    public static ColumnRole RoleOf(string normalizedHeader)
    {
        if (Exact.TryGetValue(normalizedHeader, out var role))
        {
            return role;
        }

        foreach (var (prefix, prefixRole) in Prefixes)
        {
            if (normalizedHeader.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefixRole;
            }
        }

        return ColumnRole.None;
    }

    /// <summary>The currency a header names in parentheses, as in "Amount (EUR)".</summary>
    public static string? CurrencyInHeader(string normalizedHeader)
    {
        var open = normalizedHeader.LastIndexOf('(');
        return open >= 0 && normalizedHeader.EndsWith(')') && normalizedHeader.Length - open == 5
            ? normalizedHeader.Substring(open + 1, 3).ToUpperInvariant()
            : null;
    }

    private static Dictionary<string, ColumnRole> Build(params (ColumnRole Role, string[] Names)[] groups)
    {
        var map = new Dictionary<string, ColumnRole>(StringComparer.Ordinal);
        foreach (var (role, names) in groups)
        {
            foreach (var name in names)
            {
                map.Add(name, role);
            }
        }

        return map;
    }
}
