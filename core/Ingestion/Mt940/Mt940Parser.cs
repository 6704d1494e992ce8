using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Mt940;

/// <summary>
/// SWIFT MT940 customer statements (framed or bare). MT942 interim reports (recognised by <c>:34F:</c>,
/// <c>:13D:</c> or a <c>{2:O942</c> header) are intraday and may still change, so their entries are reported
/// as notices and not booked.
/// </summary>
internal sealed partial class Mt940Parser(IOptions<IngestionOptions> options) : IFileParser
{
    private readonly CurrencyCode _defaultCurrency = CurrencyCode.Parse(options.Value.DefaultCurrency);

    public FileFormat Format => FileFormat.Mt940;

    public int Detect(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var head = sample.HeadText;
        if (!ReferenceTag().IsMatch(head))
        {
            return 0;
        }

        var hasAccount = head.Contains(":25:", StringComparison.Ordinal);
        var hasLineOrBalance = head.Contains(":61:", StringComparison.Ordinal) || head.Contains(":60F:", StringComparison.Ordinal)
            || head.Contains(":60M:", StringComparison.Ordinal) || head.Contains(":34F:", StringComparison.Ordinal);
        return hasAccount && hasLineOrBalance ? 96 : hasAccount || hasLineOrBalance ? 90 : 0;
    }

    public IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ParseFile(file, diagnostics, cancellationToken);
    }

    private IEnumerable<ParsedRecord> ParseFile(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        using var stream = file.OpenRead();
        using var reader = TextDecoding.OpenReader(stream);
        Mt940Statement? statement = null;
        var statements = 0;
        var interimHeader = false;
        var strayFields = 0;

        foreach (var field in Mt940FieldReader.Read(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (field.Tag is "20" or Mt940Field.InterimHeader or Mt940Field.EndOfMessage || statement is null)
            {
                if (statement?.Flush(diagnostics) is { } last)
                {
                    yield return last;
                }

                EndStatement(statement, diagnostics);
                statement = null;
            }

            switch (field.Tag)
            {
                case Mt940Field.InterimHeader:
                    interimHeader = true;
                    continue;
                case Mt940Field.EndOfMessage:
                    continue;
                case "20":
                    statements++;
                    statement = new Mt940Statement(field.Line, _defaultCurrency) { IsInterim = interimHeader };
                    interimHeader = false;
                    continue;
            }

            if (statement is null)
            {
                strayFields++;
                continue;
            }

            if (statement.Accept(field, diagnostics) is { } transaction)
            {
                yield return transaction;
            }
        }

        if (statement?.Flush(diagnostics) is { } final)
        {
            yield return final;
        }

        EndStatement(statement, diagnostics);
        if (statements == 0)
        {
            throw new UnreadableFileException(strayFields > 0
                ? "MT940 fields without a :20: transaction reference: not a complete statement."
                : "No MT940 statement: the file has no :20: transaction reference field.");
        }
    }

    private static void EndStatement(Mt940Statement? statement, ParseDiagnostics diagnostics)
    {
        if (statement is { IsInterim: true })
        {
            diagnostics.Notice(
                $"MT942 interim report at line {statement.Line}: {statement.InterimEntries} entries reported, not booked (intraday, may still change).");
        }
    }

    [GeneratedRegex(@"(^|[\r\n]|\{4:\r?\n?):20:")]
    private static partial Regex ReferenceTag();
}
