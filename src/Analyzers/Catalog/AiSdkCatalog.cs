using System.Collections.Immutable;
using static ResponsibleAI.Analyzers.Catalog.AiCapability;
using static ResponsibleAI.Analyzers.Catalog.CatalogEntry;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>
/// The built-in catalog of AI calls, as data. Sources: shared/reference/ai-sdk-catalog.md and the restored packages.
/// Creating clients, listing models, counting tokens and deleting files are not AI calls and are not listed.
/// </summary>
internal static class AiSdkCatalog
{
    public static readonly ImmutableArray<CatalogEntry> Entries = ImmutableArray.Create(
        // ---- Microsoft.Extensions.AI ----
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.IChatClient", "GetResponseAsync GetStreamingResponseAsync", Chat),
        Of("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.ChatClientExtensions", "GetResponseAsync GetStreamingResponseAsync", Chat)
    );
}
