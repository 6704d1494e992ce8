namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Decides between a decimal comma and a decimal dot from amount-like values: when both appear the last one is the
/// decimal separator; a lone separator followed by other than three digits is one too; "1.000" alone says nothing.
/// </summary>
internal sealed class DecimalSeparatorVote
{
    private int _dot;
    private int _comma;

    public void Observe(ReadOnlySpan<char> value)
    {
        var lastDot = value.LastIndexOf('.');
        var lastComma = value.LastIndexOf(',');
        if (lastDot < 0 && lastComma < 0)
        {
            return;
        }

        if (lastDot >= 0 && lastComma >= 0)
        {
            Vote(lastDot > lastComma ? '.' : ',');
            return;
        }

        var separator = lastDot >= 0 ? '.' : ',';
        var last = Math.Max(lastDot, lastComma);
        if (value.IndexOf(separator) != last)
        {
            Vote(separator == '.' ? ',' : '.'); // repeated: it groups thousands
            return;
        }

        var after = 0;
        while (last + 1 + after < value.Length && char.IsAsciiDigit(value[last + 1 + after]))
        {
            after++;
        }

        if (after != 3)
        {
            Vote(separator);
        }
    }

    /// <summary>The winner; with no evidence, a comma for semicolon files (European) and a dot otherwise.</summary>
    public char Decide(char delimiter) =>
        _comma > _dot ? ',' : _dot > _comma ? '.' : delimiter == ';' ? ',' : '.';

    /// <summary>Whether a value is made only of what amounts are made of (digits, separators, signs, symbols, codes).</summary>
    public static bool LooksLikeAmount(ReadOnlySpan<char> value)
    {
        var digits = 0;
        var letters = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (c is not ('.' or ',' or '\'' or '\u2019' or ' ' or '\u00A0' or '\u202F' or '-' or '\u2212' or '+' or '(' or ')' or '€' or '£' or '$'))
            {
                return false;
            }
        }

        return digits > 0 && letters <= 3;
    }

    private void Vote(char separator)
    {
        if (separator == ',')
        {
            _comma++;
        }
        else
        {
            _dot++;
        }
    }
}
