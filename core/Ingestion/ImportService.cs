using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Ingestion;

/// <inheritdoc />
internal sealed class ImportService(
    FormatDetector detector,
    ImportStore imports,
    TransactionStore transactions,
    CustomerStore customers,
    ImportReportWriter reportWriter,
    IEnumerable<IImportRowTagger> rowTaggers,
    IEnumerable<IImportCompletedHandler> completedHandlers,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<ImportService> logger) : IImportService
{
    // A claim older than this is taken to be a crashed writer's, and is taken over.
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    public async Task<ImportReport> IngestAsync(FileContent file, bool dryRun, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (file.Length > limits.MaxFileBytes)
        {
            return Quarantine(file, FileFormat.Unknown, string.Create(CultureInfo.InvariantCulture, $"the file is {file.Length} bytes, over the limit of {limits.MaxFileBytes}"), dryRun);
        }

        using var expanded = ArchiveExpansion.Expand(file, limits.MaxExpandedBytes);
        if (expanded.Problem is { } archiveProblem)
        {
            return Quarantine(file, FileFormat.Unknown, archiveProblem, dryRun);
        }

        var content = expanded.Content;
        var importId = await HashAsync(file, cancellationToken);
        var parser = detector.Detect(FormatDetector.Sample(content));
        if (parser is null)
        {
            return Quarantine(file, FileFormat.Unknown, "unknown format: not a bank statement, accounting, expense or processor export, or customer list that ProfitPipeline reads", dryRun, importId);
        }

        var diagnostics = new ParseDiagnostics(file.Name);
        List<ParsedRecord> records;
        try
        {
            records = parser.Parse(content, diagnostics, cancellationToken).ToList();
        }
        catch (UnreadableFileException e)
        {
            return Quarantine(file, parser.Format, e.Message, dryRun, importId, diagnostics);
        }

        var total = records.Count + diagnostics.Rejections.Count;
        if (total == 0)
        {
            return Quarantine(file, parser.Format, "the file has no rows", dryRun, importId, diagnostics);
        }

        var rejectionRate = (decimal)diagnostics.Rejections.Count / total;
        if (rejectionRate > limits.MaxRejectionRate)
        {
            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"{diagnostics.Rejections.Count} of {total} rows were rejected ({rejectionRate:P0}), above the limit of {limits.MaxRejectionRate:P0}: the file is probably misread");
            return Quarantine(file, parser.Format, reason, dryRun, importId, diagnostics);
        }

        var ledgerRows = Identify(records.OfType<ParsedTransaction>(), importId, file.Name, out var repeatedInFile);
        var customerRows = records.OfType<CustomerRecord>().ToList();
        var report = new ImportReport
        {
            File = file.Name,
            Format = parser.Format.ToString(),
            ImportId = importId.Value,
            Transactions = ledgerRows.Count,
            Customers = customerRows.Count,
            Duplicates = repeatedInFile,
            Rejected = diagnostics.Rejections.Count,
            Rejections = diagnostics.Rejections,
            Reasons = diagnostics.Notices,
            DryRun = dryRun,
        };
        return dryRun ? report : await StoreAsync(report, importId, file.Name, ledgerRows, customerRows, cancellationToken);
    }

    private async Task<ImportReport> StoreAsync(
        ImportReport parsed, ImportId importId, string fileName, List<LedgerTransaction> ledgerRows, List<CustomerRecord> customerRows, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (claimed, claim) = await imports.ClaimAsync(importId, fileName, now, cancellationToken);
        if (!claimed)
        {
            if (claim.Status is ImportRecord.Complete)
            {
                IngestionLog.AlreadyImported(logger, importId.Value);
                return parsed with
                {
                    Transactions = 0,
                    Customers = 0,
                    Duplicates = parsed.Transactions + parsed.Customers + parsed.Duplicates,
                    AlreadyImported = true,
                    Reasons = [.. parsed.Reasons, $"these exact bytes were imported before (as '{claim.FileName}'): nothing changed"],
                };
            }

            if (now - claim.ClaimedAt < ClaimLease)
            {
                throw new ImportInProgressException($"Import {importId} is being written by another worker since {claim.ClaimedAt:O}; retry later.");
            }

            IngestionLog.Reclaimed(logger, importId.Value, claim.ClaimedAt);
            claim = await imports.ReclaimAsync(claim, fileName, now, cancellationToken);
        }

        // Rows stored by another import are duplicates; rows this import stored before a crash are its own and are rewritten.
        var existing = await transactions.FindExistingAsync(ledgerRows, cancellationToken);
        IReadOnlyList<LedgerTransaction> fresh = ledgerRows.Where(t => !existing.TryGetValue(t.Id, out var owner) || owner == importId).ToList();
        foreach (var tagger in rowTaggers)
        {
            fresh = await tagger.TagAsync(fresh, customerRows, cancellationToken);
        }

        await transactions.UpsertAsync(fresh, cancellationToken);
        await customers.UpsertAsync(customerRows, cancellationToken);

        var report = parsed with
        {
            Transactions = fresh.Count,
            Duplicates = parsed.Duplicates + (ledgerRows.Count - fresh.Count),
            AffectedPeriods = fresh.Select(t => t.BookingDate.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
        await reportWriter.WriteAsync(report, cancellationToken);

        // Marked complete last: later stages read only complete imports, so a crash before this line leaves nothing visible.
        await imports.FinishAsync(claim, ImportRecord.Complete, report.Format, report.Transactions, report.Duplicates, report.Rejected, time.GetUtcNow(), cancellationToken);
        IngestionLog.Imported(logger, importId.Value, report.Format, report.Transactions, report.Duplicates, report.Rejected);

        foreach (var handler in completedHandlers.OrderBy(h => h.Order))
        {
            await handler.OnImportCompletedAsync(report, fresh, cancellationToken);
        }

        return report;
    }

    private static List<LedgerTransaction> Identify(IEnumerable<ParsedTransaction> parsed, ImportId importId, string fileName, out int repeatedInFile)
    {
        var identity = new TransactionIdentity();
        var seen = new HashSet<TransactionId>();
        var rows = new List<LedgerTransaction>();
        repeatedInFile = 0;
        foreach (var t in parsed)
        {
            var id = identity.Next(t);
            if (seen.Add(id))
            {
                rows.Add(new LedgerTransaction(t, id, new SourceLocation(importId, fileName, t.Line)));
            }
            else
            {
                // The same bank id twice in one file (overlapping pages of one statement) is one transaction.
                repeatedInFile++;
            }
        }

        return rows;
    }

    private ImportReport Quarantine(FileContent file, FileFormat format, string reason, bool dryRun, ImportId? importId = null, ParseDiagnostics? diagnostics = null)
    {
        IngestionLog.Quarantined(logger, reason);
        return new ImportReport
        {
            File = file.Name,
            Format = format.ToString(),
            ImportId = importId?.Value ?? string.Empty,
            Quarantined = true,
            DryRun = dryRun,
            Rejected = diagnostics?.Rejections.Count ?? 0,
            Rejections = diagnostics?.Rejections ?? [],
            Reasons = [reason, .. diagnostics?.Notices ?? []],
        };
    }

    private static async Task<ImportId> HashAsync(FileContent file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        return ImportId.FromSha256(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
