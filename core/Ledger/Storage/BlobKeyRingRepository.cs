using System.Xml.Linq;
using Azure;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// The Data Protection key ring in blob storage (container <see cref="StorageNames.Containers.KeyRing"/>), one blob per key
/// element named after its friendly name, so every instance of every host protects and unprotects with the same keys.
/// <see cref="IXmlRepository"/> is synchronous by contract; the Azure SDK's synchronous calls are real ones, not async
/// blocked on. Keys are stored unencrypted at rest here (storage encryption only): wrapping them with a Key Vault key needs
/// Azure.Extensions.AspNetCore.DataProtection.Keys, which this machine's package registry does not carry.
/// </summary>
internal sealed class BlobKeyRingRepository(StorageAccount account) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var container = account.Container(StorageNames.Containers.KeyRing);
        var elements = new List<XElement>();
        foreach (var item in container.GetBlobs())
        {
            using var stream = container.GetBlobClient(item.Name).DownloadContent().Value.Content.ToStream();
            elements.Add(XElement.Load(stream));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var stream = new MemoryStream();
        element.Save(stream, SaveOptions.DisableFormatting);
        var content = BinaryData.FromBytes(stream.ToArray());
        var container = account.Container(StorageNames.Containers.KeyRing);
        try
        {
            // Never overwrite: a key element, once written, is what other instances may already be using.
            container.GetBlobClient(BlobName(friendlyName)).Upload(content, overwrite: false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            container.GetBlobClient(BlobName(null)).Upload(content, overwrite: false);
        }
    }

    private static string BlobName(string? friendlyName) =>
        friendlyName is { Length: > 0 and <= 200 } && friendlyName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? friendlyName + ".xml"
            : Guid.NewGuid().ToString("N") + ".xml";
}
