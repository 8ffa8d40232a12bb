using Microsoft.CodeAnalysis;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Whether a compilation can hold anything the pack looks at: an AI SDK the catalogs know (by its namespace), or the
/// ResponsibleAI attributes. A project that references none of them gets no action registered at all, so the pack
/// costs it nothing beyond a namespace lookup per compilation (no operation trees, no semantic model).
/// </summary>
internal static class AiSdkPresence
{
    /// <summary>The namespaces of every SDK the catalogs name (AI calls, keys, safety settings, biometrics), and the attributes'.</summary>
    private static readonly string[][] Namespaces =
    [
        ["Microsoft", "Extensions", "AI"], ["Microsoft", "SemanticKernel"], ["Microsoft", "Agents", "AI"],
        ["Microsoft", "CognitiveServices", "Speech"], ["OpenAI"], ["Anthropic"], ["OllamaSharp"], ["Azure", "AI"],
        ["Google", "GenAI"], ["Amazon", "BedrockRuntime"], ["Amazon", "Bedrock"], ["Amazon", "Rekognition"], ["Amazon", "Polly"],
        ["Mscc", "GenerativeAI"], ["Mistral", "SDK"], ["HuggingFace"], ["Cohere"], ["LlmTornado"], ["GroqApiLibrary"],
        ["Kaltura"], ["ResponsibleAI"],
    ];

    public static bool IsReferenced(Compilation compilation)
    {
        foreach (var path in Namespaces)
        {
            INamespaceSymbol? current = compilation.GlobalNamespace;
            foreach (var name in path)
            {
                current = Child(current, name);
                if (current is null)
                {
                    break;
                }
            }

            if (current is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static INamespaceSymbol? Child(INamespaceSymbol parent, string name)
    {
        foreach (var member in parent.GetMembers(name))
        {
            if (member is INamespaceSymbol child)
            {
                return child;
            }
        }

        return null;
    }
}
