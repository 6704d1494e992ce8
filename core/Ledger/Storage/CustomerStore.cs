using System.Text.Json;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>The customer master: one row per customer id; a newer master file replaces a customer's row.</summary>
internal sealed class CustomerStore(StorageAccount account)
{
    private const string Partition = "customer";

    private TableClient Table => account.Table(StorageNames.Tables.Customers);

    public Task<int> UpsertAsync(IEnumerable<CustomerRecord> customers, CancellationToken cancellationToken) =>
        TableBatches.UpsertAsync(
            Table,
            customers.Select(c => new TableEntity(Partition, KeyFor(c.Id))
            {
                ["Id"] = c.Id.Value,
                ["Name"] = c.Name,
                ["Aliases"] = JsonSerializer.Serialize(c.Aliases, StoredJson.Options),
                ["Dimensions"] = JsonSerializer.Serialize(c.Dimensions, StoredJson.Options),
            }),
            cancellationToken);

    public async Task<IReadOnlyList<CustomerRecord>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var customers = new List<CustomerRecord>();
        await foreach (var e in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            customers.Add(new CustomerRecord
            {
                Line = 0,
                Id = new CustomerId(e.RequiredString("Id")),
                Name = e.GetString("Name") ?? string.Empty,
                Aliases = JsonSerializer.Deserialize<List<string>>(e.GetString("Aliases") ?? "[]", StoredJson.Options)!,
                Dimensions = JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Dimensions") ?? "{}", StoredJson.Options)!,
            });
        }

        return customers;
    }

    // Row keys may not contain / \ # ? or control characters; customer ids from exports sometimes do.
    private static string KeyFor(CustomerId id) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id.Value)))[..32];
}
