using System.Threading.Tasks;
using Xunit;
using Fix = ResponsibleAI.Tests.Infrastructure.CodeFixVerifier<ResponsibleAI.Analyzers.Rules.ProviderSettingsAnalyzer, ResponsibleAI.CodeFixes.ProviderSettingsCodeFixProvider>;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.ProviderSettingsAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// RAI2003 (safety filters) and RAI2004 (training, provider storage) against the real OpenAI package, and the stand-ins
/// (tests/StandInSdks) for Google Gen AI, Semantic Kernel's Gemini connector and AWS Bedrock, which are not served here.
/// </summary>
public class ProviderSettingsTests
{
    [Fact]
    public Task Weak_safety_values_in_every_shape_are_reported_and_comparisons_and_safe_values_are_not() => Verify.VerifyAsync("""
        #pragma warning disable OPENAI001
        using Google.GenAI.Types;
        using Microsoft.SemanticKernel.Connectors.Google;
        using OpenAI.Images;

        public static class Settings
        {
            public static GenerateContentConfig Gemini() => new()
            {
                SafetySettings =
                [
                    new SafetySetting { Category = HarmCategory.HarmCategoryHarassment, Threshold = {|RAI2003:HarmBlockThreshold.BlockNone|} },
                    new SafetySetting { Category = HarmCategory.HarmCategoryHateSpeech, Threshold = {|RAI2003:"OFF"|} },
                    new SafetySetting { Category = HarmCategory.HarmCategoryDangerousContent, Threshold = HarmBlockThreshold.BlockMediumAndAbove },
                ],
            };

            public static GenerateImagesConfig Imagen() => new() { AddWatermark = {|RAI2003:false|}, SafetyFilterLevel = {|RAI2003:SafetyFilterLevel.BLOCK_NONE|} };

            public static GeminiSafetySetting SemanticKernel() => new(GeminiSafetyCategory.Harassment, {|RAI2003:GeminiSafetyThreshold.BlockNone|});

            public static OpenAI.Images.ImageGenerationOptions OpenAiImages() => new() { ModerationLevel = {|RAI2003:GeneratedImageModerationLevel.Low|} };
            public static OpenAI.Images.ImageGenerationOptions OpenAiImagesDefault() => new() { ModerationLevel = GeneratedImageModerationLevel.Auto };

            public static bool IsUnfiltered(SafetySetting setting) =>
                Equals(setting.Threshold, HarmBlockThreshold.BlockNone) || setting.Threshold?.Equals(HarmBlockThreshold.Off) == true;
        }
        """);

    [Fact]
    public Task Bedrock_guardrails_weakened_by_stream_mode_or_filter_strength_are_reported() => Verify.VerifyAsync("""
        using Amazon.Bedrock;
        using Amazon.Bedrock.Model;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;

        public static class Guardrails
        {
            public static GuardrailStreamConfiguration Streaming() => new() { GuardrailIdentifier = "gr-1", StreamProcessingMode = {|RAI2003:GuardrailStreamProcessingMode.Async|} };
            public static GuardrailStreamConfiguration Copied() => new() { GuardrailIdentifier = "gr-1", StreamProcessingMode = {|RAI2003:"async"|} };
            public static GuardrailStreamConfiguration Strict() => new() { GuardrailIdentifier = "gr-1", StreamProcessingMode = GuardrailStreamProcessingMode.Sync };

            public static GuardrailContentFilterConfig Filter() => new() { InputStrength = {|RAI2003:GuardrailFilterStrength.NONE|}, OutputStrength = GuardrailFilterStrength.HIGH };
        }
        """);

    [Fact]
    public Task Training_calls_fine_tune_uploads_and_stored_outputs_are_reported_and_listing_or_other_purposes_are_not() => Verify.VerifyAsync("""
        #pragma warning disable OPENAI001
        using OpenAI.Chat;
        using OpenAI.Files;
        using OpenAI.FineTuning;
        using OpenAI.Responses;

        public sealed class Training(OpenAIFileClient files, FineTuningClient fineTuning)
        {
            public async Task TrainAsync(string transcriptsPath)
            {
                OpenAIFile file = await files.UploadFileAsync(transcriptsPath, {|RAI2004:FileUploadPurpose.FineTune|});
                await {|RAI2004:fineTuning.FineTuneAsync("gpt-4o-mini-2024-07-18", file.Id, waitUntilCompleted: false)|};
            }

            public async Task<OpenAIFile> AssistantsAsync(string path) => await files.UploadFileAsync(path, FileUploadPurpose.Assistants);

            public Task ListAsync() => files.GetFilesAsync(FilePurpose.FineTune);

            public static ChatCompletionOptions Chat() => new() { StoredOutputEnabled = {|RAI2004:true|} };
            public static ChatCompletionOptions Private() => new() { StoredOutputEnabled = false };
            public static CreateResponseOptions Responses() => new() { StoredOutputEnabled = {|RAI2004:true|} };

            public static bool IsStored(ChatCompletionOptions options) => options.StoredOutputEnabled == true;
        }
        """);

    [Fact]
    public Task Incomplete_code_does_not_throw() => Verify.VerifyAsync("""
        using Google.GenAI.Types;

        public static class Typing
        {
            public static SafetySetting Half() => new() { Threshold = HarmBlockThreshold.{|CS0117:Block|} };
            public static SafetySetting Missing() => new() { Threshold = {|CS1525:}|} ;
        }
        """);

    [Fact]
    public Task The_fix_writes_the_safe_value_in_the_same_form_and_turns_storage_off() => Fix.VerifyAsync(
        """
        #pragma warning disable OPENAI001
        using Google.GenAI.Types;
        using OpenAI.Chat;

        public static class Settings
        {
            public static SafetySetting A() => new() { Threshold = {|RAI2003:HarmBlockThreshold.BlockNone|} };
            public static SafetySetting B() => new() { Threshold = {|RAI2003:"OFF"|} };
            public static GenerateImagesConfig C() => new() { AddWatermark = {|RAI2003:false|} };
            public static ChatCompletionOptions D() => new() { StoredOutputEnabled = {|RAI2004:true|} };
        }
        """,
        """
        #pragma warning disable OPENAI001
        using Google.GenAI.Types;
        using OpenAI.Chat;

        public static class Settings
        {
            public static SafetySetting A() => new() { Threshold = HarmBlockThreshold.BlockMediumAndAbove };
            public static SafetySetting B() => new() { Threshold = "BLOCK_MEDIUM_AND_ABOVE" };
            public static GenerateImagesConfig C() => new() { AddWatermark = true };
            public static ChatCompletionOptions D() => new() { StoredOutputEnabled = false };
        }
        """);
}
