namespace ProfitPipeline.Cli.Demo;

/// <summary>One Expensify expense; the tag names a customer project when the cost was incurred for that customer.</summary>
internal sealed record ExpenseClaim(DateTime Timestamp, string Merchant, decimal Amount, string Category, string Tag, string Comment, bool Reimbursable, string ReportId, string Employee);
