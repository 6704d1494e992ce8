namespace ProfitPipeline.Ledger;

/// <summary>One line of an invoice, bill or expense claim, when the export has lines.</summary>
public sealed record InvoiceLine(string Description, Money Amount, string? Category = null, string? Project = null);
