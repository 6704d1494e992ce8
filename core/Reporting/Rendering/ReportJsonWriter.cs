using System.Buffers;
using System.Text.Json;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Rendering;

/// <summary>
/// The JSON rendering: camelCase, decimals as JSON numbers with their scale, money as <c>{"amount", "currency"}</c>, table rows
/// as objects keyed by column key, each section tagged with its <c>type</c>. Written with Utf8JsonWriter: no reflection, one pass.
/// </summary>
internal static class ReportJsonWriter
{
    public static byte[] Write(ReportDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("title", document.Title);
            WriteOptional(json, "subtitle", document.Subtitle);
            WriteOptional(json, "period", document.Period);
            WriteOptional(json, "filter", document.Filter);
            json.WriteStartArray("sections");
            foreach (var section in document.Sections)
            {
                WriteSection(json, section);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteSection(Utf8JsonWriter json, ReportSection section)
    {
        json.WriteStartObject();
        json.WriteString("type", section switch
        {
            ReportTable => "table",
            WhaleCurve => "whaleCurve",
            GroupedBars => "groupedBars",
            LineSeries => "lineSeries",
            Histogram => "histogram",
            FlagList => "flagList",
            _ => throw new NotSupportedException($"No JSON for {section.GetType().Name}."),
        });
        json.WriteString("id", section.Id);
        json.WriteString("title", section.Title);
        WriteOptional(json, "description", section.Description);
        switch (section)
        {
            case ReportTable table:
                WriteTable(json, table);
                break;
            case WhaleCurve whale:
                json.WriteString("currency", whale.Currency);
                WriteNumbers(json, "points", whale.CumulativeProfit);
                break;
            case GroupedBars bars:
                json.WriteString("unit", bars.Unit);
                WriteStrings(json, "categories", bars.Categories);
                WriteSeries(json, bars.Series);
                break;
            case LineSeries lines:
                json.WriteString("unit", lines.Unit);
                WriteStrings(json, "periods", lines.Periods);
                WriteSeries(json, lines.Series);
                break;
            case Histogram histogram:
                json.WriteString("unit", histogram.Unit);
                WriteNumbers(json, "edges", histogram.Edges);
                json.WriteStartArray("counts");
                foreach (var count in histogram.Counts)
                {
                    json.WriteNumberValue(count);
                }

                json.WriteEndArray();
                break;
            case FlagList flags:
                json.WriteStartArray("flags");
                foreach (var flag in flags.Flags)
                {
                    json.WriteStartObject();
                    json.WriteString("text", flag.Text);
                    json.WriteString("severity", flag.Severity);
                    WriteStrings(json, "transactionIds", flag.TransactionIds);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter json, ReportTable table)
    {
        WriteOptional(json, "keyColumn", table.KeyColumn);
        if (table.DefaultSort is { } sort)
        {
            json.WriteStartObject("sort");
            json.WriteString("column", sort.ColumnKey);
            json.WriteString("direction", sort.DirectionParameter);
            json.WriteEndObject();
        }

        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("key", column.Key);
            json.WriteString("title", column.Title);
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(column.Kind.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        // Column keys are escaped once per table, not once per cell.
        var keys = table.Columns.Select(c => JsonEncodedText.Encode(c.Key)).ToArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(keys[i]);
                WriteValue(json, row[i], table.Columns[i]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, ReportValue value, ReportColumn column)
    {
        if (value.IsEmpty)
        {
            json.WriteNullValue();
        }
        else if (value.HasNumber && column.Kind == ColumnKind.Money)
        {
            json.WriteStartObject();
            json.WriteNumber("amount", value.Number);
            if (value.Currency is { } currency)
            {
                json.WriteString("currency", currency.Value);
            }

            json.WriteEndObject();
        }
        else if (value.HasNumber)
        {
            json.WriteNumberValue(value.Number);
        }
        else
        {
            json.WriteStringValue(ReportValueFormatting.Raw(value));
        }
    }

    private static void WriteSeries(Utf8JsonWriter json, IReadOnlyList<BarSeries> series)
    {
        json.WriteStartArray("series");
        foreach (var s in series)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Name);
            json.WriteStartArray("values");
            foreach (var value in s.Values)
            {
                if (value is { } v)
                {
                    json.WriteNumberValue(v);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, IReadOnlyList<decimal> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
