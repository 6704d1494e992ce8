namespace ProfitPipeline.Ingestion.Ofx;

/// <summary>
/// Builds OFX elements from tokens and hands each one over as it closes, so a large file is never held whole.
/// SGML rules: a start tag followed by text is a leaf whose end tag is optional; an end tag closes every element
/// opened after its own start tag; an end tag with no open start tag is ignored.
/// </summary>
internal static class OfxTreeReader
{
    public static IEnumerable<OfxElement> ClosedElements(IEnumerable<OfxToken> tokens)
    {
        var open = new Stack<OfxElement>();
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case OfxTokenKind.StartTag:
                    if (open.TryPeek(out var top) && top.IsLeaf)
                    {
                        yield return open.Pop();
                    }

                    var parent = open.TryPeek(out var p) ? p : null;
                    open.Push(new OfxElement(token.Value, token.Line, parent));
                    break;

                case OfxTokenKind.Text:
                    if (open.TryPeek(out var current) && current.Children.Count == 0)
                    {
                        current.Value = current.Value is null ? token.Value : current.Value + token.Value;
                    }

                    break;

                case OfxTokenKind.EndTag:
                    if (!open.Any(e => string.Equals(e.Name, token.Value, StringComparison.Ordinal)))
                    {
                        break;
                    }

                    OfxElement closed;
                    do
                    {
                        closed = open.Peek();
                        if (!closed.IsLeaf && closed.Children.Count == 0 && string.Equals(closed.Name, token.Value, StringComparison.Ordinal))
                        {
                            closed.Value = string.Empty; // <TAG></TAG>: an empty leaf
                        }

                        yield return open.Pop();
                    }
                    while (!string.Equals(closed.Name, token.Value, StringComparison.Ordinal));

                    break;
            }
        }

        while (open.Count > 0)
        {
            yield return open.Pop();
        }
    }
}
