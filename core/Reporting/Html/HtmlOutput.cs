using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ProfitPipeline.Reporting.Html;

/// <summary>
/// Markup being written: <see cref="Markup"/> for the writer's own constant tags, <see cref="Text"/> for every value that came
/// from data or the request, which is always HTML-encoded (also inside SVG: the encoder's output is valid XML).
/// </summary>
internal sealed class HtmlOutput
{
    // All Unicode ranges: readable accents in the source; the encoder still escapes < > & " ' and other unsafe characters.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _builder;

    public HtmlOutput(int capacity = 16 * 1024) => _builder = new StringBuilder(capacity);

    public HtmlOutput Markup(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    public HtmlOutput Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        // Encode returns the same instance when nothing needs escaping, so plain values cost no copy.
        _builder.Append(Encoder.Encode(value));

        return this;
    }

    /// <summary>A number formatted by the writer itself (coordinates): invariant, no encoding needed.</summary>
    public HtmlOutput Number(double value)
    {
        _builder.Append(Math.Round(value, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    public override string ToString() => _builder.ToString();
}
