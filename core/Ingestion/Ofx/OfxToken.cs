namespace ProfitPipeline.Ingestion.Ofx;

internal enum OfxTokenKind
{
    StartTag,
    EndTag,
    Text,
}

/// <summary>One piece of an OFX document: a tag (name upper-cased) or a run of decoded text, with its 1-based line.</summary>
internal readonly record struct OfxToken(OfxTokenKind Kind, string Value, int Line);
