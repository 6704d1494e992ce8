namespace ProfitPipeline.Ingestion.Ofx;

/// <summary>An OFX aggregate or leaf as the tolerant reader built it: a leaf has a value, an aggregate has children.</summary>
internal sealed class OfxElement(string name, int line, OfxElement? parent)
{
    private readonly List<OfxElement> _children = [];

    public string Name { get; } = name;

    public int Line { get; } = line;

    public OfxElement? Parent { get; } = parent;

    public string? Value { get; set; }

    public bool IsLeaf => Value is not null;

    public IReadOnlyList<OfxElement> Children => _children;

    public void Add(OfxElement child) => _children.Add(child);

    public OfxElement? Child(string name) => _children.Find(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// The first non-empty value of a descendant leaf, depth first. Searching descendants rather than children
    /// tolerates an empty SGML leaf that was read as an aggregate and swallowed its next siblings.
    /// </summary>
    public string? Find(string name)
    {
        foreach (var child in _children)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal) && !string.IsNullOrEmpty(child.Value))
            {
                return child.Value;
            }

            if (child.Find(name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public bool IsWithin(string name)
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
