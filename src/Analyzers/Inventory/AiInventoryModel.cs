using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Inventory;

/// <summary>Whether a guard (consent or opt-out) holds at an AI call, as RAI1001/RAI1002 decide it.</summary>
internal enum InventoryGuardStatus
{
    /// <summary>The guard holds on every path to the call.</summary>
    Checked,

    /// <summary>The guard does not hold on every path and the call has the duty (RAI1001/RAI1002 report it when enabled).</summary>
    Missing,

    /// <summary>No one's data: the feature is declared <c>PersonalData = false</c> or every input is a constant.</summary>
    NotRequired,

    /// <summary>The call is inside an <c>[AiFeature]</c> member, a feature's private helper or SDK middleware: its callers carry the duty.</summary>
    Callers,

    /// <summary>A call of a generated gateway: the gateway checks consent and the opt-out itself.</summary>
    Gateway,
}

/// <summary>Whether the output of an AI call reaches people with its AI notice, as RAI1003 decides it.</summary>
internal enum InventoryDisclosureStatus
{
    /// <summary>No exit without a disclosure was found: the output is disclosed or stays in the method.</summary>
    Disclosed,

    /// <summary>The output leaves (returned, stored, written to an output API) without a disclosure.</summary>
    Undisclosed,

    /// <summary>Inside an <c>[AiFeature]</c> member: returning raw output is allowed, its callers disclose it.</summary>
    Callers,

    /// <summary>A call of a generated gateway: its result is already wrapped in <c>AiGenerated&lt;T&gt;</c>.</summary>
    Gateway,

    /// <summary>The call produces no end-user content (embeddings, moderation, classification) and no exit was found.</summary>
    NotContent,
}

/// <summary>One exit of AI output that the disclosure or review analysis flags.</summary>
internal sealed record InventorySink(SinkKind Kind, string Target, Location Location);

/// <summary>One AI call site (or a call of a generated gateway) in a member body.</summary>
/// <param name="Owner">The member whose body holds the call (lambdas and local functions belong to it).</param>
/// <param name="WithinFeature">The feature the enclosing member belongs to, if any.</param>
/// <param name="Unreviewed">The output reaches a <c>[HumanReviewRequired]</c> target without a <c>[HumanReview]</c> step (RAI1004).</param>
internal sealed record InventoryCall(
    Location Location,
    ISymbol Owner,
    AiCallInfo Call,
    string? WithinFeature,
    bool IsGateway,
    InventoryGuardStatus Consent,
    InventoryGuardStatus OptOut,
    InventoryDisclosureStatus Disclosure,
    bool Unreviewed,
    ImmutableArray<InventorySink> Sinks);

/// <summary>Where a feature is declared: an <c>[AiFeature]</c> attribute, or a <c>feature</c> line of ResponsibleAI.txt.</summary>
/// <param name="DocumentationId">The declaring symbol's documentation-comment id.</param>
/// <param name="FromConfiguration">True for a ResponsibleAI.txt line.</param>
/// <param name="Path">The source file or the configuration file.</param>
/// <param name="Line">1-based line.</param>
internal sealed record InventoryDeclaration(string DocumentationId, bool FromConfiguration, string Path, int Line);

/// <summary>One declared feature, merged over its declarations (the first declaration in id order supplies the metadata).</summary>
internal sealed record InventoryFeature(
    string Id,
    AiCapability Capability,
    string? Provider,
    bool GeneratesContent,
    bool PersonalData,
    string? Disclosure,
    ImmutableArray<InventoryDeclaration> DeclaredBy);

/// <summary>A generated gateway: a partial method with <c>[AiFeature(..., Implementation = ...)]</c>.</summary>
internal sealed record InventoryGateway(string FeatureId, IMethodSymbol Method, string? Implementation, Location Location);

/// <summary>What one compilation holds: its features, its AI call sites and its gateways.</summary>
internal sealed record AiInventory(
    ImmutableArray<InventoryFeature> Features,
    ImmutableArray<InventoryCall> Calls,
    ImmutableArray<InventoryGateway> Gateways)
{
    public static readonly AiInventory Empty = new(ImmutableArray<InventoryFeature>.Empty, ImmutableArray<InventoryCall>.Empty, ImmutableArray<InventoryGateway>.Empty);
}
