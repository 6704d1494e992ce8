using System.Text;
using CsvHelper;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Bank statement CSV in any bank's dialect, decided from content: encoding, delimiter, preamble, header or none,
/// columns, date format and decimal separator. A mapping profile whose header signature matches takes precedence.
/// </summary>
internal sealed class BankCsvParser : IFileParser
{
    private const int SampleBytes = 64 * 1024;

    private readonly CurrencyCode _homeCurrency;
    private readonly IReadOnlyList<IMappingProfileSource> _profileSources;

    public BankCsvParser(IOptions<IngestionOptions> options, IEnumerable<IMappingProfileSource> profileSources)
    {
        _homeCurrency = CurrencyCode.Parse(options.Value.DefaultCurrency);
        _profileSources = profileSources.ToList();
    }

    public FileFormat Format => FileFormat.BankCsv;

    public int Detect(FileSample sample)
    {
        var truncated = sample.Length > sample.Head.Length;
        var table = CsvTableSniffer.Sniff(sample.HeadText, truncated);
        if (table is null)
        {
            return 0;
        }

        if (table.Header is not null && ForeignExportHeaders.IsForeign(table.NormalizedHeader))
        {
            return 10;
        }

        if (MatchProfile(sample.HeadText, truncated, table) is not null)
        {
            return 70;
        }

        var (layout, _) = BankCsvLayoutBuilder.Build(table, null, _homeCurrency);
        if (layout is null)
        {
            return 0;
        }

        var named = table.NormalizedHeader.Select(HeaderVocabulary.RoleOf).ToList();
        var score = 40;
        score += named.Any(r => r is ColumnRole.Amount or ColumnRole.Debit or ColumnRole.Credit) ? 10 : 0;
        score += named.Any(r => r is ColumnRole.BookingDate or ColumnRole.ValueDate or ColumnRole.Balance or ColumnRole.CounterpartyAccount) ? 10 : 0;
        score += table.Rows.Count >= 3 ? 5 : 0;
        return Math.Min(score, 65);
    }

    public IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken) =>
        Read(file, profile: null, diagnostics, cancellationToken);

    /// <summary>Parses with a profile the caller chose (a user's mapping for this account, a headerless file).</summary>
    public IEnumerable<ParsedTransaction> Parse(FileContent file, MappingProfile profile, ParseDiagnostics diagnostics, CancellationToken cancellationToken) =>
        Read(file, profile, diagnostics, cancellationToken);

    /// <summary>Sniffs the file's layout (exposed for tests and for a "how was my file read" report).</summary>
    public BankCsvLayout Sniff(FileContent file, MappingProfile? profile, CancellationToken cancellationToken)
    {
        using var stream = file.OpenRead();
        var head = new byte[(int)Math.Min(SampleBytes, Math.Max(file.Length, 0))];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var encoding = TextDecoding.Detect(head.AsSpan(0, read), out var bom);
        var lenient = encoding is UTF8Encoding ? new UTF8Encoding(false, false) : encoding;
        var text = lenient.GetString(head, bom, read - bom);
        var truncated = file.Length > read;

        var table = profile is null ? CsvTableSniffer.Sniff(text, truncated) : CsvTableSniffer.Sniff(text, truncated, profile.Delimiter, profile.SkipLines, profile.HasHeader);
        if (table is null)
        {
            throw new UnreadableFileException("No delimited table was found: no delimiter gives two or more consistent columns.");
        }

        if (profile is null && table.Header is not null && ForeignExportHeaders.IsForeign(table.NormalizedHeader))
        {
            throw new UnreadableFileException("The header is that of an accounting, processor or expense export, not a bank statement.");
        }

        if (profile is null && MatchProfile(text, truncated, table) is { } matched)
        {
            (profile, table) = matched;
        }

        var (layout, problem) = BankCsvLayoutBuilder.Build(table, profile, _homeCurrency);
        if (layout is null)
        {
            throw new UnreadableFileException($"Not a readable bank statement: {problem}.");
        }

        layout = layout with { Encoding = encoding, BomLength = bom, PaddedQuotes = CsvSample.HasPaddedQuotes(text) };
        return layout.DayMonthOrderUndecided ? DecideDayMonthOrder(file, layout, cancellationToken) : layout;
    }

    private IEnumerable<ParsedTransaction> Read(FileContent file, MappingProfile? profile, ParseDiagnostics diagnostics, CancellationToken cancellationToken) =>
        BankCsvRowReader.Read(file, () => Sniff(file, profile, cancellationToken), diagnostics, cancellationToken);

    private (MappingProfile Profile, CsvTable Table)? MatchProfile(string text, bool truncated, CsvTable sniffed)
    {
        foreach (var profile in _profileSources.SelectMany(s => s.GetProfiles()))
        {
            if (profile.HeaderSignature.Count == 0 || !profile.HasHeader)
            {
                continue;
            }

            var table = profile.Delimiter is null && profile.SkipLines is null ? sniffed : CsvTableSniffer.Sniff(text, truncated, profile.Delimiter, profile.SkipLines, hasHeader: true);
            if (table?.Header is not null && profile.Matches(table.NormalizedHeader))
            {
                return (profile, table);
            }
        }

        return null;
    }

    /// <summary>
    /// The head left the day/month order open: read the date column of the whole file until one date settles it.
    /// If none does, refuse the file: guessing would silently swap days and months.
    /// </summary>
    private static BankCsvLayout DecideDayMonthOrder(FileContent file, BankCsvLayout layout, CancellationToken cancellationToken)
    {
        var vote = new DateFormatVote(layout.DateFormats);
        using (var stream = file.OpenRead())
        {
            stream.Seek(layout.BomLength, SeekOrigin.Begin);
            using var reader = CsvReader.Create(stream, BankCsvRowReader.ReaderOptions(layout), leaveOpen: false);
            var rows = 0;
            while (reader.Read())
            {
                if (reader.LineNumber <= layout.LastNonDataLine || layout.DateColumn >= reader.FieldCount)
                {
                    continue;
                }

                vote.Observe(reader.GetString(layout.DateColumn));
                if ((++rows & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!vote.IsAmbiguous)
                    {
                        break;
                    }
                }
            }
        }

        if (vote.IsAmbiguous)
        {
            throw new UnreadableFileException(
                "The day/month order of the dates is ambiguous: every date reads both day-first and month-first. A mapping profile with the date format is needed.");
        }

        return layout with { DateFormats = [vote.Winner!] };
    }
}
