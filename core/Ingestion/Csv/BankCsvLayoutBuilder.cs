using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Decides which column is what, from the header's names (confirmed by content) or, without a header, from content
/// alone: date columns, amount column(s) and text. A matching mapping profile overrides what it states.
/// </summary>
internal sealed class BankCsvLayoutBuilder
{
    private const double MostValues = 0.8;

    /// <summary>A named column needs only half its values to confirm its name (small files, footers, a bad row or two).</summary>
    private const double HalfValues = 0.5;

    private readonly CsvTable _table;
    private readonly MappingProfile? _profile;
    private List<SampleRecord> _rows;
    private readonly ColumnRole[] _roles;
    private readonly DateFormatVote[] _dateVotes;
    private AmountFormat _amountFormat = null!;

    private BankCsvLayoutBuilder(CsvTable table, MappingProfile? profile)
    {
        _table = table;
        _profile = profile;
        _rows = table.FullRows.ToList();
        _roles = new ColumnRole[table.FieldCount];
        _dateVotes = new DateFormatVote[table.FieldCount];
        for (var column = 0; column < table.FieldCount; column++)
        {
            _dateVotes[column] = new DateFormatVote();
            foreach (var row in _rows)
            {
                _dateVotes[column].Observe(row.Fields[column]);
            }
        }
    }

    /// <summary>The layout, or the reason the table is not a readable bank statement.</summary>
    public static (BankCsvLayout? Layout, string? Problem) Build(CsvTable table, MappingProfile? profile, CurrencyCode homeCurrency)
    {
        if (!table.FullRows.Any())
        {
            return (null, "the file has no data rows");
        }

        return new BankCsvLayoutBuilder(table, profile).Build(homeCurrency);
    }

    private (BankCsvLayout? Layout, string? Problem) Build(CurrencyCode homeCurrency)
    {
        var header = _table.NormalizedHeader;
        for (var i = 0; i < header.Count && i < _roles.Length; i++)
        {
            _roles[i] = HeaderVocabulary.RoleOf(header[i]);
        }

        var currency = homeCurrency;
        if (_profile?.DefaultCurrency is { } profileCurrency && CurrencyCode.TryParse(profileCurrency, out var parsedCurrency))
        {
            currency = parsedCurrency;
        }
        else if (header.Select(HeaderVocabulary.CurrencyInHeader).FirstOrDefault(c => c is not null) is { } headerCurrency
            && CurrencyCode.TryParse(headerCurrency, out var fromHeader))
        {
            currency = fromHeader;
        }

        var date = Column(_profile?.Date) ?? FindDateColumn();
        if (date is not { } dateColumn)
        {
            return (null, "no column reads as dates in an allowed format");
        }

        var formats = DateFormats(dateColumn);
        if (formats is null)
        {
            return (null, "the date column matches no allowed date format");
        }

        _roles[dateColumn] = ColumnRole.BookingDate;

        // From here on only rows with a date count: footers and repeated headers would spoil the content checks.
        _rows = _rows.Where(r => formats.Any(f => f.TryParse(r.Fields[dateColumn], out _))).ToList();
        var valueDate = Column(_profile?.ValueDate) ?? FindValueDateColumn(dateColumn);

        var decimalSeparator = _profile?.DecimalSeparator ?? DecideDecimalSeparator(dateColumn, valueDate);
        _amountFormat = new AmountFormat(decimalSeparator, AmountFormat.DollarFor(currency));

        var (amount, debit, credit) = _profile is { } profile && (profile.Amount ?? profile.Debit ?? profile.Credit) is not null
            ? (Column(profile.Amount), Column(profile.Debit), Column(profile.Credit))
            : FindAmountColumns();
        if (amount is null && debit is null && credit is null)
        {
            return (null, "no column reads as amounts");
        }

        foreach (var (column, role) in new[] { (amount, ColumnRole.Amount), (debit, ColumnRole.Debit), (credit, ColumnRole.Credit), (valueDate, ColumnRole.ValueDate) })
        {
            if (column is { } index)
            {
                _roles[index] = role;
            }
        }

        var layout = new BankCsvLayout
        {
            Delimiter = _table.Delimiter,
            LastNonDataLine = _table.LastNonDataLine,
            FieldCount = _table.FieldCount,
            DateColumn = dateColumn,
            ValueDateColumn = valueDate,
            DateFormats = formats,
            AmountColumn = amount,
            DebitColumn = debit,
            CreditColumn = credit,
            MarkerColumn = amount is null ? null : FindMarkerColumn(),
            CurrencyColumn = Column(_profile?.Currency) ?? FindCurrencyColumn(),
            CounterpartyColumn = Column(_profile?.Counterparty) ?? WithRole(ColumnRole.Counterparty),
            CounterpartyAccountColumn = Column(_profile?.Iban) ?? WithRole(ColumnRole.CounterpartyAccount) ?? FindIbanColumn(),
            IdColumn = Column(_profile?.Id) ?? WithRole(ColumnRole.TransactionId),
            AccountColumn = Column(_profile?.Account) ?? WithRole(ColumnRole.Account),
            CategoryColumn = WithRole(ColumnRole.Category),
            AmountFormat = _amountFormat,
            InvertSign = _profile?.InvertSign ?? false,
            Currency = currency,
            ProfileName = _profile?.Name,
        };
        return (layout with { DescriptionColumns = DescriptionColumns(layout) }, null);
    }

