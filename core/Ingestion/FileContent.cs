namespace ProfitPipeline.Ingestion;

/// <summary>A file to ingest that can be read more than once (hashing, sniffing, parsing).</summary>
public sealed class FileContent
{
    private readonly Func<Stream> _open;

    public FileContent(string name, long length, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(open);
        Name = name;
        Length = length;
        _open = open;
    }

    /// <summary>The file's name as delivered (blob name or path), used in reports and rejections.</summary>
    public string Name { get; }

    public long Length { get; }

    public Stream OpenRead() => _open();

    public static FileContent FromFile(string path)
    {
        var info = new FileInfo(path);
        return new FileContent(info.Name, info.Length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
    }

    public static FileContent FromBytes(string name, byte[] bytes) =>
        new(name, bytes.LongLength, () => new MemoryStream(bytes, writable: false));
}
