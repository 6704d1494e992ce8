using System.Text;

namespace ProfitPipeline.Ingestion;

/// <summary>
/// Decides a text file's encoding from its bytes: a BOM if there is one, UTF-16 without BOM from the pattern of zero bytes,
/// strict UTF-8 if the bytes are valid UTF-8, else Windows-1252 (the usual encoding of older bank exports).
/// </summary>
internal static class TextDecoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Field initialisers run before a static constructor's body, so the provider is registered inside the initialiser.
    public static Encoding Windows1252 { get; } = RegisterCodePagesAndGet(1252);

    /// <summary>Detects the encoding from a file's first bytes. <paramref name="bomLength"/> is how many bytes to skip.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, out int bomLength)
    {
        bomLength = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return StrictUtf8;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }

        if (LooksLikeUtf16(head, out var bigEndian))
        {
            return bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        }

        return IsValidUtf8(head) ? StrictUtf8 : Windows1252;
    }

    /// <summary>Decodes the whole of <paramref name="bytes"/> after detecting its encoding.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var encoding = Detect(bytes, out var bom);
        return encoding.GetString(bytes[bom..]);
    }

    /// <summary>Opens a reader over a stream with the detected encoding; the stream must be seekable.</summary>
    public static StreamReader OpenReader(Stream stream, int sampleSize = 64 * 1024)
    {
        var buffer = new byte[(int)Math.Min(sampleSize, stream.CanSeek ? stream.Length : sampleSize)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Seek(0, SeekOrigin.Begin);
        var encoding = Detect(buffer.AsSpan(0, read), out var bom);
        stream.Seek(bom, SeekOrigin.Begin);
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    private static Encoding RegisterCodePagesAndGet(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head, out bool bigEndian)
    {
        bigEndian = false;
        var pairs = Math.Min(head.Length / 2, 512);
        if (pairs < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (head[2 * i] == 0)
            {
                evenZeros++;
            }

            if (head[(2 * i) + 1] == 0)
            {
                oddZeros++;
            }
        }

        // Mostly-ASCII UTF-16 text has a zero in every other byte; other encodings almost never do.
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1)
        {
            return true;
        }

        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> head)
    {
        // A sample may end inside a multi-byte sequence: trim up to three trailing bytes of an incomplete one.
        var end = head.Length;
        for (var back = 1; back <= 3 && back <= head.Length; back++)
        {
            var b = head[head.Length - back];
            if ((b & 0xC0) == 0xC0)
            {
                end = head.Length - back;
                break;
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return System.Text.Unicode.Utf8.IsValid(head[..end]);
    }
}
