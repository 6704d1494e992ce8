using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification.Rules;

public sealed class RuleValidationTests
{
    [Fact]
    public void CompleteRule_HasNoProblem()
    {
        var rule = new TaggingRule { Id = "aws", Mode = TextMatchMode.Regex, Pattern = @"^aws\b", MinimumAmount = 10m, MaximumAmount = 500m, Kind = TransactionKind.BankDebit, Category = "hosting" };

        Assert.Null(RuleValidation.ProblemWith(rule, CategoryChart.Default));
    }

    [Theory]
    [InlineData(" ", "software", null, null, "A rule needs an id.")]
    [InlineData("r1", null, null, null, "A rule sets at least one of category, customer or project.")]
    [InlineData("r1", "software", "-5", null, "Amount bounds apply to the amount's absolute value (the kind says its direction), so they cannot be negative.")]
    [InlineData("r1", "software", "500", "100", "The minimum amount 500 is above the maximum 100: the rule could never match.")]
    public void IncompleteOrImpossibleRule_SaysWhy(string id, string? category, string? minimum, string? maximum, string expected)
    {
        var rule = new TaggingRule
        {
            Id = id,
            Category = category,
            MinimumAmount = minimum is null ? null : decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture),
            MaximumAmount = maximum is null ? null : decimal.Parse(maximum, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(expected, RuleValidation.ProblemWith(rule, CategoryChart.Default));
    }

    [Fact]
    public void BrokenRegularExpression_SaysItIsNotValid()
    {
        var rule = new TaggingRule { Id = "r1", Mode = TextMatchMode.Regex, Pattern = "(unclosed", Category = "software" };

        Assert.StartsWith("The pattern is not a valid regular expression: ", RuleValidation.ProblemWith(rule, CategoryChart.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryTheChartLacks_SaysSoWithTheChartsIds()
    {
        var rule = new TaggingRule { Id = "r1", Pattern = "adobe", Category = "sofware" };

        var problem = RuleValidation.ProblemWith(rule, CategoryChart.Default);

        Assert.StartsWith("'sofware' is not in the category chart (its ids: revenue, other-income, cost-of-sales, ", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Software and subscriptions")]
    [InlineData("SOFTWARE")]
    [InlineData("software")]
    public void CategoryByNameOrAnyCase_StoredByTheChartsId(string written)
    {
        var rule = new TaggingRule { Id = "r1", Pattern = "adobe", Category = written };

        Assert.Null(RuleValidation.ProblemWith(rule, CategoryChart.Default));
        Assert.Equal("software", RuleValidation.Normalized(rule, CategoryChart.Default).Category);
    }
}
