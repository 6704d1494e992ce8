using System.IO.Compression;

namespace ProfitPipeline.Ingestion;

/// <summary>
/// Gzip files and single-file zip archives are read through; expansion stops at a byte limit, so a decompression bomb is
/// quarantined instead of filling the disk.
/// </summary>
internal sealed class ArchiveExpansion : IDisposable
{
    private readonly string? _tempFile;

    private ArchiveExpansion(FileContent content, string? problem, string? tempFile)
    {
        Content = content;
        Problem = problem;
        _tempFile = tempFile;
    }

    public FileContent Content { get; }

    public string? Problem { get; }

    public static ArchiveExpansion Expand(FileContent file, long maxExpandedBytes)
    {
        Span<byte> magic = stackalloc byte[4];
        int read;
        using (var stream = file.OpenRead())
        {
            read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        }

        var isGzip = read >= 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        var isZip = read >= 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4;
        if (!isGzip && !isZip)
        {
            return new ArchiveExpansion(file, null, null);
        }

        var temp = Path.Combine(Path.GetTempPath(), "profitpipeline-expanded-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var source = file.OpenRead();
            string innerName;
            if (isGzip)
            {
                using var gzip = new GZipStream(source, CompressionMode.Decompress);
                CopyLimited(gzip, temp, maxExpandedBytes);
                innerName = file.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file.Name[..^3] : file.Name;
            }
            else
            {
                using var zip = new ZipArchive(source, ZipArchiveMode.Read);
                var entries = zip.Entries.Where(e => !string.IsNullOrEmpty(e.Name)).ToList();
                if (entries.Count != 1)
                {
                    return Failed(file, temp, $"a zip archive must hold exactly one file; this one holds {entries.Count}: drop the files one by one");
                }

                using var entry = entries[0].Open();
                CopyLimited(entry, temp, maxExpandedBytes);
                innerName = entries[0].Name;
            }

            var expanded = FileContent.FromFile(temp);
            return new ArchiveExpansion(new FileContent(innerName, expanded.Length, expanded.OpenRead), null, temp);
        }
        catch (InvalidDataException)
        {
            return Failed(file, temp, "the archive is corrupt and cannot be expanded");
        }
        catch (ExpansionLimitException)
        {
            return Failed(file, temp, $"the archive expands beyond {maxExpandedBytes} bytes: treated as a decompression bomb");
        }
    }

    public void Dispose()
    {
        if (_tempFile is not null)
        {
            File.Delete(_tempFile);
        }
    }

    private static ArchiveExpansion Failed(FileContent file, string temp, string problem)
    {
        File.Delete(temp);
        return new ArchiveExpansion(file, problem, null);
    }

    private static void CopyLimited(Stream source, string path, long limit)
    {
        using var target = File.Create(path);
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = source.Read(buffer)) > 0)
        {
            total += n;
            if (total > limit)
            {
                throw new ExpansionLimitException();
            }

            target.Write(buffer, 0, n);
        }
    }

    private sealed class ExpansionLimitException : Exception;
}
