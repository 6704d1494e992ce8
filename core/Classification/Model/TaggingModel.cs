using System.IO.Compression;
using Microsoft.ML;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Model;

/// <summary>A promoted model version: a category classifier and, when customer labels exist, a customer classifier.</summary>
public sealed class TaggingModel
{
    private const string CategoryEntry = "category.classifier";
    private const string CustomerEntry = "customer.classifier";

    internal TaggingModel(string version, TextClassifier? category, TextClassifier? customer, bool spotChecksFailed = false, IReadOnlySet<TransactionId>? firstSpotChecks = null)
    {
        Version = version;
        Category = category;
        Customer = customer;
        SpotChecksFailed = spotChecksFailed;
        FirstSpotChecks = firstSpotChecks ?? new HashSet<TransactionId>();
    }

    public string Version { get; }

    /// <summary>People's answers on this model's spot checks showed its accepted tags below the target: it accepts nothing.</summary>
    public bool SpotChecksFailed { get; }

    /// <summary>Rows it accepted at promotion that wait as its own first spot checks (<see cref="SpotChecks.FirstOf"/>).</summary>
    public IReadOnlySet<TransactionId> FirstSpotChecks { get; }

    internal TextClassifier? Category { get; }

    internal TextClassifier? Customer { get; }

    /// <summary>
    /// The same classifiers, with what the pointer (not the model file) records about them: whether spot checks stopped their
    /// acceptance, and their first spot checks.
    /// </summary>
    internal TaggingModel WithPointer(bool spotChecksFailed, FirstSpotChecks? first) =>
        new(Version, Category, Customer, spotChecksFailed, first is null ? null : first.TransactionIds.Select(id => new TransactionId(id)).ToHashSet());

    public void Save(Stream destination)
    {
        using var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, classifier) in new[] { (CategoryEntry, Category), (CustomerEntry, Customer) })
        {
            if (classifier is not null)
            {
                using var buffer = new MemoryStream();
                classifier.Save(buffer);
                using var entry = archive.CreateEntry(name, CompressionLevel.NoCompression).Open();
                entry.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
        }
    }

    public static TaggingModel Load(string version, Stream source)
    {
        var ml = new MLContext(seed: 1);
        using var archive = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        return new TaggingModel(version, Read(ml, archive, CategoryEntry), Read(ml, archive, CustomerEntry));
    }

    private static TextClassifier? Read(MLContext ml, ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return TextClassifier.Load(ml, buffer);
    }
}
