using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Tests.Functions;

/// <summary>
/// Evaluates the constant expressions the Functions app writes in its attributes: string literals, <c>+</c>, <c>nameof</c>
/// and <c>PipelineCatalog.*</c> constants, read by reflection from the loaded core assembly. Anything else throws, so a test
/// never compares a value it did not really read.
/// </summary>
internal static class CatalogConstants
{
    public static string Evaluate(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        BinaryExpressionSyntax sum when sum.IsKind(SyntaxKind.AddExpression) => Evaluate(sum.Left) + Evaluate(sum.Right),
        ParenthesizedExpressionSyntax parenthesized => Evaluate(parenthesized.Expression),
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf =>
            LastIdentifier(nameOf.ArgumentList.Arguments.Single().Expression),
        MemberAccessExpressionSyntax member => Resolve(member.ToString()),
        _ => throw new InvalidOperationException($"Not a constant the parity test can evaluate: '{expression}'."),
    };

    /// <summary>Resolves <c>PipelineCatalog.Group.Name</c> (optionally namespace-qualified) to the constant's value.</summary>
    public static string Resolve(string reference)
    {
        var parts = reference.Split('.');
        var start = Array.IndexOf(parts, nameof(PipelineCatalog));
        if (start < 0)
        {
            throw new InvalidOperationException($"'{reference}' is not a {nameof(PipelineCatalog)} constant.");
        }

        var type = typeof(PipelineCatalog);
        foreach (var nested in parts[(start + 1)..^1])
        {
            type = type.GetNestedType(nested, BindingFlags.Public) ?? throw new InvalidOperationException($"No type '{nested}' in '{reference}'.");
        }

        var field = type.GetField(parts[^1], BindingFlags.Public | BindingFlags.Static);
        return field is { IsLiteral: true } && field.GetRawConstantValue() is string value
            ? value
            : throw new InvalidOperationException($"'{reference}' is not a string constant.");
    }

    public static string LastIdentifier(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => throw new InvalidOperationException($"Not a name: '{expression}'."),
    };
}
