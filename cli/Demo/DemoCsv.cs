using System.Text;
using CsvHelper;

namespace ProfitPipeline.Cli.Demo;

/// <summary>Writes an export as UTF-8 CSV (no BOM, CRLF) through CsvHelper, so quoting follows RFC 4180.</summary>
internal static class DemoCsv
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(string[] header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord(header);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return buffer.ToArray();
    }
}
