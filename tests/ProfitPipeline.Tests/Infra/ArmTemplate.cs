using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProfitPipeline.Tests.Infra;

/// <summary>A resource of a compiled ARM template, with the template it sits in (nested module deployments included).</summary>
internal sealed record ArmResource(JsonObject Resource, JsonObject Template)
{
    public string Type => (string)Resource["type"]!;

    public JsonObject Properties => Resource["properties"]?.AsObject() ?? [];

    public string? Scope => (string?)Resource["scope"];
}

/// <summary>Walks compiled ARM templates and reads the few expression shapes Bicep emits for our templates.</summary>
internal static partial class ArmTemplate
{
    public static IEnumerable<ArmResource> Resources(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject symbolic => symbolic.Select(r => r.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return new ArmResource(resource, template);
            if ((string?)resource["type"] == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<ArmResource> OfType(JsonObject template, string type) =>
        Resources(template).Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The module deployment Bicep names after the module's <c>name:</c>.</summary>
    public static JsonObject Deployment(JsonObject template, string name) =>
        OfType(template, "Microsoft.Resources/deployments").Single(d => (string?)d.Resource["name"] == name).Resource;

    /// <summary>A role assignment's role GUID, following <c>[variables('x')]</c> to <c>subscriptionResourceId(..., 'guid')</c>.</summary>
    public static string RoleDefinitionGuid(ArmResource assignment)
    {
        var expression = (string)assignment.Properties["roleDefinitionId"]!;
        var variable = VariableReference().Match(expression);
        if (variable.Success)
        {
            expression = (string)assignment.Template["variables"]![variable.Groups[1].Value]!;
        }

        var guid = RoleGuid().Match(expression);
        return guid.Success ? guid.Groups[1].Value : throw new InvalidOperationException($"Unreadable role definition: {expression}");
    }

    /// <summary>The resource type a <c>[resourceId('type', ...)]</c> scope expression names.</summary>
    public static string ScopeType(ArmResource assignment)
    {
        var scope = assignment.Scope ?? throw new InvalidOperationException($"Role assignment {assignment.Resource["name"]} has no scope: it would apply to the whole resource group.");
        var type = ResourceIdType().Match(scope);
        return type.Success ? type.Groups[1].Value : throw new InvalidOperationException($"Unreadable scope: {scope}");
    }

    /// <summary>A literal value, or the value of the main template variable a <c>[variables('x')]</c> parameter points to.</summary>
    public static JsonNode? Resolve(JsonNode? value, JsonObject template)
    {
        if (value is JsonValue text && text.TryGetValue<string>(out var expression) && VariableReference().Match(expression) is { Success: true } variable)
        {
            return template["variables"]![variable.Groups[1].Value];
        }

        return value;
    }

    [GeneratedRegex(@"^\[variables\('([^']+)'\)\]$")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"'([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})'")]
    private static partial Regex RoleGuid();

    [GeneratedRegex(@"resourceId\('([^']+)'")]
    private static partial Regex ResourceIdType();
}
