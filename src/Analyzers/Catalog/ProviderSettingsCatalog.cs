using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>One safety setting type: its weak values and the value the code fix writes instead.</summary>
/// <param name="Type">Full name of the setting's type (an enum, an extensible-enum struct or an AWS constant class).</param>
/// <param name="Provider">Who runs the filter, for the message.</param>
/// <param name="Weak">Normalized names (lower case, no '_' or '-') of the values that disable or weaken it.</param>
/// <param name="Safe">The member the fix writes, as the type spells it.</param>
internal sealed record SafetySetting(string Type, string Provider, string[] Weak, string Safe);

/// <summary>
/// RAI2003 and RAI2004's data: the providers' safety-setting types with their weak values, the boolean switches that
/// weaken safety or keep data at the provider, the upload purposes that mean training, and the training calls.
/// </summary>
internal static class ProviderSettingsCatalog
{
    public static readonly SafetySetting[] SafetySettings =
    [
        new("Google.GenAI.Types.HarmBlockThreshold", "Gemini", ["blocknone", "off"], "BlockMediumAndAbove"),
        new("Google.GenAI.Types.SafetyFilterLevel", "Imagen", ["blocknone"], "BLOCK_MEDIUM_AND_ABOVE"),
        new("Microsoft.SemanticKernel.Connectors.Google.GeminiSafetyThreshold", "Gemini", ["blocknone"], "BlockMediumAndAbove"),
        new("OpenAI.Images.GeneratedImageModerationLevel", "OpenAI image", ["low"], "Auto"),
        new("OpenAI.Responses.ImageGenerationToolModerationLevel", "OpenAI image", ["low"], "Auto"),
        new("Amazon.BedrockRuntime.GuardrailStreamProcessingMode", "Bedrock guardrail", ["async"], "Sync"),
        new("Amazon.Bedrock.GuardrailFilterStrength", "Bedrock guardrail", ["none", "low"], "HIGH"),
    ];

    /// <summary>Boolean properties of AI types that weaken safety when set to false (the watermark of generated images).</summary>
    public static readonly string[] SafetySwitchesOffIsWeak = ["AddWatermark"];

    /// <summary>Boolean properties of AI types that keep prompts and outputs at the provider when set to true.</summary>
    public static readonly string[] StoreSwitches = ["StoredOutputEnabled", "Store"];

    /// <summary>Upload-purpose types whose <c>FineTune</c> member sends the file to training.</summary>
    public static readonly string[] UploadPurposeTypes = ["OpenAI.Files.FileUploadPurpose", "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIFilePurpose"];

    /// <summary>String purposes that mean training, on an AI type's <c>Purpose</c> property.</summary>
    public static readonly string[] TrainingPurposes = ["finetune"];

    /// <summary>Calls that start training on the data they are given: (containing type's full name, or namespace prefix ending in '.'), method names.</summary>
    public static readonly (string Owner, string[] Methods)[] TrainingCalls =
    [
        ("OpenAI.FineTuning.FineTuningClient", ["FineTune", "FineTuneAsync"]),
        ("Google.GenAI.Tunings", ["Tune", "TuneAsync"]),
        ("Amazon.Bedrock.", ["CreateModelCustomizationJob", "CreateModelCustomizationJobAsync"]),
    ];

    /// <summary>Lower case without '_' and '-': <c>BLOCK_NONE</c>, <c>BlockNone</c> and <c>"block_none"</c> are one value.</summary>
    public static string Normalize(string name)
    {
        var chars = new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (c is not '_' and not '-' and not ' ')
            {
                chars[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, length);
    }

    public static SafetySetting? SafetySettingOf(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is null)
        {
            return null;
        }

        // Simple name first: no display string for the ordinary types of every argument and assignment.
        string? name = null;
        foreach (var setting in SafetySettings)
        {
            var simple = setting.Type.Length - type.Name.Length;
            if (simple > 0 && setting.Type[simple - 1] == '.' && string.CompareOrdinal(setting.Type, simple, type.Name, 0, type.Name.Length) == 0
                && setting.Type == (name ??= type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString()))
            {
                return setting;
            }
        }

        return null;
    }

    public static bool IsUploadPurposeType(ITypeSymbol type) =>
        type.Name is "FileUploadPurpose" or "OpenAIFilePurpose" && Contains(UploadPurposeTypes, type.ToDisplayString());

    public static bool IsTrainingCall(IMethodSymbol method)
    {
        if (!method.Name.Contains("Tune") && !method.Name.StartsWith("CreateModelCustomizationJob", StringComparison.Ordinal))
        {
            return false; // the method name first: no display string for the other calls of the compilation
        }

        var owner = method.ContainingType?.ToDisplayString() ?? string.Empty;
        foreach (var (type, methods) in TrainingCalls)
        {
            var matches = type.EndsWith(".", StringComparison.Ordinal) ? owner.StartsWith(type, StringComparison.Ordinal) : owner == type;
            if (matches && Array.IndexOf(methods, method.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}
