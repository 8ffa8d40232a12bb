using System.Text.Json.Serialization;

namespace ResponsibleAI.Inventory.Model;

/// <summary>
/// The content of ai-inventory.json (docs/ai-inventory.schema.json). Every list is sorted and no value depends on the
/// machine, the clock or the culture, so the same code gives the same bytes.
/// </summary>
public sealed record InventoryDocument
{
    /// <summary>The version of the schema the document follows; a change that breaks readers changes the major number.</summary>
    public const string CurrentSchemaVersion = "1.0";

    public const string SchemaUri = "https://github.com/responsibleai-dotnet/ResponsibleAI/blob/main/docs/ai-inventory.schema.json";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = SchemaUri;

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    public ToolInfo Tool { get; init; } = new();

    public InventorySummary Summary { get; init; } = new();

    /// <summary>Every rule the tool ran, with its default severity and the policy clause it enforces.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; init; } = [];

    /// <summary>The findings counted per policy clause.</summary>
    public IReadOnlyList<ClauseSummary> Clauses { get; init; } = [];

    public IReadOnlyList<ProjectInventory> Projects { get; init; } = [];
}

public sealed record ToolInfo
{
    public string Name { get; init; } = "ResponsibleAI.Inventory";

    public string Version { get; init; } = "";
}

public sealed record InventorySummary
{
    public int Projects { get; init; }

    public int Features { get; init; }

    public int Calls { get; init; }

    /// <summary>Calls where a consent check or an opt-out lookup is missing on some path.</summary>
    public int UnguardedCalls { get; init; }

    /// <summary>Calls whose output leaves without a disclosure.</summary>
    public int UndisclosedCalls { get; init; }

    /// <summary>Calls whose output reaches a [HumanReviewRequired] target without review.</summary>
    public int UnreviewedCalls { get; init; }

    public int Gateways { get; init; }

    public int Findings { get; init; }

    /// <summary>Every provider or SDK named by a feature or a call, sorted.</summary>
    public IReadOnlyList<string> Providers { get; init; } = [];
}

public sealed record RuleInfo
{
    public string Id { get; init; } = "";

    public string Title { get; init; } = "";

    /// <summary>error, warning, info or hidden: the default; a project's .editorconfig may change it (each finding has its own).</summary>
    public string DefaultSeverity { get; init; } = "";

    /// <summary>The policy clause, e.g. "Customer Responsibilities, Informed Consent"; null for configuration and generator rules.</summary>
    public string? Clause { get; init; }

    public string HelpUri { get; init; } = "";
}

public sealed record ClauseSummary
{
    public string Clause { get; init; } = "";

    public IReadOnlyList<string> Rules { get; init; } = [];

    public int Findings { get; init; }
}

public sealed record ProjectInventory
{
    public string Name { get; init; } = "";

    /// <summary>The project file, relative to the inventory's root, with '/' separators.</summary>
    public string Path { get; init; } = "";

    /// <summary>Compiler errors in the project: above zero, some code may not have bound and the inventory may miss calls.</summary>
    public int CompilerErrors { get; init; }

    public IReadOnlyList<FeatureEntry> Features { get; init; } = [];

    public IReadOnlyList<CallEntry> Calls { get; init; } = [];

    public IReadOnlyList<GatewayEntry> Gateways { get; init; } = [];

    public IReadOnlyList<FindingEntry> Findings { get; init; } = [];
}

public sealed record FeatureEntry
{
    public string Id { get; init; } = "";

    public string Capability { get; init; } = "";

    public string? Provider { get; init; }

    public bool PersonalData { get; init; }

    public bool GeneratesContent { get; init; }

    /// <summary>The disclosure notice: the declared one, else the default for the capability (English).</summary>
    public string Notice { get; init; } = "";

    /// <summary>True when an [AiFeature] attribute declares it, so the generated AiFeatures registry lists it.</summary>
    public bool InRegistry { get; init; }

    public IReadOnlyList<DeclarationEntry> DeclaredBy { get; init; } = [];
}

public sealed record DeclarationEntry
{
    /// <summary>The documentation-comment id of the declaring member or type.</summary>
    public string Symbol { get; init; } = "";

    /// <summary>attribute or configuration (a feature line of ResponsibleAI.txt).</summary>
    public string Source { get; init; } = "";

    public string File { get; init; } = "";

    public int Line { get; init; }
}

public sealed record CallEntry
{
    public string File { get; init; } = "";

    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>The member whose body makes the call (lambdas and local functions belong to it).</summary>
    public string Member { get; init; } = "";

    /// <summary>What is called, e.g. IChatClient.GetResponseAsync.</summary>
    public string Target { get; init; } = "";

    /// <summary>catalog (an AI SDK member), feature (an [AiFeature] member), configuration (a feature line) or gateway.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The feature called (kinds feature, configuration, gateway).</summary>
    public string? Feature { get; init; }

    /// <summary>The feature the calling member belongs to, if any.</summary>
    public string? WithinFeature { get; init; }

    public string Capability { get; init; } = "";

    /// <summary>The declared provider of the feature called, else the SDK of a catalog call.</summary>
    public string? Provider { get; init; }

    /// <summary>checked, missing, not-required, callers or gateway.</summary>
    public string Consent { get; init; } = "";

    /// <summary>checked, missing, not-required, callers or gateway.</summary>
    public string OptOut { get; init; } = "";

    /// <summary>disclosed, undisclosed, callers, gateway or not-content.</summary>
    public string Disclosure { get; init; } = "";

    /// <summary>unreviewed (reaches a [HumanReviewRequired] target without review) or not-flagged.</summary>
    public string Review { get; init; } = "";

    /// <summary>Where the output leaves without a disclosure or reaches a decision without review.</summary>
    public IReadOnlyList<OutputEntry> Outputs { get; init; } = [];

    /// <summary>The ids of the findings reported at this call (sorted).</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];
}

public sealed record OutputEntry
{
    /// <summary>return, yield-return, store, output or review-required.</summary>
    public string Kind { get; init; } = "";

    public string Target { get; init; } = "";

    public string File { get; init; } = "";

    public int Line { get; init; }
}

public sealed record GatewayEntry
{
    public string Feature { get; init; } = "";

    public string Member { get; init; } = "";

    public string? Implementation { get; init; }

    public string File { get; init; } = "";

    public int Line { get; init; }
}

public sealed record FindingEntry
{
    public string Rule { get; init; } = "";

    public string Severity { get; init; } = "";

    public string File { get; init; } = "";

    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>The member the finding is in, when it is in source code.</summary>
    public string? Member { get; init; }

    public string Message { get; init; } = "";

    public string? Clause { get; init; }
}
