using CsvHelper;

namespace ProfitPipeline.Reporting.Rendering;

/// <summary>
/// OWASP CSV-injection defence for text cells: a cell a spreadsheet would read as a formula (leading = + - @ tab CR LF) gets a
/// leading single quote and is quoted. Numbers never pass through here, so -12.50 stays a number.
/// </summary>
internal static class CsvTextCell
{
    public static bool IsFormulaLike(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>The text to write and whether it must be quoted regardless of its content.</summary>
    public static (string Text, bool ForceQuote) Neutralise(string text) =>
        IsFormulaLike(text) ? ("'" + text, true) : (text, false);

    /// <summary>Writes a text cell, neutralised and quoted when it looks like a formula.</summary>
    public static void Write(CsvWriter csv, string text)
    {
        var (safe, forceQuote) = Neutralise(text);
        csv.WriteField(safe, forceQuote ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
    }
}
