using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProfitPipeline.Tests.Infra;

namespace ProfitPipeline.Tests.Functions;

/// <summary>A trigger attribute on a function's parameter, as written in functions/.</summary>
internal abstract record DeclaredTrigger;

internal sealed record DeclaredBlobTrigger(string Path, string? Source, string? Connection) : DeclaredTrigger;

internal sealed record DeclaredTimerTrigger(string Schedule, IReadOnlyList<string> NamedArguments) : DeclaredTrigger;

/// <summary><paramref name="AuthorizationLevel"/> is null when the attribute leaves it to the default.</summary>
internal sealed record DeclaredHttpTrigger(string? AuthorizationLevel, IReadOnlyList<string> Methods, string? Route) : DeclaredTrigger;

/// <summary>The runner call a function makes: which runner method, the job name, and the route values it passes.</summary>
internal sealed record RunnerCall(string Method, string JobName, IReadOnlyList<(string Key, string Value)> RouteValues);

/// <summary>A <c>[Function]</c> method of the Functions app, read from source with Roslyn (the app itself cannot be built here).</summary>
internal sealed record DeclaredFunction(
    string Name,
    string File,
    IReadOnlyList<DeclaredTrigger> Triggers,
    IReadOnlyList<string> BoundParameters,
    RunnerCall? Call)
{
    public static IReadOnlyList<DeclaredFunction> LoadAll() =>
        SourceFiles().SelectMany(file => Parse(file).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => Read(m, file)))
            .OfType<DeclaredFunction>()
            .ToList();

    public static SyntaxTree Parse(string file) => CSharpSyntaxTree.ParseText(System.IO.File.ReadAllText(file), path: file);

    public static IEnumerable<string> SourceFiles()
    {
        var folder = RepositoryRoot.Combine("functions");
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
    }

    public static string AttributeName(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }

    private static DeclaredFunction? Read(MethodDeclarationSyntax method, string file)
    {
        var function = method.AttributeLists.SelectMany(l => l.Attributes).SingleOrDefault(a => AttributeName(a) == "Function");
        if (function is null)
        {
            return null;
        }

        var name = CatalogConstants.Evaluate(function.ArgumentList!.Arguments.Single().Expression);
        var triggers = method.ParameterList.Parameters
            .SelectMany(p => p.AttributeLists.SelectMany(l => l.Attributes))
            .Select(ReadTrigger)
            .OfType<DeclaredTrigger>()
            .ToList();

        // Parameters bound from trigger data: everything but the trigger parameter itself and the cancellation token.
        var bound = method.ParameterList.Parameters
            .Where(p => p.AttributeLists.Count == 0 && p.Type?.ToString() != nameof(CancellationToken))
            .Select(p => p.Identifier.ValueText)
            .ToList();

        return new DeclaredFunction(name, file, triggers, bound, ReadCall(method));
    }

    private static DeclaredTrigger? ReadTrigger(AttributeSyntax attribute)
    {
        var arguments = attribute.ArgumentList?.Arguments.ToList() ?? [];
        var positional = arguments.Where(a => a.NameEquals is null && a.NameColon is null).Select(a => a.Expression).ToList();
        var named = arguments.Where(a => a.NameEquals is not null).ToDictionary(a => a.NameEquals!.Name.Identifier.ValueText, a => a.Expression);

        return AttributeName(attribute) switch
        {
            "BlobTrigger" => new DeclaredBlobTrigger(
                CatalogConstants.Evaluate(positional.Single()),
                named.TryGetValue("Source", out var source) ? CatalogConstants.LastIdentifier(source) : null,
                named.TryGetValue("Connection", out var connection) ? CatalogConstants.Evaluate(connection) : null),
            "TimerTrigger" => new DeclaredTimerTrigger(CatalogConstants.Evaluate(positional.Single()), [.. named.Keys]),
            "HttpTrigger" => ReadHttpTrigger(positional, named),
            _ => null,
        };
    }

    private static DeclaredHttpTrigger ReadHttpTrigger(List<ExpressionSyntax> positional, Dictionary<string, ExpressionSyntax> named)
    {
        // HttpTrigger(AuthorizationLevel level, params string[] methods) or HttpTrigger(params string[] methods).
        var level = positional.FirstOrDefault() is MemberAccessExpressionSyntax { Expression: var type } first
            && CatalogConstants.LastIdentifier(type) == "AuthorizationLevel"
                ? first.Name.Identifier.ValueText
                : null;
        var methods = positional.Skip(level is null ? 0 : 1).Select(m => CatalogConstants.Evaluate(m).ToUpperInvariant()).ToList();
        var route = named.TryGetValue("Route", out var routeExpression) ? CatalogConstants.Evaluate(routeExpression) : null;
        return new DeclaredHttpTrigger(level, methods, route);
    }

    private static RunnerCall? ReadCall(MethodDeclarationSyntax method)
    {
        var body = (SyntaxNode?)method.ExpressionBody ?? method.Body;
        var invocation = body?.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(i => i.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "runner" } });
        if (invocation is null)
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        var runnerMethod = ((MemberAccessExpressionSyntax)invocation.Expression).Name.Identifier.ValueText;
        var routeValues = runnerMethod == "HandleHttpAsync" ? ReadRouteValues(arguments[2].Expression) : [];
        return new RunnerCall(runnerMethod, CatalogConstants.Evaluate(arguments[0].Expression), routeValues);
    }

    private static List<(string Key, string Value)> ReadRouteValues(ExpressionSyntax expression) => expression switch
    {
        CollectionExpressionSyntax { Elements.Count: 0 } => [],
        BaseObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions
            .Cast<AssignmentExpressionSyntax>()
            .Select(a => (
                CatalogConstants.Evaluate(((ImplicitElementAccessSyntax)a.Left).ArgumentList.Arguments.Single().Expression),
                CatalogConstants.LastIdentifier(a.Right)))
            .ToList(),
        _ => throw new InvalidOperationException($"Route values the parity test cannot read: '{expression}'."),
    };
}