    private int? Column(ColumnRef? reference) =>
        reference?.Resolve(_table.NormalizedHeader) is { } index && index < _roles.Length ? index : null;

    private int? WithRole(ColumnRole role)
    {
        var index = Array.IndexOf(_roles, role);
        return index >= 0 ? index : null;
    }

    private IEnumerable<int> Columns => Enumerable.Range(0, _roles.Length);

    private bool IsDateColumn(int column) => _dateVotes[column].IsDateColumn(MostValues);

    private bool IsNamedDateColumn(int column) => _dateVotes[column].IsDateColumn(HalfValues);

    private int? FindDateColumn()
    {
        foreach (var role in new[] { ColumnRole.BookingDate, ColumnRole.Date, ColumnRole.ValueDate })
        {
            if (Columns.FirstOrDefault(c => _roles[c] == role && IsNamedDateColumn(c), -1) is var column and >= 0)
            {
                return column;
            }
        }

        // Without a header (or with unknown names): the first column of dates whose header, if any, claims nothing else.
        var unclaimed = Columns.FirstOrDefault(c => _roles[c] == ColumnRole.None && IsDateColumn(c), -1);
        return unclaimed >= 0 ? unclaimed : null;
    }

    private int? FindValueDateColumn(int dateColumn)
    {
        var named = Columns.FirstOrDefault(c => c != dateColumn && _roles[c] == ColumnRole.ValueDate && IsNamedDateColumn(c), -1);
        if (named >= 0)
        {
            return named;
        }

        var second = Columns.FirstOrDefault(c => c > dateColumn && _roles[c] == ColumnRole.None && IsDateColumn(c), -1);
        return _table.Header is null && second >= 0 ? second : null;
    }

    private IReadOnlyList<DateFormat>? DateFormats(int dateColumn)
    {
        if (_profile?.DateFormat is { } pattern)
        {
            return DateFormat.FromPattern(pattern) is { } format ? [format] : null;
        }

        var vote = _dateVotes[dateColumn];
        return vote.Leaders.Count == 0 ? null : vote.IsAmbiguous ? vote.Leaders : [vote.Winner!];
    }

    private char DecideDecimalSeparator(int dateColumn, int? valueDate)
    {
        var vote = new DecimalSeparatorVote();
        foreach (var column in Columns.Where(c => c != dateColumn && c != valueDate && !IsDateColumn(c)))
        {
            foreach (var row in _rows)
            {
                var value = row.Fields[column];
                if (DecimalSeparatorVote.LooksLikeAmount(value))
                {
                    vote.Observe(value);
                }
            }
        }

        return vote.Decide(_table.Delimiter);
    }

    private (int? Amount, int? Debit, int? Credit) FindAmountColumns()
    {
        var amount = WithRole(ColumnRole.Amount) is { } named && ReadsAsAmounts(named, HalfValues) ? named : (int?)null;
        var debit = WithRole(ColumnRole.Debit) is { } d && ReadsAsAmounts(d, HalfValues) ? d : (int?)null;
        var credit = WithRole(ColumnRole.Credit) is { } c && ReadsAsAmounts(c, HalfValues) ? c : (int?)null;
        if (amount is not null || debit is not null || credit is not null)
        {
            return (amount, debit, credit);
        }

        // By content: columns of amounts with a decimal part or a currency sign somewhere (not ids or counts).
        var candidates = Columns.Where(c => _roles[c] is ColumnRole.None or ColumnRole.Description && !IsDateColumn(c) && ReadsAsAmounts(c, MostValues) && HasMoneyEvidence(c)).ToList();
        foreach (var left in candidates)
        {
            // Money out then money in, one of the two per row; an always-empty "in" column counts when a balance follows.
            var right = left + 1;
            if (right < _roles.Length && (candidates.Contains(right) || (IsEmptyColumn(right) && candidates.Contains(right + 1) && !HasNegatives(left))) && OneOfTwoPerRow(left, right))
            {
                return (null, left, right);
            }
        }

        var filled = candidates.FirstOrDefault(c => FillRate(c) >= 0.9, -1);
        return filled >= 0 ? (filled, null, null) : (null, null, null);
    }

