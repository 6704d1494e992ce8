using System.Globalization;
using System.Text.RegularExpressions;

namespace ProfitPipeline.Ingestion.Mt940;

/// <summary>
/// The <c>:61:</c> grammar: <c>YYMMDD[MMDD]{C|D|RC|RD}[funds code]amount{N|F|S}type customer-ref[//bank-ref]</c>,
/// then supplementary details on the next line. RC (reversal of a credit) takes money out; RD puts it back.
/// </summary>
internal sealed partial record Mt940StatementLine(
    int ValueYear,
    int ValueMonth,
    int ValueDay,
    int? EntryMonth,
    int? EntryDay,
    decimal SignedAmount,
    string TypeCode,
    string? CustomerReference,
    string? BankReference,
    string? Supplementary)
{
    public static bool TryParse(Mt940Field field, int century, out Mt940StatementLine? line, out string? error)
    {
        line = null;
        var match = Grammar().Match(field.FirstLine.Trim());
        if (!match.Success)
        {
            error = ":61: does not follow YYMMDD[MMDD]{C|D|RC|RD}[funds]amount{N|F|S}type reference.";
            return false;
        }

        var amountText = match.Groups["amount"].Value.Replace(',', '.');
        if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            error = ":61: amount is not a number.";
            return false;
        }

        var sign = match.Groups["mark"].Value switch
        {
            "C" or "RD" or "EC" => 1,
            _ => -1, // D, RC, ED
        };
        var entry = match.Groups["entry"].Value.Trim();
        var customer = match.Groups["ref"].Value.Trim();
        var bank = match.Groups["bank"].Value.Trim();
        var supplementary = string.Join(' ', field.Lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0));
        line = new Mt940StatementLine(
            century + Number(match.Groups["vy"].Value),
            Number(match.Groups["vm"].Value),
            Number(match.Groups["vd"].Value),
            entry.Length == 4 ? Number(entry[..2]) : null,
            entry.Length == 4 ? Number(entry[2..]) : null,
            sign * amount,
            match.Groups["type"].Value,
            customer.Length == 0 || string.Equals(customer, "NONREF", StringComparison.OrdinalIgnoreCase) ? null : customer,
            bank.Length == 0 ? null : bank,
            supplementary.Length == 0 ? null : supplementary);
        error = null;
        return true;
    }

    /// <summary>The value date, or null when the bank wrote an impossible one (Sparkassen use 30 February).</summary>
    public DateOnly? ValueDate =>
        ValueMonth is >= 1 and <= 12 && ValueDay >= 1 && ValueDay <= DateTime.DaysInMonth(ValueYear, ValueMonth)
            ? new DateOnly(ValueYear, ValueMonth, ValueDay)
            : null;

    /// <summary>
    /// The entry (booking) date: MMDD in the year that puts it nearest the value date, so a 31 Dec value date with
    /// a 02 Jan entry date books in the next year, and the other way round.
    /// </summary>
    public DateOnly? EntryDate
    {
        get
        {
            if (EntryMonth is not { } month || EntryDay is not { } day || month is < 1 or > 12)
            {
                return null;
            }

            var anchor = new DateOnly(ValueYear, Math.Clamp(ValueMonth, 1, 12), 1).AddDays(Math.Max(ValueDay, 1) - 1);
            DateOnly? best = null;
            foreach (var year in (ReadOnlySpan<int>)[ValueYear - 1, ValueYear, ValueYear + 1])
            {
                if (day < 1 || day > DateTime.DaysInMonth(year, month))
                {
                    continue;
                }

                var candidate = new DateOnly(year, month, day);
                if (best is null || Math.Abs(candidate.DayNumber - anchor.DayNumber) < Math.Abs(best.Value.DayNumber - anchor.DayNumber))
                {
                    best = candidate;
                }
            }

            return best;
        }
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<vy>\d{2})(?<vm>\d{2})(?<vd>\d{2})(?<entry>\d{4}|\s{4})?(?<mark>RC|RD|EC|ED|C|D)(?<funds>[A-Z])?(?<amount>\d+(?:,\d*)?)(?<type>[NFS][A-Z0-9 ]{3})(?<ref>(?:(?!//).)*)(?://(?<bank>.*))?$")]
    private static partial Regex Grammar();
}
