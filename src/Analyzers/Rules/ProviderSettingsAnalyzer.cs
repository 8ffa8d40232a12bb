using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibleAI.Analyzers.Analysis;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Rules;

/// <summary>
/// RAI2003: a provider's safety filter disabled or weakened (a weak value given to a safety setting, a watermark turned
/// off). RAI2004: customer data sent to training or kept by the provider (stored outputs switched on, a fine-tuning upload
/// purpose, a training call). Both look at the values given to the providers' settings: an assignment, an argument, an
/// element of a settings list. A comparison with a weak value (<c>threshold == HarmBlockThreshold.BlockNone</c>) sets nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProviderSettingsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SafetyFilterWeakened, DiagnosticDescriptors.CustomerDataToTraining);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (!AiSdkPresence.IsReferenced(start.Compilation))
            {
                return;
            }

            // Only bodies that name a safety setting, a switch, a purpose or a training call, or hold a weak value as a
            // string, are bound (CodeBlock, SyntaxGate).
            var gate = SyntaxGate.For(start.Compilation);
            start.RegisterCodeBlockAction(codeBlock => CodeBlock.ForEachOperation(codeBlock, gate, BodyInterest.ProviderSettings, static c =>
            {
                switch (c.Operation.Kind)
                {
                    case OperationKind.Argument:
                        AnalyzeArgument(c);
                        break;
                    case OperationKind.SimpleAssignment:
                        AnalyzeAssignment(c);
                        break;
                    case OperationKind.Invocation:
                        AnalyzeInvocation(c);
                        break;
                }
            }));
        });
    }

    private static void AnalyzeArgument(OperationInBlock context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is { ContainingSymbol: IMethodSymbol method } parameter && !OperationPaths.IsComparison(method))
        {
            // A purpose given to a call means training only when the call uploads (listing files by purpose sends nothing).
            // SK: new OpenAIFileUploadExecutionSettings(name, OpenAIFilePurpose.FineTune), then UploadContentAsync(content, settings).
            // Asked only when the value is a fine-tune purpose: following a local to its uses is not for every argument.
            AnalyzeSettingValue(context, argument.Value, parameter.Type, () => IsUpload(method.Name)
                || (method.MethodKind == MethodKind.Constructor && argument.Parent is IObjectCreationOperation created && GoesToUpload(created, context.CancellationToken)));
        }
    }

    private static void AnalyzeAssignment(OperationInBlock context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        var member = assignment.Target switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (member is null)
        {
            return;
        }

        var type = member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type;
        AnalyzeSettingValue(context, assignment.Value, type,
            () => assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation created } && GoesToUpload(created, context.CancellationToken));
        if (!CredentialCatalog.IsAiType(member.ContainingType) || OperationPaths.Unwrap(assignment.Value) is not { ConstantValue: { HasValue: true, Value: var constant } } value)
        {
            return;
        }

        if (constant is false && ProviderSettingsCatalog.Contains(ProviderSettingsCatalog.SafetySwitchesOffIsWeak, member.Name))
        {
            Report(context, DiagnosticDescriptors.SafetyFilterWeakened, value, "true", member.ContainingType.Name + "." + member.Name + " = false", "turns off the watermark that marks generated images as AI-made");
        }
        else if (constant is true && ProviderSettingsCatalog.Contains(ProviderSettingsCatalog.StoreSwitches, member.Name))
        {
            Report(context, DiagnosticDescriptors.CustomerDataToTraining, value, "false", member.ContainingType.Name + "." + member.Name + " = true", "keeps the prompts and outputs at the provider, for reuse in training, distillation or evaluations");
        }
        else if (constant is string purpose && member.Name == "Purpose"
            && ProviderSettingsCatalog.Contains(ProviderSettingsCatalog.TrainingPurposes, ProviderSettingsCatalog.Normalize(purpose))
            && assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation options }
            && GoesToUpload(options, context.CancellationToken))
        {
            Report(context, DiagnosticDescriptors.CustomerDataToTraining, value, null, "an upload with the purpose \"" + purpose + "\"", "sends the file to model training");
        }
    }

    private static void AnalyzeInvocation(OperationInBlock context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (ProviderSettingsCatalog.IsTrainingCall(invocation.TargetMethod))
        {
            Report(context, DiagnosticDescriptors.CustomerDataToTraining, invocation, null,
                invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, "trains a model on the data it is given");
        }
    }

    /// <summary>A weak safety value or a training upload purpose given to a setting of that type.</summary>
    private static void AnalyzeSettingValue(OperationInBlock context, IOperation value, ITypeSymbol settingType, System.Func<bool> uploads)
    {
        var unwrapped = OperationPaths.Unwrap(value);
        if (unwrapped is IConditionalOperation { WhenFalse: { } whenFalse } conditional)
        {
            // relaxed ? Level.Low : Level.Auto: each branch is a value the setting may get.
            AnalyzeSettingValue(context, conditional.WhenTrue, settingType, uploads);
            AnalyzeSettingValue(context, whenFalse, settingType, uploads);
            return;
        }

        if (unwrapped is ICoalesceOperation coalesce)
        {
            AnalyzeSettingValue(context, coalesce.WhenNull, settingType, uploads);
            return;
        }

        var name = unwrapped switch
        {
            IFieldReferenceOperation { Field.IsStatic: true } field => field.Field.Name,
            IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property.Name,
            ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } => text,
            _ => null,
        };
        if (name is null)
        {
            return;
        }

        if (ProviderSettingsCatalog.SafetySettingOf(settingType) is { } setting
            && System.Array.IndexOf(setting.Weak, ProviderSettingsCatalog.Normalize(name)) >= 0
            && (unwrapped is ILiteralOperation || SymbolEqualityComparer.Default.Equals(UnderlyingType(unwrapped.Type), UnderlyingType(settingType))))
        {
            Report(context, DiagnosticDescriptors.SafetyFilterWeakened, unwrapped, setting.Safe, (UnderlyingType(settingType) ?? settingType).Name + "." + name, "turns off or weakens the " + setting.Provider + " safety filter");
            return;
        }

        if (unwrapped is IFieldReferenceOperation or IPropertyReferenceOperation
            && UnderlyingType(unwrapped.Type) is { } valueType
            && ProviderSettingsCatalog.IsUploadPurposeType(valueType)
            && ProviderSettingsCatalog.Normalize(name) == "finetune"
            && SymbolEqualityComparer.Default.Equals(valueType, UnderlyingType(settingType))
            && uploads())
        {
            Report(context, DiagnosticDescriptors.CustomerDataToTraining, unwrapped, null, valueType.Name + "." + name, "sends the file to model training");
        }
    }

    /// <summary>Whether the options object created here reaches an upload call (<c>UploadAsync(path, options)</c>).</summary>
    private static bool GoesToUpload(IOperation creation, CancellationToken cancellationToken)
    {
        foreach (var destination in OperationPaths.Destinations(creation, cancellationToken))
        {
            if (destination.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: var method } } && IsUpload(method))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpload(string method) =>
        method.StartsWith("Upload", System.StringComparison.Ordinal) || method.StartsWith("CreateUpload", System.StringComparison.Ordinal);

    private static ITypeSymbol? UnderlyingType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static void Report(OperationInBlock context, DiagnosticDescriptor descriptor, IOperation at, string? safeValue, string setting, string effect)
    {
        var properties = safeValue is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.SafeValue, safeValue);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, at.Syntax.GetLocation(), properties, setting, effect));
    }
}