    private int? FindMarkerColumn()
    {
        bool IsMarkers(int c) => _rows.All(r => DebitCreditMarker.Sign(r.Fields[c]) != 0);
        var named = WithRole(ColumnRole.DebitCreditMarker);
        if (named is { } column && IsMarkers(column))
        {
            return column;
        }

        var found = Columns.FirstOrDefault(c => _roles[c] == ColumnRole.None && IsMarkers(c), -1);
        return found >= 0 ? found : null;
    }

    private int? FindCurrencyColumn()
    {
        bool IsCodes(int c) => _rows.All(r => r.Fields[c].Length == 0 || (r.Fields[c].Length == 3 && r.Fields[c].All(char.IsAsciiLetterUpper)));
        var named = WithRole(ColumnRole.Currency);
        if (named is { } column && IsCodes(column))
        {
            return column;
        }

        var found = Columns.FirstOrDefault(c => _roles[c] == ColumnRole.None && FillRate(c) >= 0.9 && IsCodes(c), -1);
        return found >= 0 ? found : null;
    }

    private int? FindIbanColumn()
    {
        var found = Columns.FirstOrDefault(c => _roles[c] == ColumnRole.None && !IsEmptyColumn(c) && _rows.All(r => r.Fields[c].Length == 0 || LooksLikeIban(r.Fields[c])), -1);
        return found >= 0 ? found : null;
    }

    private List<int> DescriptionColumns(BankCsvLayout layout)
    {
        if (_profile is { Description.Count: > 0 } profile)
        {
            return profile.Description.Select(Column).OfType<int>().ToList();
        }

        var named = Columns.Where(c => _roles[c] == ColumnRole.Description).ToList();
        if (named.Count > 0)
        {
            return named;
        }

        var taken = new HashSet<int?> { layout.DateColumn, layout.ValueDateColumn, layout.AmountColumn, layout.DebitColumn, layout.CreditColumn, layout.MarkerColumn, layout.CurrencyColumn, layout.CounterpartyAccountColumn, layout.IdColumn, layout.AccountColumn, layout.CategoryColumn };
        // Without names: the leftmost column with a fair share of the most wordy column's letters (bank text comes early).
        var letters = Columns
            .Where(c => !taken.Contains(c) && _roles[c] is ColumnRole.None or ColumnRole.Counterparty && !IsDateColumn(c))
            .Select(c => (Column: c, Letters: _rows.Average(r => r.Fields[c].Count(char.IsLetter))))
            .Where(c => c.Letters > 0)
            .ToList();
        var most = letters.Count == 0 ? 0 : letters.Max(c => c.Letters);
        return letters.Where(c => c.Letters >= most / 2).Select(c => c.Column).Take(1).ToList();
    }

    private bool ReadsAsAmounts(int column, double share)
    {
        var values = _rows.Select(r => r.Fields[column]).Where(v => v.Length > 0).ToList();
        return values.Count == 0 || values.Count(v => _amountFormat.TryParse(v, out _, out _)) >= values.Count * share;
    }

    private bool HasMoneyEvidence(int column) =>
        _rows.Any(r => r.Fields[column] is { Length: > 0 } value && (HasDecimals(value) || value.AsSpan().IndexOfAny('€', '£', '$') >= 0));

    /// <summary>A decimal separator followed by one or two digits: 12.50, 12,5 EUR, $.23 (not 1.000 or an id).</summary>
    private bool HasDecimals(string value)
    {
        var separator = value.LastIndexOf(_amountFormat.DecimalSeparator);
        var digits = 0;
        while (separator >= 0 && separator + 1 + digits < value.Length && char.IsAsciiDigit(value[separator + 1 + digits]))
        {
            digits++;
        }

        return digits is 1 or 2;
    }

    private bool HasNegatives(int column) =>
        _rows.Any(r => _amountFormat.TryParse(r.Fields[column], out var value, out _) && value < 0);

    private bool IsEmptyColumn(int column) => column < _roles.Length && _rows.All(r => r.Fields[column].Length == 0);

    private double FillRate(int column) => _rows.Count(r => r.Fields[column].Length > 0) / (double)_rows.Count;

    private bool OneOfTwoPerRow(int left, int right)
    {
        bool HasValue(string value) => _amountFormat.TryParse(value, out var amount, out _) && amount != 0;
        return _rows.All(r => !(HasValue(r.Fields[left]) && HasValue(r.Fields[right])))
            && _rows.Any(r => HasValue(r.Fields[left]));
    }

    private static bool LooksLikeIban(string value)
    {
        var compact = value.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Length is >= 15 and <= 34
            && char.IsAsciiLetterUpper(compact[0]) && char.IsAsciiLetterUpper(compact[1])
            && char.IsAsciiDigit(compact[2]) && char.IsAsciiDigit(compact[3])
            && compact.All(char.IsAsciiLetterOrDigit);
    }
}
