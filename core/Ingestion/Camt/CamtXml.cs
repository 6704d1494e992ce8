using System.Xml.Linq;

namespace ProfitPipeline.Ingestion.Camt;

/// <summary>Navigation by local names only: the same paths serve every camt.05x version and namespace.</summary>
internal static class CamtXml
{
    public static XElement? Child(this XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, localName, StringComparison.Ordinal));

    public static IEnumerable<XElement> ChildrenNamed(this XElement? element, string localName) =>
        element?.Elements().Where(e => string.Equals(e.Name.LocalName, localName, StringComparison.Ordinal)) ?? [];

    public static XElement? At(this XElement? element, params string[] path)
    {
        foreach (var name in path)
        {
            element = element.Child(name);
        }

        return element;
    }

    /// <summary>The trimmed text at <paramref name="path"/>, or null when absent or blank.</summary>
    public static string? Text(this XElement? element, params string[] path) =>
        element.At(path) is { } found && !string.IsNullOrWhiteSpace(found.Value) ? found.Value.Trim() : null;

    /// <summary>The first descendant with the local name, at any depth (e.g. v8 moved Dbtr/Nm to Dbtr/Pty/Nm).</summary>
    public static XElement? Descendant(this XElement? element, string localName) =>
        element?.Descendants().FirstOrDefault(e => string.Equals(e.Name.LocalName, localName, StringComparison.Ordinal));
}
