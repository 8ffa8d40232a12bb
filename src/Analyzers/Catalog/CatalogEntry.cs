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
/// <param name="Condition">When a call of the member reaches a model only in some uses, the test that decides it at the call.</param>
internal sealed record CatalogEntry(
    string Sdk,
    string TypeMetadataName,
    ImmutableArray<string> Members,
    AiCapability Capability,
    bool GeneratesContent,
    CallCondition Condition = CallCondition.Always)
{
    /// <summary>Builds an entry from a space-separated member list, which keeps the table readable.</summary>
    public static CatalogEntry Of(string sdk, string typeMetadataName, string members, AiCapability capability, bool? generatesContent = null, CallCondition condition = CallCondition.Always) =>
        new(sdk, typeMetadataName,
            ImmutableArray.Create(members.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries)),
            capability,
            generatesContent ?? AiCapabilityFacts.GeneratesContentByDefault(capability),
            condition);
}

/// <summary>
/// For catalog members that reach a model only in some uses: what the call site must show for the call NOT to be an AI
/// call. Anything the method does not show keeps the call an AI call (conservative).
/// </summary>
internal enum CallCondition
{
    /// <summary>Every call is an AI call.</summary>
    Always,

    /// <summary>
    /// A vector-store search: it embeds its query with the collection's embedding generator unless the query is already
    /// a vector (<c>ReadOnlyMemory&lt;float&gt;</c>, <c>float[]</c>, <c>Embedding&lt;float&gt;</c>).
    /// </summary>
    EmbedsNonVectorQuery,

    /// <summary>
    /// A Semantic Kernel function invocation: a prompt function calls a model, a native function (created from a method,
    /// or from a plugin imported from a type or an object) runs plain C#. Not an AI call when the method shows the
    /// function is native.
    /// </summary>
    PromptFunction,

    /// <summary>
    /// A Microsoft Agent Framework workflow run: an AI call when an agent is bound into the workflow. Not an AI call when
    /// the method builds the workflow and no agent is bound into it (executors that call models are analysed where they
    /// call them).
    /// </summary>
    WorkflowWithAgents,

    /// <summary>An evaluator: LLM-as-judge evaluators call a model; the lexical NLP evaluators (BLEU, GLEU, F1) do not.</summary>
    ModelBasedEvaluator,
}
