using System.Runtime.CompilerServices;
using System.Text;

namespace ProfitPipeline.Tests.Ingestion.Csv;

/// <summary>
/// On this branch TextDecoding's Windows-1252 initialiser runs before its static constructor registers the code-pages
/// provider (fixed on main by the lead); registering it first keeps these tests independent of that merge.
/// </summary>
internal static class CodePagesRegistration
{
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
