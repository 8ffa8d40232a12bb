using System.Collections.Immutable;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>
/// One row of the built-in AI SDK catalog: the members of one type that are AI calls.
/// </summary>
/// <param name="Sdk">Human name of the SDK (used in messages and docs), e.g. "OpenAI".</param>
/// <param name="TypeMetadataName">Metadata name as <c>Compilation.GetTypeByMetadataName</c> takes it (<c>`N</c> for arity, <c>+</c> for nesting).</param>
/// <param name="Members">Member names that are AI calls. All overloads of a name match; so do
/// implementations of an interface member and overrides of a virtual one.</param>
/// <param name="Capability">What the call does.</param>
/// <param name="GeneratesContent">Whether its output is end-user-visible AI content (the disclosure rules use it).</param>
internal sealed record CatalogEntry(
    string Sdk,
    string TypeMetadataName,
    ImmutableArray<string> Members,
    AiCapability Capability,
    bool GeneratesContent)
{
    /// <summary>Builds an entry from a space-separated member list, which keeps the table readable.</summary>
    public static CatalogEntry Of(string sdk, string typeMetadataName, string members, AiCapability capability, bool? generatesContent = null) =>
        new(sdk, typeMetadataName,
            ImmutableArray.Create(members.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries)),
            capability,
            generatesContent ?? AiCapabilityFacts.GeneratesContentByDefault(capability));
}
