using System.Globalization;
using System.Text;

namespace ProfitPipeline.Ingestion.Ofx;

/// <summary>
/// Splits OFX 1.x SGML and 2.x XML alike into tags and text. Tolerant by design: unclosed leaf tags, raw '&amp;',
/// CDATA, comments, processing instructions and the 1.x header lines are all accepted; nothing is validated here.
/// </summary>
internal sealed class OfxTokenizer(TextReader reader)
{
    private readonly StringBuilder _buffer = new();
    private int _line = 1;
    private int _pushedBack = -1;

    public IEnumerable<OfxToken> Tokens()
    {
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                yield break;
            }

            if (c != '<')
            {
                var textLine = _line;
                var text = ReadText((char)c);
                if (text.Length > 0)
                {
                    yield return new OfxToken(OfxTokenKind.Text, text, textLine);
                }

                continue;
            }

            var tagLine = _line;
            var markup = ReadMarkup(out var isCData);
            if (isCData)
            {
                yield return new OfxToken(OfxTokenKind.Text, markup, tagLine);
                continue;
            }

            if (markup.Length == 0 || markup[0] is '?' or '!')
            {
                continue; // processing instruction, comment or declaration
            }

            var selfClosing = markup.EndsWith('/');
            var isEnd = markup[0] == '/';
            var name = TagName(markup.AsSpan(isEnd ? 1 : 0, markup.Length - (isEnd ? 1 : 0) - (selfClosing ? 1 : 0)));
            if (name.Length == 0)
            {
                continue;
            }

            yield return new OfxToken(isEnd ? OfxTokenKind.EndTag : OfxTokenKind.StartTag, name, tagLine);
            if (selfClosing && !isEnd)
            {
                yield return new OfxToken(OfxTokenKind.EndTag, name, tagLine);
            }
        }
    }

    private static string TagName(ReadOnlySpan<char> markup)
    {
        var trimmed = markup.Trim();
        var end = trimmed.IndexOfAny(' ', '\t', '\n');
        return (end < 0 ? trimmed : trimmed[..end]).ToString().ToUpperInvariant();
    }

    private string ReadText(char first)
    {
        _buffer.Clear();
        _buffer.Append(first);
        int c;
        while ((c = Next()) >= 0 && c != '<')
        {
            _buffer.Append((char)c);
        }

        if (c == '<')
        {
            _pushedBack = c;
        }

        return DecodeEntities(_buffer.ToString().Trim());
    }

    private string ReadMarkup(out bool isCData)
    {
        isCData = false;
        _buffer.Clear();
        int c;
        while ((c = Next()) >= 0)
        {
            if (c == '>' && !IsOpenComment())
            {
                break;
            }

            _buffer.Append((char)c);
            if (_buffer.Length == 8 && _buffer.ToString() == "![CDATA[")
            {
                isCData = true;
                return ReadCData();
            }
        }

        return _buffer.ToString();
    }

    // A comment may contain '>' before its closing "--".
    private bool IsOpenComment() =>
        _buffer.Length >= 3 && _buffer[0] == '!' && _buffer[1] == '-' && _buffer[2] == '-'
        && !(_buffer.Length >= 5 && _buffer[^1] == '-' && _buffer[^2] == '-');

    private string ReadCData()
    {
        _buffer.Clear();
        int c;
        while ((c = Next()) >= 0)
        {
            _buffer.Append((char)c);
            if (_buffer.Length >= 3 && _buffer[^1] == '>' && _buffer[^2] == ']' && _buffer[^3] == ']')
            {
                _buffer.Length -= 3;
                break;
            }
        }

        return _buffer.ToString().Trim();
    }

    private int Next()
    {
        int c;
        if (_pushedBack >= 0)
        {
            c = _pushedBack;
            _pushedBack = -1;
            return c;
        }

        c = reader.Read();
        if (c == '\n')
        {
            _line++;
        }
        else if (c == '\r')
        {
            // CR LF counts once; a lone CR (old Mac line ends) counts as a line end.
            if (reader.Peek() != '\n')
            {
                _line++;
            }
        }

        return c;
    }

    /// <summary>Decodes XML/SGML character references; an '&amp;' that starts no known reference is kept as it is.</summary>
    internal static string DecodeEntities(string text)
    {
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '&')
            {
                var semi = text.IndexOf(';', i + 1);
                if (semi > i && semi - i <= 10 && TryDecode(text.AsSpan(i + 1, semi - i - 1), out var decoded))
                {
                    result.Append(decoded);
                    i = semi + 1;
                    continue;
                }
            }

            result.Append(text[i]);
            i++;
        }

        return result.ToString();
    }

    private static bool TryDecode(ReadOnlySpan<char> entity, out string decoded)
    {
        decoded = entity switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "nbsp" => " ",
            _ => string.Empty,
        };
        if (decoded.Length > 0)
        {
            return true;
        }

        if (entity.Length > 1 && entity[0] == '#')
        {
            var hex = entity[1] is 'x' or 'X';
            var digits = hex ? entity[2..] : entity[1..];
            var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
            if (int.TryParse(digits, style, CultureInfo.InvariantCulture, out var code) && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                decoded = char.ConvertFromUtf32(code);
                return true;
            }
        }

        return false;
    }
}
