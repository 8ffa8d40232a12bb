using System;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>
/// RAI2005's data: where an AI service credential goes (parameters and properties of AI SDK types, and the SDKs' key
/// credential types), and what a real key looks like, as opposed to a placeholder.
/// </summary>
internal static class CredentialCatalog
{
    /// <summary>Namespaces of AI SDKs and AI services (a type in one of them, or nested below, is an AI type).</summary>
    private static readonly string[] AiNamespaces =
    [
        "OpenAI", "Azure.AI", "Microsoft.SemanticKernel", "Microsoft.Extensions.AI", "Microsoft.Agents.AI", "Anthropic",
        "OllamaSharp", "Google.GenAI", "Mscc.GenerativeAI", "Amazon.BedrockRuntime", "Amazon.Bedrock", "Amazon.Rekognition",
        "Mistral.SDK", "HuggingFace", "Cohere", "LlmTornado", "Microsoft.CognitiveServices.Speech", "GroqApiLibrary",
    ];

    /// <summary>The key credential types: a key in one of them counts when the credential reaches an AI type.</summary>
    public static readonly string[] CredentialTypes = ["System.ClientModel.ApiKeyCredential", "Azure.AzureKeyCredential", "Amazon.Runtime.BasicAWSCredentials", "Amazon.Runtime.SessionAWSCredentials"];

    /// <summary>Names of the parameters and properties that take a key or a secret.</summary>
    private static readonly Regex KeyName = new(
        "^(api_?key|key|subscription_?key|secret|secret_?key|access_?key|access_?key_?id|aws_?access_?key_?id|token|access_?token|api_?token|credential|key_?credential|api_?key_?credential|bearer_?token|auth_?token|password)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Key shapes, with the environment variable the fix reads instead.</summary>
    private static readonly (Regex Shape, string Provider, string Variable)[] KeyShapes =
    [
        (new Regex("^sk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_-]{20,}$", RegexOptions.CultureInvariant), "Anthropic", "ANTHROPIC_API_KEY"),
        (new Regex("^sk-ant-[A-Za-z0-9_-]{20,}$", RegexOptions.CultureInvariant), "Anthropic", "ANTHROPIC_API_KEY"),
        (new Regex("^sk-(proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}$", RegexOptions.CultureInvariant), "OpenAI", "OPENAI_API_KEY"),
        (new Regex("^sk-[A-Za-z0-9]{20,}$", RegexOptions.CultureInvariant), "OpenAI", "OPENAI_API_KEY"),
        (new Regex("^AIza[0-9A-Za-z_-]{35}$", RegexOptions.CultureInvariant), "Google", "GOOGLE_API_KEY"),
        (new Regex("^hf_[A-Za-z0-9]{30,}$", RegexOptions.CultureInvariant), "Hugging Face", "HF_TOKEN"),
        (new Regex("^gsk_[A-Za-z0-9]{40,}$", RegexOptions.CultureInvariant), "Groq", "GROQ_API_KEY"),
        (new Regex("^xai-[A-Za-z0-9]{40,}$", RegexOptions.CultureInvariant), "xAI", "XAI_API_KEY"),
        (new Regex("^pplx-[A-Za-z0-9]{40,}$", RegexOptions.CultureInvariant), "Perplexity", "PERPLEXITY_API_KEY"),
        (new Regex("^r8_[A-Za-z0-9]{30,}$", RegexOptions.CultureInvariant), "Replicate", "REPLICATE_API_TOKEN"),
        (new Regex("^(AKIA|ASIA)[0-9A-Z]{16}$", RegexOptions.CultureInvariant), "AWS", "AWS_ACCESS_KEY_ID"),
        (new Regex("^[0-9a-fA-F]{32}$", RegexOptions.CultureInvariant), "Azure", "AZURE_AI_API_KEY"),
        (new Regex("^[0-9A-Za-z]{84}$", RegexOptions.CultureInvariant), "Azure", "AZURE_AI_API_KEY"),
    ];

    private static readonly Regex Placeholder = new(
        "your|<|>|\\.\\.\\.|xxx|\\*\\*\\*|placeholder|change_?me|example|dummy|fake|sample|replace|insert|redacted|todo|test[-_]?key|not[-_]?a[-_]?key",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Assemblies of AI SDKs, for the helpers they put in other namespaces (Semantic Kernel's
    /// <c>services.AddOpenAIChatClient(model, apiKey)</c> lives in Microsoft.Extensions.DependencyInjection).</summary>
    private static readonly string[] AiAssemblies =
    [
        "OpenAI", "Azure.AI.", "Microsoft.SemanticKernel", "Microsoft.Extensions.AI", "Microsoft.Agents.AI", "Anthropic",
        "OllamaSharp", "Google.GenAI", "Mscc.GenerativeAI", "AWSSDK.Bedrock", "AWSSDK.Extensions.Bedrock", "Mistral.SDK",
    ];

    /// <summary>Whether an assembly of this name is an AI SDK's (every type in it counts as an AI type).</summary>
    public static bool IsAiAssemblyName(string assembly)
    {
        foreach (var prefix in AiAssemblies)
        {
            if (assembly.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is (or is nested in) a type of an AI SDK namespace, or comes from an AI SDK's assembly.</summary>
    public static bool IsAiType(INamedTypeSymbol? type)
    {
        if (type?.ContainingAssembly?.Name is { } assembly && IsAiAssemblyName(assembly))
        {
            return true;
        }

        for (; type is not null; type = type.ContainingType)
        {
            var ns = type.ContainingNamespace;
            if (ns is null || ns.IsGlobalNamespace || !HasAiRoot(ns))
            {
                continue;
            }

            var name = ns.ToDisplayString();
            foreach (var prefix in AiNamespaces)
            {
                if (name.Length >= prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal)
                    && (name.Length == prefix.Length || name[prefix.Length] == '.'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The outermost namespace's name is the first segment of an AI namespace: no display string for the app's and the BCL's types.</summary>
    private static bool HasAiRoot(INamespaceSymbol ns)
    {
        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            ns = parent;
        }

        foreach (var prefix in AiNamespaces)
        {
            if (prefix.Length >= ns.Name.Length && prefix.StartsWith(ns.Name, StringComparison.Ordinal)
                && (prefix.Length == ns.Name.Length || prefix[ns.Name.Length] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a parameter or property of this name takes a key.</summary>
    public static bool IsKeyName(string name) => KeyName.IsMatch(name);

    /// <summary>Whether <paramref name="type"/> is one of the key credential types.</summary>
    public static bool IsCredentialType(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && Array.IndexOf(CredentialTypes, named.ToDisplayString()) >= 0;

    /// <summary>The provider and environment variable of a key-shaped value; null for anything else (placeholders included).</summary>
    public static (string Provider, string Variable)? KeyShape(string value)
    {
        if (value.Length < 16 || value.Length > 256 || Placeholder.IsMatch(value) || DistinctCharacters(value) < 8)
        {
            return null;
        }

        foreach (var (shape, provider, variable) in KeyShapes)
        {
            if (shape.IsMatch(value))
            {
                return (provider, variable);
            }
        }

        return null;
    }

    private static int DistinctCharacters(string value)
    {
        var seen = new bool[128];
        var count = 0;
        foreach (var c in value)
        {
            if (c < 128 && !seen[c])
            {
                seen[c] = true;
                count++;
            }
        }

        return count;
    }
}
