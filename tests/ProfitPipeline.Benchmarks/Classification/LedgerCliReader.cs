using System.Globalization;
using System.Text.RegularExpressions;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// A small ledger-cli reader: each posting to an Expenses or Income account becomes a row. Text = payee, the entry's notes and
/// the balancing account (how it was paid: a card, a reimbursement); label = the account's first three levels.
/// </summary>
internal static partial class LedgerCliReader
{
    public static List<LabelledExample> Read(string path)
    {
        var rows = new List<LabelledExample>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var header = EntryHeader().Match(lines[i]);
            if (!header.Success)
            {
                continue;
            }

            var date = DateOnly.ParseExact(header.Groups["date"].Value.Replace('-', '/'), "yyyy/MM/dd", CultureInfo.InvariantCulture);
            var payee = header.Groups["payee"].Value.Trim();
            var notes = new List<string>();
            var postings = new List<(string Account, double? Amount)>();
            for (i++; i < lines.Length && lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0]); i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith(';'))
                {
                    if (!line.Contains("Receipt:", StringComparison.OrdinalIgnoreCase))
                    {
                        notes.Add(line.TrimStart(';').Trim());
                    }

                    continue;
                }

                var posting = Posting().Match(line);
                if (posting.Success)
                {
                    double? amount = double.TryParse(posting.Groups["amount"].Value.Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? a : null;
                    postings.Add((posting.Groups["account"].Value.Trim(), amount));
                }
            }

            i--;
            var funding = string.Join(' ', postings.Where(p => !IsCategory(p.Account)).Select(p => p.Account.Replace(':', ' ')));
            var text = string.Join(' ', [payee, .. notes, funding]);
            foreach (var (account, amount) in postings.Where(p => IsCategory(p.Account)))
            {
                var label = string.Join(':', account.Split(':').Take(3));
                var signed = account.StartsWith("Income", StringComparison.Ordinal) ? Math.Abs(amount ?? 0) : -Math.Abs(amount ?? 0);
                rows.Add(new LabelledExample(new ClassificationExample(text, signed, null, date, payee), label));
            }
        }

        return rows;
    }

    private static bool IsCategory(string account) =>
        account.StartsWith("Expenses", StringComparison.Ordinal) || account.StartsWith("Income", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<date>\d{4}[/-]\d{2}[/-]\d{2})(=\S+)?\s+([*!]\s+)?(?<payee>.+)$")]
    private static partial Regex EntryHeader();

    [GeneratedRegex(@"^(?<account>[A-Za-z][^;]*?)(\s{2,}|\t)(?<amount>-?\$?-?[\d,]+(\.\d+)?)?\s*(;.*)?$|^(?<account>[A-Za-z][^;]*)$")]
    private static partial Regex Posting();
}
