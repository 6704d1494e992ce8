using System.Text.Json;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Ingestion;

/// <summary>
/// The blob job behind both hosts: ingest a dropped file, then move it out of the uploads container — to processed, or to
/// quarantine with a sidecar report. Moving it is what records that it was handled: a restart neither redoes nor skips it,
/// and a crash between copy and delete is harmless because the import itself is keyed by content.
/// </summary>
internal sealed class IngestUploadJob(IImportService imports, FileStore files) : IBlobJob
{
    public async Task RunAsync(string blobName, CancellationToken cancellationToken)
    {
        var path = await files.DownloadToTempFileAsync(StorageNames.Containers.Uploads, blobName, cancellationToken);
        if (path is null)
        {
            return; // Already handled by an earlier delivery.
        }

        try
        {
            var file = FileContent.FromFile(path);
            var report = await imports.IngestAsync(new FileContent(blobName, file.Length, file.OpenRead), dryRun: false, cancellationToken);
            var target = report.Quarantined ? StorageNames.Containers.Quarantine : StorageNames.Containers.Processed;
            await files.UploadFileAsync(target, blobName, path, cancellationToken);
            if (report.Quarantined)
            {
                await files.WriteAsync(target, blobName + ".report.json", ImportReportWriter.ToJson(report), "application/json", cancellationToken);
            }

            await files.DeleteIfExistsAsync(StorageNames.Containers.Uploads, blobName, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
